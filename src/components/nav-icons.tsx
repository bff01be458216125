// Small line icons for the navigation; decorative, the label beside each names it.
const common = {
  width: 24,
  height: 24,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

export function TodayIcon() {
  return (
    <svg {...common}>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4" />
    </svg>
  );
}

export function JarIcon() {
  return (
    <svg {...common}>
      <path d="M8.5 3h7M9 3v2.5C6.5 6.5 5.5 8 5.5 10.5V18a3 3 0 0 0 3 3h7a3 3 0 0 0 3-3v-7.5C18.5 8 17.5 6.5 15 5.5V3" />
      <path d="M9 15h6M10 12h4" />
    </svg>
  );
}

export function LookBackIcon() {
  return (
    <svg {...common}>
      <path d="M3.5 12a8.5 8.5 0 1 0 2.6-6.1" />
      <path d="M3.5 4v4h4M12 8v4.5l3 2" />
    </svg>
  );
}

export function MoreIcon() {
  return (
    <svg {...common}>
      <circle cx="5" cy="12" r="1.4" />
      <circle cx="12" cy="12" r="1.4" />
      <circle cx="19" cy="12" r="1.4" />
    </svg>
  );
}

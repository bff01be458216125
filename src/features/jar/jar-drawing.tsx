/** How full the drawn jar looks: quick at first, slower later, so a year of wins still shows room to grow. */
export function fillFraction(count: number): number {
  if (count <= 0) return 0;
  return Math.min(1, Math.log10(count + 1) / Math.log10(1001));
}

// Slip colours cycle through the app's warm palette.
const slipColours = ['#e9895f', '#f2b84b', '#7fb59a', '#c9a0dc', '#f0a27a'];

/** A drawn jar that fills as wins accumulate. Decorative: the count is said in words beside it. */
export function JarDrawing({ count }: { count: number }) {
  const fraction = fillFraction(count);
  const floor = 232;
  const top = floor - 150 * fraction;
  const rows = Math.ceil((floor - top) / 18);
  // Four slips a row, every other row shifted by 8, centred on the jar's middle (x = 100):
  // the rows span 45 to 155, inside the walls (38 and 162) even when turned.
  const slips = Array.from({ length: rows * 4 }, (_, index) => {
    const row = Math.floor(index / 4);
    const column = index % 4;
    return {
      x: 45 + column * 24 + (row % 2) * 8,
      y: floor - 16 - row * 18,
      rotate: ((index * 37) % 30) - 15,
      colour: slipColours[index % slipColours.length] ?? '#e9895f',
    };
  });

  return (
    <svg className="jar-drawing" viewBox="0 0 200 260" aria-hidden="true" focusable="false">
      <defs>
        <clipPath id="jar-inside">
          <path d="M62 62h76c0 10 24 18 24 50v112c0 12-10 20-22 20H60c-12 0-22-8-22-20V112c0-32 24-40 24-50z" />
        </clipPath>
      </defs>
      <rect x="66" y="22" width="68" height="22" rx="7" className="jar-lid" />
      <g clipPath="url(#jar-inside)">
        {slips.map((slip, index) => (
          <rect
            key={index}
            x={slip.x}
            y={slip.y}
            width="30"
            height="14"
            rx="3"
            fill={slip.colour}
            transform={`rotate(${slip.rotate} ${slip.x + 15} ${slip.y + 7})`}
          />
        ))}
      </g>
      <path
        className="jar-glass"
        d="M62 50h76v12c0 10 24 18 24 50v112c0 12-10 20-22 20H60c-12 0-22-8-22-20V112c0-32 24-40 24-50z"
      />
    </svg>
  );
}

// Adding Small Wins to the Home Screen on iPhone and iPad, with small pictures of what to
// tap. The pictures are drawn here (no remote assets), take the theme's colours from CSS,
// and are decorative: each step's words say everything the picture shows.

type AppleBrowser = 'Safari' | 'Chrome' | 'Edge' | 'Firefox' | 'other';

/** Which browser on iOS: since iOS 16.4 all of them can add to the Home Screen from their Share menu. */
export function appleBrowser(userAgent: string): AppleBrowser {
  if (/CriOS/.test(userAgent)) return 'Chrome';
  if (/EdgiOS/.test(userAgent)) return 'Edge';
  if (/FxiOS/.test(userAgent)) return 'Firefox';
  // Other browsers on iOS name themselves after "Safari/"; Safari itself adds nothing after it.
  return /Safari\/[\d.]+$/.test(userAgent) && !/ (OPT|DuckDuckGo|Brave|YaBrowser|GSA)\//.test(userAgent) ? 'Safari' : 'other';
}

function ShareGlyph({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x} ${y})`} className="install-picture-accent" fill="none" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M12 3v12M7 8l5-5 5 5M6 11H5v10h14V11h-1" />
    </g>
  );
}

/** Safari's toolbar (or, for Chrome, its address bar) with the Share button ringed. */
function ShareButtonPicture({ browser }: { browser: AppleBrowser }) {
  const chrome = browser === 'Chrome';
  return (
    <svg className="install-picture" viewBox="0 0 280 56" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="278" height="54" rx="14" className="install-picture-bar" />
      {chrome ? (
        <rect x="14" y="12" width="206" height="32" rx="16" className="install-picture-field" />
      ) : (
        <g className="install-picture-muted" fill="none" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M30 20l-8 8 8 8M66 20l8 8-8 8M178 18v20c6-3 12-3 18 0V18c-6-3-12-3-18 0zM232 19h14v14h-14zM238 25h14v14" />
        </g>
      )}
      <circle cx={chrome ? 248 : 124} cy="28" r="21" className="install-picture-ring" fill="none" strokeWidth="2.5" />
      <ShareGlyph x={chrome ? 236 : 112} y={15} />
    </svg>
  );
}

/** The Share menu's "Add to Home Screen" row, between two faint ones. */
function MenuRowPicture() {
  return (
    <svg className="install-picture" viewBox="0 0 280 104" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="278" height="102" rx="14" className="install-picture-bar" />
      <path d="M18 18h120M18 86h90" className="install-picture-muted" strokeWidth="8" strokeLinecap="round" opacity="0.35" />
      <rect x="8" y="34" width="264" height="36" rx="10" className="install-picture-field install-picture-ring" strokeWidth="2.5" />
      <text x="20" y="57" className="install-picture-text">
        Add to Home Screen
      </text>
      <g className="install-picture-accent" fill="none" strokeWidth="2" strokeLinecap="round">
        <rect x="239" y="42" width="20" height="20" rx="5" />
        <path d="M249 47v10M244 52h10" />
      </g>
    </svg>
  );
}

export function AppleInstallGuide() {
  const browser = appleBrowser(navigator.userAgent);
  const where =
    browser === 'Safari'
      ? 'at the bottom of Safari on iPhone, or at the top on iPad. If you do not see it, tap ••• first'
      : browser === 'Chrome'
        ? 'at the right of Chrome’s address bar'
        : `in ${browser === 'other' ? 'this browser' : browser}’s address bar or its menu`;
  return (
    <>
      {browser !== 'Safari' && <p>Since iOS 16.4, you can add Small Wins from {browser === 'other' ? 'this browser' : browser} too.</p>}
      <ol className="install-steps">
        <li>
          Tap the Share button, {where}.
          {browser !== 'Edge' && browser !== 'Firefox' && browser !== 'other' && <ShareButtonPicture browser={browser} />}
        </li>
        <li>
          Scroll down and tap “Add to Home Screen”.
          <MenuRowPicture />
        </li>
        <li>Tap “Add”. Small Wins appears beside your other apps.</li>
      </ol>
      {browser !== 'Safari' && (
        <p className="field-hint">Not in the menu? Open this page in Safari, and add it from Safari’s Share button.</p>
      )}
      <p className="field-hint">
        The Home Screen app keeps its own storage, apart from this browser. If you have written wins here already, save a
        backup first (Backups and your data, below) and bring it in once the app is open.
      </p>
    </>
  );
}

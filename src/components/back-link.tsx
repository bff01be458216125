import { Link } from 'wouter';

/**
 * A way back to the screen this one was opened from. An app opened from the iPhone Home
 * Screen has no browser back button, so screens reached from More carry their own.
 */
export function BackLink({ href, to }: { href: string; to: string }) {
  return (
    <Link href={href} className="link-button back-link">
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      Back to {to}
    </Link>
  );
}

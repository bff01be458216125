import { Link } from 'wouter';
import { JarIcon } from '@/components/nav-icons';

/** The one obvious way from Today to a past win on a hard day, beside the date. */
export function HardDayLink() {
  return (
    <Link href="/jar/pull" className="hard-day-pill" aria-label="Having a hard day? Pull a win from the jar">
      <JarIcon />
      <span aria-hidden="true">Hard day?</span>
    </Link>
  );
}

/** Lower on Today: the guided way to find the win inside a hard day. */
export function ReframeLink() {
  return (
    <Link href="/reframe" className="link-button">
      Find the win in a hard day, step by step
    </Link>
  );
}

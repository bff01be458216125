import { Link } from 'wouter';
import { JarIcon } from '@/components/nav-icons';

/** The one obvious way from Today to a past win on a hard day, and to the reframe flow. */
export function HardDayLink() {
  return (
    <div className="hard-day-links">
      <Link href="/jar/pull" className="hard-day-link">
        <JarIcon />
        <span>Having a hard day? Pull a win from the jar</span>
      </Link>
      <Link href="/reframe" className="link-button">
        Or find the win in a hard day, step by step
      </Link>
    </div>
  );
}

import { Link } from 'wouter';
import { JarIcon } from '@/components/nav-icons';

/** The one obvious way from Today to a past win on a hard day. */
export function HardDayLink() {
  return (
    <Link href="/jar/pull" className="hard-day-link">
      <JarIcon />
      <span>Having a hard day? Pull a win from the jar</span>
    </Link>
  );
}

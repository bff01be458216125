import type { ComponentType } from 'react';
import { Link, useLocation } from 'wouter';
import { JarIcon, LookBackIcon, MoreIcon, TodayIcon } from './nav-icons';

interface Destination {
  href: string;
  label: string;
  Icon: ComponentType;
  /** Other paths that belong to the same tab, such as deep links. */
  alsoAt: readonly string[];
}

const destinations: readonly Destination[] = [
  { href: '/', label: 'Today', Icon: TodayIcon, alsoAt: ['/log', '/reframe'] },
  { href: '/jar', label: 'Jar', Icon: JarIcon, alsoAt: ['/jar/pull'] },
  { href: '/look-back', label: 'Look back', Icon: LookBackIcon, alsoAt: ['/look-back'] },
  // The mindful pause is opened from More, and its way back leads there.
  { href: '/more', label: 'More', Icon: MoreIcon, alsoAt: ['/affirm', '/values', '/goals', '/backup', '/reminders', '/pause'] },
];

export function BottomNav() {
  const [location] = useLocation();
  return (
    <nav className="bottom-nav" aria-label="Main">
      <ul>
        {destinations.map(({ href, label, Icon, alsoAt }) => {
          const current = location === href || alsoAt.some((path) => location === path || location.startsWith(`${path}/`));
          return (
            <li key={href}>
              <Link href={href} aria-current={current ? 'page' : undefined}>
                <Icon />
                <span>{label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

import type { ReactNode } from 'react';
import { BottomNav } from './bottom-nav';

/**
 * The frame every screen sits in. Also drawn at build time around index.html's Today shell
 * (`app/today-shell.tsx`), so the shell's layout is the app's own.
 */
export function ShellFrame({ children, nav, notices }: { children: ReactNode; nav: boolean; notices?: ReactNode }) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <main id="main" className="screen" tabIndex={-1}>
        {children}
      </main>
      {notices}
      {nav && <BottomNav />}
    </div>
  );
}

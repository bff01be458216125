import type { ReactNode } from 'react';
import { Announcer } from '@/components/announcer';
import { BottomNav } from '@/components/bottom-nav';
import { StorageProblemNotice } from '@/components/storage-problem-notice';
import { PwaNotices } from '@/pwa/pwa-notices';
import { useAppStore } from '@/store/store';

export function AppShell({ children }: { children: ReactNode }) {
  const storageProblem = useAppStore((state) => state.storageProblem);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <main id="main" className="screen" tabIndex={-1}>
        {storageProblem ? <StorageProblemNotice problem={storageProblem} /> : children}
      </main>
      <PwaNotices />
      <Announcer />
      <BottomNav />
    </div>
  );
}

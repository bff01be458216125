import { Router } from 'wouter';
import { AppRoutes, preloadTabScreens } from './app-routes';
import { AppShell } from './app-shell';
import { useWhenIdle } from '@/hooks/use-when-idle';

/** `hook` lets tests start at a deep link (wouter's memory location) without touching the real one. */
export function App({ hook }: { hook?: Parameters<typeof Router>[0]['hook'] }) {
  useWhenIdle(preloadTabScreens);
  return (
    <Router {...(hook ? { hook } : {})}>
      <AppShell>
        <AppRoutes />
      </AppShell>
    </Router>
  );
}

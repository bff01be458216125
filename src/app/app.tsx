import { Router } from 'wouter';
import { AppRoutes } from './app-routes';
import { AppShell } from './app-shell';

/** `hook` lets tests start at a deep link (wouter's memory location) without touching the real one. */
export function App({ hook }: { hook?: Parameters<typeof Router>[0]['hook'] }) {
  return (
    <Router {...(hook ? { hook } : {})}>
      <AppShell>
        <AppRoutes />
      </AppShell>
    </Router>
  );
}

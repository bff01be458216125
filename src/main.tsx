import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { watchDatabase } from '@/app/watch-database';
import { listenForInstallOffer } from '@/pwa/install';
import { registerServiceWorker } from '@/pwa/register-service-worker';
import '@/styles/global.css';

void watchDatabase();
listenForInstallOffer();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

registerServiceWorker();

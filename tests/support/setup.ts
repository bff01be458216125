import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetDatabase, resetStore } from './reset';

// jsdom has <dialog> but not its modal methods; the browser's own are used everywhere else.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}

// jsdom does not do media queries; every query answers "no", as on a plain browser tab.
if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as unknown as MediaQueryList;
}

// jsdom has no layout, so nothing to scroll; its own scrollTo only reports that it is missing.
window.scrollTo = () => undefined;

beforeEach(async () => {
  resetStore();
  await resetDatabase();
});

afterEach(() => {
  cleanup();
});

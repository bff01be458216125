import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetDatabase, resetStore } from './reset';

// A find waits up to 3 s for what a person would see, not Testing Library's 1 s: a screen's
// first lazy load in a file, with every worker busy on a two-core machine, took longer than 1 s
// now and then and failed a test whose screen was right. Nothing here waits to prove absence.
configure({ asyncUtilTimeout: 3_000 });

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

import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetDatabase, resetStore } from './reset';

beforeEach(async () => {
  resetStore();
  await resetDatabase();
});

afterEach(() => {
  cleanup();
});

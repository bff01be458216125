import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '@/db/storage-problem';

function named(name: string, inner?: unknown) {
  return Object.assign(new Error(name), { name, inner });
}

describe('classifyStorageError', () => {
  it('recognises a full disk even when Dexie wraps it', () => {
    expect(classifyStorageError(named('AbortError', named('QuotaExceededError')))).toBe('full');
  });

  it('recognises storage that is switched off', () => {
    expect(classifyStorageError(named('MissingAPIError'))).toBe('unavailable');
    expect(classifyStorageError(named('OpenFailedError', named('InvalidStateError')))).toBe('unavailable');
  });

  it('recognises a database upgraded by another tab', () => {
    expect(classifyStorageError(named('VersionError'))).toBe('upgraded-elsewhere');
  });

  it('falls back to unknown for anything else', () => {
    expect(classifyStorageError(new TypeError('boom'))).toBe('unknown');
    expect(classifyStorageError('a string')).toBe('unknown');
  });

  it('knows a full disk from an error made in another realm, which is no instance of this page’s Object', () => {
    const foreign = Object.assign(Object.create(null) as object, { name: 'AbortError', inner: Object.assign(Object.create(null) as object, { name: 'QuotaExceededError' }) });
    expect(classifyStorageError(foreign)).toBe('full');
  });
});

import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '@/db/storage-problem';

function named(name: string, inner?: unknown) {
  return Object.assign(new Error(name), { name, inner });
}

describe('classifyStorageError', () => {
  it('recognises a full disk even when Dexie wraps it', () => {
    expect(classifyStorageError(named('AbortError', named('QuotaExceededError')))).toBe('full');
  });

  it('says full, not "try again", when the disk itself is out of space (Chromium calls that an UnknownError)', () => {
    const noSpace = Object.assign(new Error('IO error: /profile/IndexedDB/000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 15::WritableFileAppend::8)'), {
      name: 'UnknownError',
    });
    expect(classifyStorageError(named('AbortError', noSpace))).toBe('full');
    // The same name with another cause is still storage that is not working just now.
    expect(classifyStorageError(named('AbortError', named('UnknownError')))).toBe('unavailable');
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

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { base64ToBytes, base64ToBytesInSteps, bytesToBase64, bytesToBase64InSteps } from '@/domain/base64';

const bytesOf = (text: string) => new TextEncoder().encode(text);
// Compared as plain arrays: under jsdom, TextEncoder's Uint8Array comes from another realm than the test's.
const listOf = (bytes: Uint8Array | undefined) => (bytes ? [...bytes] : bytes);
const sameBytes = (a: Uint8Array | undefined, b: Uint8Array) => a !== undefined && Buffer.from(a).equals(Buffer.from(b));

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  // getRandomValues fills at most 65,536 bytes a call.
  for (let start = 0; start < length; start += 65_536) crypto.getRandomValues(bytes.subarray(start, start + 65_536));
  return bytes;
}

describe('base64', () => {
  it('matches the RFC 4648 test vectors both ways', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(bytesToBase64(bytesOf(plain))).toBe(encoded);
      expect(listOf(base64ToBytes(encoded))).toEqual(listOf(bytesOf(plain)));
    }
  });

  it('agrees with Node’s Buffer on either side of a chunk boundary', () => {
    for (const length of [1, 2, 3, 255, 3071, 3072, 3073, 32_767, 32_768, 32_769, 100_001]) {
      const bytes = randomBytes(length);
      const encoded = bytesToBase64(bytes);
      expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
      expect(sameBytes(base64ToBytes(encoded), bytes)).toBe(true);
    }
  });

  it('handles 12 MB without overflowing the stack', () => {
    const bytes = randomBytes(12 * 1024 * 1024);
    const encoded = bytesToBase64(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect(sameBytes(base64ToBytes(encoded), bytes)).toBe(true);
  });

  it('refuses text that is not strict, padded base64', () => {
    for (const text of ['Zg', 'Zg=', 'Zm9v Zg==', 'Zm9v\nZg==', 'Zg=a', '====', 'Zm9-', 'Zm9_', '@@@@', 'Zm9vY===']) {
      expect(base64ToBytes(text), text).toBeUndefined();
    }
  });
});

describe('base64 in steps, for backups of tens of megabytes', () => {
  // Over two steps' worth, and not a multiple of three, so the last piece pads.
  const bytes = Uint8Array.from({ length: 2_400_001 }, (_, index) => (index * 7919) % 256);

  it('gives the same text as in one go, in pieces, and reads it back exactly', async () => {
    const parts = await bytesToBase64InSteps(bytes);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.join('')).toBe(bytesToBase64(bytes));
    expect(sameBytes(await base64ToBytesInSteps(parts.join('')), bytes)).toBe(true);
  });

  it('refuses padding anywhere but the end, even where a step ends', async () => {
    const text = bytesToBase64(bytes);
    const step = (3 * 1024 * 256 * 4) / 3;
    expect(await base64ToBytesInSteps(`${text.slice(0, step - 1)}=${text.slice(step)}`)).toBeUndefined();
    expect(await base64ToBytesInSteps(`${text.slice(0, 100)}*${text.slice(101)}`)).toBeUndefined();
  });
});

describe('base64 in steps, where the browser has a native codec', () => {
  const bytes = Uint8Array.from({ length: 100_001 }, (_, index) => (index * 31) % 256);
  // Node 20 has neither; these stand in for them with the spec's behaviour, which skips white space.
  beforeEach(() => {
    Object.defineProperty(Uint8Array, 'fromBase64', {
      configurable: true,
      value: (text: string) => {
        const squeezed = text.replace(/\s/g, '');
        if (squeezed.length % 4 !== 0) throw new SyntaxError('bad length');
        return new Uint8Array(Buffer.from(squeezed, 'base64'));
      },
    });
    Object.defineProperty(Uint8Array.prototype, 'toBase64', {
      configurable: true,
      value(this: Uint8Array) {
        return Buffer.from(this).toString('base64');
      },
    });
  });
  afterEach(() => {
    Reflect.deleteProperty(Uint8Array, 'fromBase64');
    Reflect.deleteProperty(Uint8Array.prototype, 'toBase64');
  });

  it('uses it both ways and gives what the steps would', async () => {
    const parts = await bytesToBase64InSteps(bytes);
    expect(parts).toEqual([bytesToBase64(bytes)]);
    expect(sameBytes(await base64ToBytesInSteps(parts.join('')), bytes)).toBe(true);
  });

  it('still refuses what it would forgive: spaces, line breaks, stray characters', async () => {
    const text = bytesToBase64(bytes);
    // Four at a time, so the length alone gives nothing away and only the check catches them.
    expect(await base64ToBytesInSteps(`${text.slice(0, 100)}\r\n\r\n${text.slice(100)}`)).toBeUndefined();
    expect(await base64ToBytesInSteps(`${text.slice(0, 100)}    ${text.slice(100)}`)).toBeUndefined();
    expect(await base64ToBytesInSteps(`${text.slice(0, 100)}*${text.slice(101)}`)).toBeUndefined();
  });
});


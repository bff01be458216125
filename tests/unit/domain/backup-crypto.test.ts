import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BackupCryptoError,
  backupCryptoMessage,
  isSealedBackup,
  openBackup,
  sealBackup,
  sealBackupParts,
  type BackupCryptoReason,
} from '@/domain/backup-crypto';

/** The sealed file as docs/backup-format.md describes it, for editing in tests. */
interface SealedFile {
  format: string;
  version: number;
  kdf: { name: string; hash: string; iterations: number; salt: string };
  cipher: { name: string; length: number; iv: string };
  data: string;
}

// Every seal and every open derives a key with 600,000 PBKDF2 rounds (0.1 s to
// 1 s each), and the floor holds in tests too, so the file keeps to few of them.
const timeout = 30_000;

// "Café" with the accent as its own character (NFC); the test opens it with the accent as a separate mark (NFD).
const passphrase = 'Caf\u00e9 on Tuesday, 7 a.m. 🌅';
const passphraseDecomposed = 'Cafe\u0301 on Tuesday, 7 a.m. 🌅';

const exportText = [
  '\uFEFF{"wins": [',
  '  {"text": "Called my sister 📞 — first time in a month 🎉"},',
  '  {"text": "הלכתי לטיול קצר עם הכלב"},',
  '  {"text": "مشيت قليلاً اليوم، وكان ذلك كافياً"},',
  '  {"text": "👩🏽‍🦱 drank water 💧 and rested 🛌\\nall afternoon"}',
  ']}\r\n',
].join('\n');

async function reasonFor(opening: Promise<string>): Promise<BackupCryptoReason | 'opened'> {
  try {
    await opening;
    return 'opened';
  } catch (error) {
    if (error instanceof BackupCryptoError) return error.reason;
    throw error;
  }
}

const parse = (text: string) => JSON.parse(text) as SealedFile;

function edited(sealedText: string, edit: (file: SealedFile) => void): string {
  const file = parse(sealedText);
  edit(file);
  return JSON.stringify(file);
}

let sealed: string;

beforeAll(async () => {
  sealed = await sealBackup(exportText, passphrase);
}, timeout);

describe('sealBackup and openBackup', { timeout }, () => {
  it('round trip emoji, right-to-left and multi-line text exactly, whichever Unicode form the passphrase is typed in', async () => {
    expect(await openBackup(sealed, passphraseDecomposed)).toBe(exportText);
  });

  it('write the documented header, with at least 600,000 iterations, a 16-byte salt and a 12-byte IV', () => {
    const file = parse(sealed);
    expect(Object.keys(file)).toEqual(['format', 'version', 'kdf', 'cipher', 'data']);
    expect(file).toMatchObject({
      format: 'small-wins-sealed',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256' },
      cipher: { name: 'AES-GCM', length: 256 },
    });
    expect(file.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(Buffer.from(file.kdf.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(file.cipher.iv, 'base64')).toHaveLength(12);
    // Ciphertext is as long as the UTF-8 text, plus GCM's 16-byte tag.
    expect(Buffer.from(file.data, 'base64')).toHaveLength(Buffer.byteLength(exportText) + 16);
    expect(sealed).not.toContain('sister');
  });

  it('seal the same text differently each time, with a fresh salt and IV', async () => {
    const again = parse(await sealBackup(exportText, passphrase));
    const first = parse(sealed);
    expect(again.kdf.salt).not.toBe(first.kdf.salt);
    expect(again.cipher.iv).not.toBe(first.cipher.iv);
    expect(again.data).not.toBe(first.data);
  });

  it('round trip a 5 MB export, sealed with more iterations when asked', async () => {
    const large = `${exportText}\n`.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(`${exportText}\n`)));
    const largeSealed = await sealBackup(large, passphrase, { iterations: 650_000 });
    expect(parse(largeSealed).kdf.iterations).toBe(650_000);
    expect(await openBackup(largeSealed, passphrase)).toBe(large);
  });

  it('round trip a character whose bytes straddle the point where opening decodes in pieces', async () => {
    // Opening decodes a megabyte at a time; this emoji's four bytes begin two before the first megabyte ends.
    const straddling = `${'a'.repeat(2 ** 20 - 2)}📞 and after`;
    expect(await openBackup(await sealBackup(straddling, passphrase), passphrase)).toBe(straddling);
  });

  it('never seal with fewer than 600,000 iterations, nor more than 10,000,000, nor an empty passphrase', async () => {
    await expect(sealBackup(exportText, passphrase, { iterations: 599_999 })).rejects.toBeInstanceOf(RangeError);
    await expect(sealBackup(exportText, passphrase, { iterations: 1000 })).rejects.toBeInstanceOf(RangeError);
    await expect(sealBackup(exportText, passphrase, { iterations: 10_000_001 })).rejects.toBeInstanceOf(RangeError);
    await expect(sealBackup(exportText, passphrase, { iterations: 600_000.5 })).rejects.toBeInstanceOf(RangeError);
    await expect(sealBackup(exportText, '')).rejects.toBeInstanceOf(RangeError);
  });
});

describe('openBackup refuses', { timeout }, () => {
  it('a wrong passphrase as wrong-passphrase, with a message saying to check it', async () => {
    const opening = openBackup(sealed, passphrase.toLowerCase());
    await expect(opening).rejects.toBeInstanceOf(BackupCryptoError);
    await expect(opening).rejects.toMatchObject({
      reason: 'wrong-passphrase',
      message: backupCryptoMessage('wrong-passphrase'),
    });
  });

  it('one changed byte of data as wrong-passphrase, since GCM’s tag cannot tell altered bytes from a wrong key', async () => {
    const tampered = edited(sealed, (file) => {
      const data = Buffer.from(file.data, 'base64');
      data[10] = (data[10] ?? 0) ^ 0x01;
      file.data = data.toString('base64');
    });
    expect(await reasonFor(openBackup(tampered, passphrase))).toBe('wrong-passphrase');
  });

  it('sealed bytes that are not UTF-8 text as damaged', async () => {
    const notText = new Uint8Array(2 ** 20 + 8).fill(0x61);
    notText[2 ** 20 + 2] = 0xff;
    const sealedBytes = (await sealBackupParts(notText, passphrase)).join('');
    expect(await reasonFor(openBackup(sealedBytes, passphrase))).toBe('damaged');
  });

  it('a file asking for only 1,000 iterations as damaged: the app never writes one', async () => {
    const weak = edited(sealed, (file) => (file.kdf.iterations = 1000));
    expect(await reasonFor(openBackup(weak, passphrase))).toBe('damaged');
  });

  it('a file asking for an absurd number of iterations as damaged, so it cannot hold the app busy', async () => {
    for (const iterations of [10_000_001, 2 ** 31, 600_000.5, -1]) {
      const hostile = edited(sealed, (file) => (file.kdf.iterations = iterations));
      expect(await reasonFor(openBackup(hostile, passphrase)), String(iterations)).toBe('damaged');
    }
  });

  it('a file from a newer version as unsupported-version', async () => {
    const newer = edited(sealed, (file) => (file.version = 2));
    expect(await reasonFor(openBackup(newer, passphrase))).toBe('unsupported-version');
    expect(isSealedBackup(newer)).toBe(true);
  });

  it('anything that is not a sealed backup as not-sealed', async () => {
    const others = [
      '',
      'not json at all',
      '{"format": "small-wins-sealed"', // cut short: not JSON
      '["small-wins-sealed"]',
      '{"hello": "world"}',
      '{"app": "small-wins", "wins": [{"text": "small-wins-sealed"}]}',
      '{"format": "small-wins-export", "version": 1}',
      'null',
      '42',
    ];
    for (const text of others) {
      expect(isSealedBackup(text), text).toBe(false);
      expect(await reasonFor(openBackup(text, passphrase)), text).toBe('not-sealed');
    }
  });

  it('a file with a field missing, of the wrong kind or the wrong size as damaged', async () => {
    const edits: [string, (file: SealedFile) => void][] = [
      ['no version', (file) => (file.version = undefined as unknown as number)],
      ['version 0', (file) => (file.version = 0)],
      ['version as text', (file) => (file.version = '1' as unknown as number)],
      ['another hash', (file) => (file.kdf.hash = 'SHA-1')],
      ['another kdf', (file) => (file.kdf.name = 'scrypt')],
      ['no salt', (file) => (file.kdf.salt = undefined as unknown as string)],
      ['short salt', (file) => (file.kdf.salt = Buffer.alloc(8).toString('base64'))],
      ['salt not base64', (file) => (file.kdf.salt = '!!not base64!!!!')],
      ['another cipher', (file) => (file.cipher.name = 'AES-CBC')],
      ['128-bit key', (file) => (file.cipher.length = 128)],
      ['16-byte IV', (file) => (file.cipher.iv = Buffer.alloc(16).toString('base64'))],
      ['no cipher', (file) => (file.cipher = null as unknown as SealedFile['cipher'])],
      ['data shorter than a tag', (file) => (file.data = Buffer.alloc(15).toString('base64'))],
      ['data with a line break', (file) => (file.data = `${file.data.slice(0, 8)}\n${file.data.slice(8)}`)],
      ['no data', (file) => (file.data = undefined as unknown as string)],
    ];
    for (const [name, edit] of edits) {
      expect(await reasonFor(openBackup(edited(sealed, edit), passphrase)), name).toBe('damaged');
    }
  });
});

describe('isSealedBackup', () => {
  it('recognises a sealed file, and not the plain export inside it', () => {
    expect(isSealedBackup(sealed)).toBe(true);
    expect(isSealedBackup(exportText)).toBe(false);
  });
});

describe('backupCryptoMessage', () => {
  it('gives each reason its own message, saying what to do next', () => {
    const reasons: BackupCryptoReason[] = ['wrong-passphrase', 'not-sealed', 'unsupported-version', 'damaged'];
    const messages = reasons.map(backupCryptoMessage);
    expect(new Set(messages).size).toBe(reasons.length);
    expect(backupCryptoMessage('wrong-passphrase')).toMatch(/try again; passphrases are case-sensitive/);
    // The update waits for the new-version note's button (prompt mode): a reload alone keeps this version.
    expect(backupCryptoMessage('unsupported-version')).toMatch(/when the note “A new version of Small Wins is ready” appears .*, tap its Reload button\. Then pick this file again\./);
    expect(backupCryptoMessage('unsupported-version')).not.toMatch(/reload the app/i);
    for (const message of messages) expect(message).toMatch(/Nothing in the app has changed\.$/);
  });
});

const doc = readFileSync(join(process.cwd(), 'docs/backup-format.md'), 'utf8');

/** The text of the one fenced block of this language in the document. */
function fencedBlock(language: string): string {
  const fence = '`'.repeat(3);
  const [, block, ...others] = doc.split(`\n${fence}${language}\n`);
  expect(others, `one ${language} block`).toEqual([]);
  return block!.slice(0, block!.indexOf(`\n${fence}\n`) + 1);
}

describe('docs/backup-format.md', { timeout }, () => {
  // Decrypts with nothing from the app: only Web Crypto calls and the steps the
  // document gives. If the document and the code drift apart, this fails.
  it('is enough to decrypt a backup without the app', async () => {
    const file = parse(sealed);
    const { subtle } = globalThis.crypto;
    const salt = Buffer.from(file.kdf.salt, 'base64');
    const iv = Buffer.from(file.cipher.iv, 'base64');
    const data = Buffer.from(file.data, 'base64');
    const passphraseBytes = new TextEncoder().encode(passphraseDecomposed.normalize('NFC'));
    const additionalData = new TextEncoder().encode(
      `small-wins-sealed;version=${file.version};kdf=PBKDF2;hash=SHA-256;iterations=${file.kdf.iterations};` +
        `salt=${file.kdf.salt};cipher=AES-GCM;length=256;iv=${file.cipher.iv}`,
    );

    const material = await subtle.importKey('raw', passphraseBytes, 'PBKDF2', false, ['deriveBits']);
    const keyBytes = await subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: file.kdf.iterations },
      material,
      256,
    );
    const key = await subtle.importKey('raw', keyBytes, 'AES-GCM', false, ['decrypt']);
    const plaintext = await subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, key, data);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(plaintext)).toBe(exportText);

    // The header really is bound: the same key without the additional data does not decrypt.
    await expect(subtle.decrypt({ name: 'AES-GCM', iv }, key, data)).rejects.toMatchObject({ name: 'OperationError' });
  });

  it('gives an example file that the app opens with the passphrase it names', async () => {
    expect(await openBackup(fencedBlock('json'), 'correct horse battery staple')).toBe(
      '{"wins":[{"text":"Called my sister 📞"}]}\n',
    );
  });

  it('gives a Node.js script that decrypts a backup', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'small-wins-backup-'));
    try {
      writeFileSync(join(folder, 'open-backup.mjs'), fencedBlock('js'));
      writeFileSync(join(folder, 'backup.sealed.json'), sealed);
      const { stdout } = await promisify(execFile)(process.execPath, ['open-backup.mjs', 'backup.sealed.json'], {
        cwd: folder,
        env: { ...process.env, SMALL_WINS_PASSPHRASE: passphraseDecomposed },
        encoding: 'buffer',
      });
      // Compared as bytes: the script writes the plaintext exactly, byte order mark and all.
      expect(stdout.equals(Buffer.from(exportText, 'utf8'))).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

import { base64ToBytesInSteps, bytesToBase64, bytesToBase64InSteps } from './base64';
import { BackupCryptoError } from './backup-crypto-error';
import { breatheEvery, WORK_PER_BREATH_MS } from './breathe';
import {
  additionalData,
  isAllowedIterations,
  IV_BYTES,
  MAX_ITERATIONS,
  MIN_ITERATIONS,
  readSealedBackup,
  SALT_BYTES,
  SEALED_FORMAT,
  SEALED_VERSION,
  type SealedBackup,
  type SealedHeader,
} from './sealed-backup';

/**
 * Encrypted backups: the plain export sealed with a passphrase. The key comes
 * from PBKDF2-HMAC-SHA-256 over the passphrase and a fresh salt; the text is
 * encrypted with AES-256-GCM under a fresh IV, with the header as additional
 * authenticated data. docs/backup-format.md has the details.
 */
export { BackupCryptoError, backupCryptoMessage, type BackupCryptoReason } from './backup-crypto-error';
export { isSealedBackup } from './sealed-backup';

export interface SealOptions {
  /** PBKDF2 rounds, from 600,000 (the default) to 10,000,000. */
  iterations?: number;
}

/**
 * The passphrase is NFC-normalised first, so "é" typed as one character on
 * one keyboard and as "e" plus an accent on another still opens the backup.
 */
async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  const material = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** Encrypts `plaintext` (the export's JSON text) and returns the sealed file's JSON text. */
export async function sealBackup(plaintext: string, passphrase: string, options: SealOptions = {}): Promise<string> {
  return (await sealBackupParts(new TextEncoder().encode(plaintext), passphrase, options)).join('');
}

/** A seal made ready: its salt and IV chosen, its key derived. */
export interface ReadySeal {
  header: SealedHeader;
  iv: Uint8Array<ArrayBuffer>;
  key: CryptoKey;
}

/**
 * Chooses a fresh salt and IV and derives the key, which needs nothing of the export: a sealed
 * backup starts this before reading the journal, so the 600,000 rounds (some 0.2 s here) run
 * while the wins are read rather than after.
 */
export async function prepareSeal(passphrase: string, options: SealOptions = {}): Promise<ReadySeal> {
  const iterations = options.iterations ?? MIN_ITERATIONS;
  if (!isAllowedIterations(iterations)) {
    throw new RangeError(`Iterations must be a whole number from ${MIN_ITERATIONS} to ${MAX_ITERATIONS}.`);
  }
  if (passphrase.length === 0) throw new RangeError('A sealed backup needs a passphrase.');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header: SealedHeader = {
    format: SEALED_FORMAT,
    version: SEALED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    cipher: { name: 'AES-GCM', length: 256, iv: bytesToBase64(iv) },
  };
  return { header, iv, key: await deriveKey(passphrase, salt, iterations, 'encrypt') };
}

/**
 * Encrypts the export's UTF-8 bytes under a ready seal and returns the sealed file's JSON text in
 * pieces, the ciphertext's base64 made a megabyte at a time so that a large backup never freezes
 * the page. A seal serves one backup only: its IV must never encrypt twice.
 */
export async function sealWith({ header, iv, key }: ReadySeal, plaintext: Uint8Array<ArrayBuffer>): Promise<string[]> {
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(header), tagLength: 128 },
    key,
    plaintext,
  );
  // The same text as JSON.stringify(sealed, null, 2) would give, without building one
  // string of tens of megabytes: the header around an empty data field, the base64 inside.
  const shell: SealedBackup = { ...header, data: '' };
  const [before, after] = splitAtData(`${JSON.stringify(shell, null, 2)}\n`);
  return [before, ...(await bytesToBase64InSteps(new Uint8Array(ciphertext))), after];
}

/** Encrypts the export's UTF-8 bytes with a fresh seal (see sealWith). */
export async function sealBackupParts(plaintext: Uint8Array<ArrayBuffer>, passphrase: string, options: SealOptions = {}): Promise<string[]> {
  return sealWith(await prepareSeal(passphrase, options), plaintext);
}

function splitAtData(text: string): [string, string] {
  const marker = '"data": ""';
  const at = text.lastIndexOf(marker);
  return [text.slice(0, at + marker.length - 1), text.slice(at + marker.length - 1)];
}

// Checked by name: Web Crypto's DOMException can come from another realm
// (as under jsdom), where `instanceof` says no.
function isOperationError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'OperationError';
}

/**
 * The plaintext inside a sealed file. Throws a BackupCryptoError whose reason
 * says what went wrong and whose message is ready to show the person.
 */
export async function openBackup(sealedText: string, passphrase: string): Promise<string> {
  const { header, salt, iv, data: dataText } = readSealedBackup(sealedText);
  // Web Crypto derives the key off the main thread (600,000 rounds take a good part of a
  // second), so the data is decoded meanwhile.
  const deriving = deriveKey(passphrase, salt, header.kdf.iterations, 'decrypt');
  deriving.catch(() => undefined);
  const data = await base64ToBytesInSteps(dataText);
  if (!data || data.length < 16) throw new BackupCryptoError('damaged', 'data is not base64 of the right length');
  const key = await deriving;
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(header), tagLength: 128 },
      key,
      data,
    );
  } catch (error) {
    // GCM cannot tell a wrong key from altered bytes: both are one authentication error.
    if (isOperationError(error)) throw new BackupCryptoError('wrong-passphrase', undefined, { cause: error });
    throw error;
  }
  try {
    return await utf8InSteps(new Uint8Array(plaintext));
  } catch (error) {
    throw new BackupCryptoError('damaged', 'plaintext is not UTF-8', { cause: error });
  }
}

// A megabyte of UTF-8 per step: tens of megabytes decoded at once took one task of 150 ms and
// more, with emoji and other scripts in the text.
const UTF8_BYTES_PER_STEP = 1 << 20;

/** The text of UTF-8 bytes, a piece at a time, refusing bytes that are not UTF-8. */
async function utf8InSteps(bytes: Uint8Array): Promise<string> {
  // ignoreBOM keeps a leading U+FEFF, so the text comes back exactly as it went in; in stream
  // mode a character split between two pieces is put together again.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const breatheWhenDue = breatheEvery(WORK_PER_BREATH_MS);
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += UTF8_BYTES_PER_STEP) {
    parts.push(decoder.decode(bytes.subarray(start, start + UTF8_BYTES_PER_STEP), { stream: true }));
    await breatheWhenDue();
  }
  parts.push(decoder.decode());
  return parts.join('');
}

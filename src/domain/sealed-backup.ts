import { base64ToBytes } from './base64';
import { BackupCryptoError, type BackupCryptoReason } from './backup-crypto-error';

/**
 * The sealed backup file: a small JSON header saying how the key was derived
 * and how the data was encrypted, then the ciphertext. docs/backup-format.md
 * describes it for anyone decrypting without the app; keep the two in step.
 */
export const SEALED_FORMAT = 'small-wins-sealed';
export const SEALED_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const MIN_ITERATIONS = 600_000;
/** A file asking for more is refused: a hostile one could otherwise hold the app busy for minutes. */
export const MAX_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** AES-GCM appends a 16-byte tag, so shorter data cannot be a ciphertext at all. */
const TAG_BYTES = 16;

export interface SealedHeader {
  format: typeof SEALED_FORMAT;
  version: typeof SEALED_VERSION;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; length: 256; iv: string };
}

export interface SealedBackup extends SealedHeader {
  data: string;
}

/**
 * A sealed file whose header passed every check, salt and IV decoded. The data stays
 * base64 (tens of megabytes: decoded in steps by the caller); its length is checked.
 */
export interface SealedParts {
  header: SealedHeader;
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  data: string;
}

export function isAllowedIterations(iterations: number): boolean {
  return Number.isInteger(iterations) && iterations >= MIN_ITERATIONS && iterations <= MAX_ITERATIONS;
}

/**
 * The additional authenticated data: every header field, so no part of the
 * header can be edited without the tag noticing, whatever later versions add.
 * Salt and IV appear exactly as the base64 text in the file.
 */
export function additionalData(header: SealedHeader): Uint8Array<ArrayBuffer> {
  const { kdf, cipher } = header;
  return new TextEncoder().encode(
    `${header.format};version=${header.version};kdf=${kdf.name};hash=${kdf.hash};iterations=${kdf.iterations};` +
      `salt=${kdf.salt};cipher=${cipher.name};length=${cipher.length};iv=${cipher.iv}`,
  );
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The parsed file when it names this format, whatever its version or state. */
function sealedRecord(text: string): Record<string, unknown> | undefined {
  // Plain exports are JSON objects too and can run to megabytes; the format
  // name is nowhere in them, so a scan for it spares parsing them twice.
  if (!text.trimStart().startsWith('{') || !text.includes(`"${SEALED_FORMAT}"`)) return undefined;
  const record = asRecord(parseJson(text));
  return record?.format === SEALED_FORMAT ? record : undefined;
}

/** Whether a file is meant to be a sealed backup, without checking that it is a sound one. */
export function isSealedBackup(text: string): boolean {
  return sealedRecord(text) !== undefined;
}

/**
 * Why a file cannot be opened as a sealed backup whatever the passphrase ('not-sealed',
 * 'unsupported-version', 'damaged'), from its header and the data's length alone; null when a
 * passphrase is worth asking for. It parses the file as isSealedBackup does, and decodes nothing.
 */
export function sealedHeaderProblem(text: string): BackupCryptoReason | null {
  try {
    readSealedBackup(text);
    return null;
  } catch (error) {
    if (error instanceof BackupCryptoError) return error.reason;
    throw error;
  }
}

function damaged(detail: string): BackupCryptoError {
  return new BackupCryptoError('damaged', detail);
}

function decodedField(record: Record<string, unknown>, key: string, minBytes: number, maxBytes: number) {
  const text = record[key];
  const bytes = typeof text === 'string' ? base64ToBytes(text) : undefined;
  if (typeof text !== 'string' || !bytes || bytes.length < minBytes || bytes.length > maxBytes) {
    throw damaged(`${key} is not base64 of the right length`);
  }
  return { text, bytes };
}

/** Checks every field of a sealed file, throwing a BackupCryptoError that says which kind of wrong it is. */
export function readSealedBackup(text: string): SealedParts {
  const record = sealedRecord(text);
  if (!record) throw new BackupCryptoError('not-sealed');
  const { version } = record;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw damaged('version');
  if (version > SEALED_VERSION) throw new BackupCryptoError('unsupported-version', `version ${version}`);

  const kdf = asRecord(record.kdf);
  if (kdf?.name !== 'PBKDF2' || kdf.hash !== 'SHA-256') throw damaged('kdf name or hash');
  const { iterations } = kdf;
  if (typeof iterations !== 'number' || !isAllowedIterations(iterations)) throw damaged('kdf iterations');
  const salt = decodedField(kdf, 'salt', SALT_BYTES, SALT_BYTES);

  const cipher = asRecord(record.cipher);
  if (cipher?.name !== 'AES-GCM' || cipher.length !== 256) throw damaged('cipher name or length');
  const iv = decodedField(cipher, 'iv', IV_BYTES, IV_BYTES);

  const { data } = record;
  // Whether it is all base64 is found while decoding; here only whether it can hold a tag.
  if (typeof data !== 'string' || data.length % 4 !== 0 || (data.length / 4) * 3 - 2 < TAG_BYTES) {
    throw damaged('data is not base64 of the right length');
  }
  const header: SealedHeader = {
    format: SEALED_FORMAT,
    version: SEALED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: salt.text },
    cipher: { name: 'AES-GCM', length: 256, iv: iv.text },
  };
  return { header, salt: salt.bytes, iv: iv.bytes, data };
}

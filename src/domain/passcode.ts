import { base64ToBytes, bytesToBase64 } from './base64';

/** What is stored for a lock: never the passcode, only a salted, slow hash of it. */
export interface PasscodeHash {
  salt: string;
  hash: string;
  iterations: number;
}

const ITERATIONS = 600_000;
const SALT_BYTES = 16;

async function derive(passcode: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passcode.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  return new Uint8Array(bits);
}

export async function hashPasscode(passcode: string, iterations = ITERATIONS): Promise<PasscodeHash> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return { salt: bytesToBase64(salt), hash: bytesToBase64(await derive(passcode, salt, iterations)), iterations };
}

/** Compares in full every time, so how long it takes says nothing about how close a guess was. */
export async function checkPasscode(passcode: string, stored: PasscodeHash): Promise<boolean> {
  const salt = base64ToBytes(stored.salt);
  const expected = base64ToBytes(stored.hash);
  if (!salt || !expected) return false;
  const candidate = await derive(passcode, salt, stored.iterations);
  if (candidate.length !== expected.length) return false;
  let difference = 0;
  for (let index = 0; index < candidate.length; index += 1) difference |= (candidate[index] ?? 0) ^ (expected[index] ?? 0);
  return difference === 0;
}

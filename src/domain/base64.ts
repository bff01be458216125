import { breatheEvery, WORK_PER_BREATH_MS } from './breathe';

/**
 * Standard base64 (RFC 4648, with padding) for byte arrays of any size.
 *
 * `btoa` and `atob` work on "binary strings", one character per byte. Turning a
 * whole array into one with `String.fromCharCode(...bytes)` overflows the call
 * stack past a few hundred thousand bytes, so both directions go in chunks. A
 * chunk of bytes is a multiple of 3 and a chunk of text a multiple of 4, so
 * every chunk but the last encodes without padding and the pieces join cleanly.
 */
const BYTES_PER_CHUNK = 3 * 1024;
const CHARS_PER_CHUNK = 4 * 8192;

// A single-character search rather than one pattern for the whole text: a
// repeating group over tens of megabytes can exhaust the regex engine's stack.
const notBase64 = /[^A-Za-z0-9+/]/;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += BYTES_PER_CHUNK) {
    const chunk = bytes.subarray(start, start + BYTES_PER_CHUNK);
    // `apply` takes any array-like and is several times faster than spreading a typed array.
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
  }
  return parts.join('');
}

/**
 * The bytes `text` encodes, or undefined when it is not strict, padded base64.
 * Strict on purpose: `atob` forgives spaces and absent padding, and a file that
 * needs forgiving has been changed by something other than the app.
 */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (notBase64.test(text.slice(0, text.length - padding))) return undefined;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let offset = 0;
  for (let start = 0; start < text.length; start += CHARS_PER_CHUNK) {
    const binary = atob(text.slice(start, start + CHARS_PER_CHUNK));
    for (let index = 0; index < binary.length; index += 1) bytes[offset + index] = binary.charCodeAt(index);
    offset += binary.length;
  }
  return bytes;
}

// Browsers that have them (Chromium 140, Firefox 133, Safari 18.2 and later) turn bytes into
// base64 and back natively, tens of megabytes in some tens of milliseconds, where the steps
// below take most of a second. Not in TypeScript's lib yet, so looked up by hand.
interface NativeBase64 {
  fromBase64?: (text: string, options: { lastChunkHandling: 'strict' }) => Uint8Array<ArrayBuffer>;
}
const nativeFromBase64 = () => (Uint8Array as unknown as NativeBase64).fromBase64;
const nativeToBase64 = (bytes: Uint8Array) => (bytes as unknown as { toBase64?: () => string }).toBase64;

/** base64ToBytes, natively where the browser can. */
function decodePiece(text: string): Uint8Array<ArrayBuffer> | undefined {
  const fromBase64 = nativeFromBase64();
  if (!fromBase64) return base64ToBytes(text);
  if (text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  try {
    // Strict turns down any character outside the alphabet. It does skip spaces and line breaks,
    // which this decoder does not forgive: a piece holding any decodes to fewer bytes than its
    // length says. A length check, where a pattern over every character cost more than decoding.
    const bytes = fromBase64.call(Uint8Array, text, { lastChunkHandling: 'strict' });
    return bytes.length === (text.length / 4) * 3 - padding ? bytes : undefined;
  } catch {
    return undefined;
  }
}

// About a megabyte of text per step: some 30 ms of work, or a few natively, and the page gets a
// turn once the steps since its last add up to WORK_PER_BREATH_MS.
const BYTES_PER_STEP = BYTES_PER_CHUNK * 256;
const CHARS_PER_STEP = (BYTES_PER_STEP / 3) * 4;

/** bytesToBase64 for tens of megabytes: the text in pieces, with a pause between them. */
export async function bytesToBase64InSteps(bytes: Uint8Array): Promise<string[]> {
  const parts: string[] = [];
  const breatheWhenDue = breatheEvery(WORK_PER_BREATH_MS);
  for (let start = 0; start < bytes.length; start += BYTES_PER_STEP) {
    const piece = bytes.subarray(start, start + BYTES_PER_STEP);
    parts.push(nativeToBase64(piece)?.call(piece) ?? bytesToBase64(piece));
    await breatheWhenDue();
  }
  return parts;
}

/** base64ToBytes for tens of megabytes, as strict, with a pause between pieces. */
export async function base64ToBytesInSteps(text: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const step = CHARS_PER_STEP;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let offset = 0;
  const breatheWhenDue = breatheEvery(WORK_PER_BREATH_MS);
  for (let start = 0; start < text.length; start += step) {
    // Every piece but the last is a multiple of four characters, and only the last may pad.
    const slice = text.slice(start, start + step);
    const last = start + step >= text.length;
    const piece = last || !slice.endsWith('=') ? decodePiece(slice) : undefined;
    if (!piece || offset + piece.length > bytes.length) return undefined;
    bytes.set(piece, offset);
    offset += piece.length;
    await breatheWhenDue();
  }
  return bytes;
}

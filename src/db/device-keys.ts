// The few small values kept in localStorage rather than IndexedDB: what the first paint needs
// before the database answers (today's prompt, the lock hint, the last day a win was seen on),
// and device habits (the reminder time chosen last, a "Not now" to the home-screen offer, an
// install from this browser). The README's data table lists every one. Never the journal itself. Storage
// can refuse (private windows, storage switched off): then a read finds nothing and a write is
// skipped, and each caller falls back to what it would do on a fresh device.

/** Every key starts so; Delete everything removes them all. */
export const DEVICE_KEY_PREFIX = 'small-wins:';

export function readDeviceKey(name: string): string | null {
  try {
    return localStorage.getItem(DEVICE_KEY_PREFIX + name);
  } catch {
    return null;
  }
}

/** Keeps `value` under `name`, or forgets it when null. */
export function writeDeviceKey(name: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(DEVICE_KEY_PREFIX + name);
    else localStorage.setItem(DEVICE_KEY_PREFIX + name, value);
  } catch {
    // Refused: the caller's fallback stands.
  }
}

/** Removes every key the app keeps here. */
export function forgetDeviceKeys(): void {
  try {
    const ours: string[] = [];
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index);
      if (key?.startsWith(DEVICE_KEY_PREFIX)) ours.push(key);
    }
    for (const key of ours) localStorage.removeItem(key);
  } catch {
    // Storage refused to be read: then it holds nothing of ours either.
  }
}

import { endBriefAwaySoon, expectBriefAway } from './brief-away';
import { chromiumWouldShare, isChromium } from './chromium-share-rules';

/** Hands a file to the share sheet where the browser can share files, otherwise downloads it. */
export async function saveFile(parts: BlobPart[], name: string, type: string, share: boolean): Promise<void> {
  const file = new File(parts, name, { type });
  if (share && canShareFile(file)) {
    expectBriefAway();
    // Once the sheet has closed the grace runs out soon, even where it never hid the page.
    await navigator.share({ files: [file], title: name }).finally(endBriefAwaySoon);
    return;
  }
  downloadFile(file);
}

/** Saves a file into the browser's downloads through a link, which every browser can do without asking. */
export function downloadFile(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address is let go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * How a share ended. 'cancelled': the person closed the share sheet, a choice rather than a
 * problem. 'refused': the browser will not share this file (NotAllowedError: its type or size,
 * since the tap that asked is fresh), so asking again would only be refused again. 'interrupted':
 * something passing went wrong (another share still open, the target app failing); the file
 * itself is fine either way and can still be saved.
 */
export type ShareOutcome = 'shared' | 'cancelled' | 'refused' | 'interrupted';

// By name: a DOMException can come from another realm (as under jsdom), where instanceof says no.
function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/**
 * Opens the share sheet with one file. Call it straight from a tap, with nothing awaited
 * before it: browsers only share during the brief user activation a tap grants.
 */
export async function shareFile(file: File): Promise<ShareOutcome> {
  try {
    expectBriefAway();
    await navigator.share({ files: [file], title: file.name });
    return 'shared';
  } catch (error) {
    const name = errorName(error);
    return name === 'AbortError' ? 'cancelled' : name === 'NotAllowedError' ? 'refused' : 'interrupted';
  }
}

/** Whether this browser can hand this particular file to the share sheet. */
export function canShareFile(file: File): boolean {
  // Not every browser has canShare, whatever the type definitions say.
  if (!('canShare' in navigator) || !('share' in navigator)) return false;
  // Chromium says yes here to files its share sheet then refuses (see chromium-share-rules.ts).
  if (isChromium() && !chromiumWouldShare(file)) return false;
  try {
    return navigator.canShare({ files: [file] });
  } catch {
    return false;
  }
}

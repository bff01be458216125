import { vi } from 'vitest';

// jsdom's Blob has neither text() nor arrayBuffer(), which every browser the app runs in has;
// FileReader, which jsdom does have, reads the same bytes.
function readBlob<T>(read: (reader: FileReader) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T);
    reader.onerror = () => reject(reader.error ?? new Error('The blob could not be read'));
    read(reader);
  });
}
if (!('text' in Blob.prototype)) {
  Object.defineProperty(Blob.prototype, 'text', {
    configurable: true,
    value(this: Blob) {
      return readBlob<string>((reader) => reader.readAsText(this));
    },
  });
}
if (!('arrayBuffer' in Blob.prototype)) {
  Object.defineProperty(Blob.prototype, 'arrayBuffer', {
    configurable: true,
    value(this: Blob) {
      return readBlob<ArrayBuffer>((reader) => reader.readAsArrayBuffer(this));
    },
  });
}

/**
 * Files the page downloads through a link, caught as they go: jsdom has no object URLs and
 * does not follow a download link, so the link's click is watched instead.
 */
export function catchDownloads(): File[] {
  const downloads: File[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  URL.createObjectURL = (blob: Blob) => {
    next += 1;
    const url = `blob:test/${String(next)}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void blobs.delete(url);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) downloads.push(new File([blob], this.download, { type: blob.type }));
  });
  return downloads;
}

/** A browser that can share files, whose share sheet does what `share` does. */
export function stubShareSheet(share: (data: ShareData) => Promise<void>) {
  const calls: ShareData[] = [];
  Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
  Object.defineProperty(navigator, 'share', {
    configurable: true,
    value: (data: ShareData) => {
      calls.push(data);
      return share(data);
    },
  });
  return calls;
}

/** Back to jsdom's navigator, which cannot share. */
export function removeShareSheet(): void {
  Reflect.deleteProperty(navigator, 'canShare');
  Reflect.deleteProperty(navigator, 'share');
}

/** The DOMException a browser rejects share() with. */
export function shareError(name: 'AbortError' | 'NotAllowedError'): DOMException {
  return new DOMException(name === 'AbortError' ? 'Share canceled' : 'Must be handling a user gesture to perform a share request.', name);
}

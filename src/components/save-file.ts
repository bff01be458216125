/** Hands a file to the share sheet where the browser can share files, otherwise downloads it. */
export async function saveFile(parts: BlobPart[], name: string, type: string, share: boolean): Promise<void> {
  const blob = new Blob(parts, { type });
  if (share) {
    const file = new File([blob], name, { type });
    if (canShareFiles() && navigator.canShare({ files: [file] })) {
      await navigator.share({ files: [file], title: name });
      return;
    }
  }
  downloadFile(blob, name);
}

/** Saves a file through the browser's downloads. */
export function downloadFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address is let go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Whether this browser can hand files to the share sheet. */
export function canShareFiles(): boolean {
  // Not every browser has canShare, whatever the type definitions say.
  if (!('canShare' in navigator)) return false;
  try {
    return navigator.canShare({ files: [new File([''], 'x.txt', { type: 'text/plain' })] });
  } catch {
    return false;
  }
}

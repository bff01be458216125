/**
 * What Chromium's share sheet takes. Chromium shares only files whose extension is on its own
 * list (Blink's webshare FILE_TYPES.md; MDN's "Shareable file types" lists the same) and at most
 * 50 MB of them, yet its canShare() answers yes for any file: a .json backup offered for sharing
 * on Chrome for Android is refused only once tapped, every time. Safari shares any file.
 */
const CHROMIUM_SHARES = new Set([
  // Documents and text
  'pdf', 'css', 'csv', 'ehtml', 'htm', 'html', 'shtm', 'shtml', 'text', 'txt',
  // Images
  'bmp', 'gif', 'ico', 'jfif', 'jpeg', 'jpg', 'pjp', 'pjpeg', 'png', 'svg', 'svgz', 'tif', 'tiff', 'webp', 'xbm',
  // Sound and video
  'flac', 'm4a', 'mp3', 'oga', 'ogg', 'opus', 'wav', 'weba', 'm4v', 'mp4', 'mpeg', 'mpg', 'ogm', 'ogv', 'webm',
]);
const CHROMIUM_MAX_BYTES = 50 * 1024 * 1024;

/** Whether this browser is Chromium-based: only Chromium has navigator.userAgentData. */
export function isChromium(): boolean {
  return 'userAgentData' in navigator;
}

/** Whether Chromium's share sheet would take this file, by its name's extension and its size. */
export function chromiumWouldShare(file: File): boolean {
  const extension = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : '';
  return CHROMIUM_SHARES.has(extension) && file.size <= CHROMIUM_MAX_BYTES;
}

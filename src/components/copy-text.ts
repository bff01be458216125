/**
 * Puts text on the clipboard. The Clipboard API first; where there is none (a page not served
 * over HTTPS, such as the app opened by its address on a home network) or it refuses, the
 * older copy command, which still works straight from a tap. False when neither would.
 */
export async function copyText(text: string): Promise<boolean> {
  // Missing outside a secure context, whatever the type definitions say.
  const clipboard = navigator.clipboard as Clipboard | undefined;
  try {
    if (clipboard) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: the older way may still be allowed.
  }
  return copyByCommand(text);
}

function copyByCommand(text: string): boolean {
  if (!('execCommand' in document)) return false;
  const before = document.activeElement;
  const field = document.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  // Out of sight but selectable; inside an open dialog, since the page beneath a modal is inert.
  field.style.position = 'fixed';
  field.style.opacity = '0';
  (document.querySelector('dialog[open]') ?? document.body).append(field);
  field.focus({ preventScroll: true });
  field.select();
  let copied = false;
  try {
    // Deprecated, yet the one way to copy where the Clipboard API is missing.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  // Selecting moved focus to the field: give it back to the button that was pressed.
  if (before instanceof HTMLElement) before.focus();
  return copied;
}

// Holds the function that swaps in a waiting service worker. Kept apart from
// the registration so screens can offer "reload" without importing the worker code.
let applyWaitingUpdate: (() => Promise<void>) | null = null;

export function setUpdateHandle(apply: () => Promise<void>): void {
  applyWaitingUpdate = apply;
}

/** Reloads into the new version. Only ever called from a tap on "Reload". */
export async function applyUpdate(): Promise<void> {
  if (applyWaitingUpdate) await applyWaitingUpdate();
  else window.location.reload();
}

import { screen, within, type BoundFunctions, type queries } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { collectExport } from '@/db/repo/backup';
import { addWin } from '@/db/repo/wins';
import { valuesRepo } from '@/db/repo/values';
import type { ExportFile } from '@/domain/export-format';
import type { Win } from '@/domain/win';
import { makeWin } from './factories';
import './file-catcher';
import { renderApp } from './render-app';

/** A win as it sits in an export file: everything but its search words. */
export function exportedWin(overrides: Partial<Win> = {}): Omit<Win, 'searchWords'> {
  const { searchWords: _searchWords, ...win } = makeWin(overrides);
  return win;
}

/** A device that already holds something worth keeping: three wins and a value. */
export async function someWinsAlready(): Promise<void> {
  await valuesRepo.add({ text: 'Patience' });
  for (const text of ['Walked round the block', 'Called my sister 📞', 'قلت لا بلطف']) await addWin({ text, day: '2026-11-20' });
}

/** This device's own export, changed as a test needs, as the text of a file. */
export async function backupText(change: (file: ExportFile) => void = () => undefined): Promise<string> {
  const file = structuredClone(await collectExport());
  change(file);
  return JSON.stringify(file);
}

/** The Backups screen, its import panel found the way a person finds it. */
export async function openImportPanel() {
  const view = renderApp('/backup');
  const panel = await screen.findByRole('region', { name: 'Bring in a backup' });
  return { ...view, panel: within(panel) };
}

/**
 * Picks a file in the panel's file chooser, as a person picking from their files does. The
 * chooser's `accept` is only a hint to the picker (Android's file managers, and "All files" on a
 * computer, let anything through), so it does not filter here either.
 */
export async function pick(user: UserEvent, file: File): Promise<void> {
  await user.setup({ applyAccept: false }).upload(screen.getByLabelText('Choose a backup file'), file);
}

export function jsonFile(text: string, name = 'small-wins-2026-11-20.json'): File {
  return new File([text], name, { type: 'application/json' });
}

/** The panel's message about what went wrong, once it has one. */
export async function problemShown(panel: BoundFunctions<typeof queries>): Promise<string> {
  const alert = panel.getByRole('alert');
  await expect.poll(() => alert.textContent, { timeout: 10_000 }).not.toBe('');
  return alert.textContent;
}

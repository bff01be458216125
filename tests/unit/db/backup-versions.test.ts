import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { applyImport, collectExport, deleteEverything, previewImport } from '@/db/repo/backup';
import { countJar, pullFromJar } from '@/db/repo/jar';
import { listGoals } from '@/db/repo/goals';
import { readSettings, writeSetting } from '@/db/repo/settings';
import { addWin } from '@/db/repo/wins';
import { EXPORT_VERSION, type ExportFile } from '@/domain/export-format';
import { exportJsonParts } from '@/domain/export-writers';
import { readImport } from '@/domain/read-import';

// Written by the app when its export was at version 1 (wins with emoji, right-to-left and
// multi-line text, a deleted win, a slip, the person's own list items, a goal with a checked
// step, a pull from the jar, and both travelling settings changed). Never regenerate it:
// it stands for the backups people already keep.
const versionOne = readFileSync('tests/unit/domain/fixtures/export-v1.json', 'utf8');

async function read(text: string): Promise<ExportFile> {
  const reading = await readImport(text);
  if (!reading.ok) throw new Error(`${reading.problem}: ${reading.detail ?? ''}`);
  return reading.file;
}

async function exportNow(): Promise<string> {
  return (await exportJsonParts(await collectExport())).join('');
}

describe('backups from earlier versions', () => {
  it('brings in a version 1 backup whole: every win, list and goal, and its settings', async () => {
    const file = await read(versionOne);
    expect(file.version).toBe(EXPORT_VERSION);
    // Five wins, one of them deleted: the preview counts the four the file keeps.
    expect(await previewImport(file)).toMatchObject({ wins: 4, firstDay: '2026-11-18', lastDay: '2026-11-20', alreadyHere: 0, removedHere: 0 });
    await applyImport(file);
    const texts = (await db.wins.toArray()).map((win) => win.text);
    expect(texts).toEqual(expect.arrayContaining(['Called mum 📞 and laughed', 'قلت لا بلطف', 'Line one\nline two']));
    expect(await db.wins.filter((win) => win.deletedAt !== null).count()).toBe(1);
    expect((await listGoals())[0]?.steps.filter((step) => step.doneAt !== null)).toHaveLength(1);
    expect(await readSettings()).toMatchObject({ dayStartsAtHour: 5, weeklyRhythm: 3 });
    // Four kept wins and the slip are in the jar, and they come out.
    expect(await countJar()).toBe(5);
    expect(await pullFromJar()).not.toBeNull();
  });

  it('keeps a setting changed here after the version 1 backup was made', async () => {
    await writeSetting('weeklyRhythm', 6, Date.UTC(2026, 10, 29));
    await applyImport(await read(versionOne));
    expect(await readSettings()).toMatchObject({ dayStartsAtHour: 5, weeklyRhythm: 6 });
  });

  it('brings in the same version 1 backup twice without adding anything the second time', async () => {
    await applyImport(await read(versionOne));
    const file = await read(versionOne);
    expect(await previewImport(file)).toMatchObject({ changes: 0 });
    expect(await applyImport(file)).toBe(0);
  });
});

describe('settings in a backup', () => {
  it('takes each setting from whichever copy was changed last', async () => {
    const day = (n: number) => Date.UTC(2026, 10, n);
    await writeSetting('dayStartsAtHour', 6, day(1));
    await writeSetting('weeklyRhythm', 2, day(5));
    const file = await read(await exportNow());
    file.data.settings = { dayStartsAtHour: 3, weeklyRhythm: 4, changedAt: { dayStartsAtHour: day(2), weeklyRhythm: day(4) } };
    await applyImport(file);
    expect(await readSettings()).toMatchObject({ dayStartsAtHour: 3, weeklyRhythm: 2 });
  });

  it('counts a newer setting as something to bring in, even when every row is already here', async () => {
    await addWin({ text: 'Stretched', day: '2026-11-25' });
    const file = await read(await exportNow());
    file.data.settings = { ...file.data.settings, dayStartsAtHour: 7, changedAt: { ...file.data.settings.changedAt, dayStartsAtHour: Date.now() } };
    expect(await previewImport(file)).toMatchObject({ alreadyHere: 1, changes: 1 });
  });

  it('never takes a setting the person did not change where the backup was made', async () => {
    await writeSetting('dayStartsAtHour', 6);
    const file = await read(await exportNow());
    file.data.settings = { ...file.data.settings, dayStartsAtHour: 4, changedAt: { dayStartsAtHour: null, weeklyRhythm: null } };
    await applyImport(file);
    expect((await readSettings()).dayStartsAtHour).toBe(6);
  });
});

describe('the jar’s round in a backup', () => {
  async function fillJar(count: number) {
    for (let index = 0; index < count; index += 1) await addWin({ text: `Win ${index}`, day: '2026-11-25' });
  }

  it('carries on the round on a new phone: what came out before stays out until the rest have', async () => {
    await fillJar(5);
    const pulled = [(await pullFromJar())!.id, (await pullFromJar())!.id];
    const text = await exportNow();
    await deleteEverything();
    await applyImport(await read(text));
    expect(new Set((await read(await exportNow())).data.jar.drawn)).toEqual(new Set(pulled));
    const next = new Set<string>();
    for (let index = 0; index < 3; index += 1) next.add((await pullFromJar())!.id);
    expect(next.size).toBe(3);
    for (const id of pulled) expect(next.has(id)).toBe(false);
  });

  it('keeps this phone’s round when a backup adds to a jar already here: what joins waits to come out', async () => {
    await fillJar(3);
    for (let index = 0; index < 3; index += 1) await pullFromJar();
    const elsewhere = await exportNow();
    await deleteEverything();
    await fillJar(2);
    const here = (await pullFromJar())!.id;
    await applyImport(await read(elsewhere));
    expect(await countJar()).toBe(5);
    const next = new Set<string>();
    for (let index = 0; index < 4; index += 1) next.add((await pullFromJar())!.id);
    expect(next.size).toBe(4);
    expect(next.has(here)).toBe(false);
  });
});

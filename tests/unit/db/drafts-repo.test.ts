import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/database';
import { addWin, listWinsForDay } from '@/db/repo/wins';
import { createDraftWriter, holdDraftWritesUntil } from '@/features/today/draft-writer';
import { clearDraft, readDraft, saveDraft } from '@/db/repo/drafts';
import { emptyDraft } from '@/domain/draft';

describe('drafts repository', () => {
  it('gives an empty draft when nothing was typed', async () => {
    expect(await readDraft()).toEqual(emptyDraft);
  });

  it('keeps the latest draft exactly, and forgets it once cleared', async () => {
    await saveDraft({ text: 'Half', why: '', tags: '', day: null, valueIds: [] });
    await saveDraft({ text: 'Half a thought 🌱\nsecond line', why: 'why', tags: 'rest', day: '2026-11-20', valueIds: ['v1'] });
    expect(await readDraft()).toEqual({ text: 'Half a thought 🌱\nsecond line', why: 'why', tags: 'rest', day: '2026-11-20', valueIds: ['v1'] });
    await clearDraft();
    expect(await readDraft()).toEqual(emptyDraft);
  });
});

describe('saving a win written in the composer', () => {
  const draft = { text: 'Watered the plants', why: '', tags: '', day: null, valueIds: [] };

  it('takes the stored draft away in the same step the win is stored', async () => {
    await saveDraft(draft);
    await addWin({ text: 'Watered the plants', day: '2026-11-25' }, Date.now(), { fromDraft: true });
    expect(await readDraft()).toEqual(emptyDraft);
    expect((await listWinsForDay('2026-11-25')).map((win) => win.text)).toEqual(['Watered the plants']);
  });

  it('keeps the draft when the win could not be stored', async () => {
    await saveDraft(draft);
    const duplicate = vi.spyOn(db.wins, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(addWin({ text: 'Watered the plants', day: '2026-11-25' }, Date.now(), { fromDraft: true })).rejects.toThrow();
    duplicate.mockRestore();
    expect(await readDraft()).toEqual(draft);
    expect(await listWinsForDay('2026-11-25')).toEqual([]);
  });

  it('leaves the draft alone for a win saved some other way (a quick pick)', async () => {
    await saveDraft(draft);
    await addWin({ text: 'Got out of bed', day: '2026-11-25' });
    expect(await readDraft()).toEqual(draft);
  });
});

describe('the draft writer', () => {
  it('does not clear the stored draft while the win it holds is still being saved', async () => {
    const draft = { text: 'Called my sister', why: '', tags: '', day: null, valueIds: [] };
    await saveDraft(draft);
    let finishSave: (value?: unknown) => void = () => undefined;
    holdDraftWritesUntil(new Promise((resolve) => (finishSave = resolve)));
    const writer = createDraftWriter();
    writer.write(emptyDraft);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await readDraft()).toEqual(draft);
    finishSave();
    await vi.waitFor(async () => expect(await readDraft()).toEqual(emptyDraft));
  });
});

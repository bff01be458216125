import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/database';
import { addWin, listWinsForDay } from '@/db/repo/wins';
import { createDraftWriter, holdDraftWritesUntil } from '@/features/today/draft-writer';
import { clearDraft, COMPOSER_KEY, readDraft, REFRAME_KEY, saveDraft } from '@/db/repo/drafts';
import { readReframeDraft, saveReframeDraft } from '@/db/repo/reframe-draft';
import { emptyReframeDraft } from '@/domain/reframe-draft';
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
    await addWin({ text: 'Watered the plants', day: '2026-11-25' }, Date.now(), { fromDraft: COMPOSER_KEY });
    expect(await readDraft()).toEqual(emptyDraft);
    expect((await listWinsForDay('2026-11-25')).map((win) => win.text)).toEqual(['Watered the plants']);
  });

  it('keeps the draft when the win could not be stored', async () => {
    await saveDraft(draft);
    const duplicate = vi.spyOn(db.wins, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(addWin({ text: 'Watered the plants', day: '2026-11-25' }, Date.now(), { fromDraft: COMPOSER_KEY })).rejects.toThrow();
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

describe('saving the win found in a hard day', () => {
  it('takes the reframe flow’s answers away with it, and leaves the composer’s draft alone', async () => {
    const answers = { ...emptyReframeDraft, step: 2 as const, hard: 'A heavy morning', anyway: 'I got up', win: 'I got up anyway', winFrom: 'I got up' };
    await saveReframeDraft(answers);
    await saveDraft({ text: 'Half a thought', why: '', tags: '', day: null, valueIds: [] });
    expect(await readReframeDraft()).toEqual(answers);
    await addWin({ text: 'I got up anyway', day: '2026-11-25' }, Date.now(), { fromDraft: REFRAME_KEY });
    expect(await readReframeDraft()).toEqual(emptyReframeDraft);
    expect((await readDraft()).text).toBe('Half a thought');
  });
});

import { describe, expect, it } from 'vitest';
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

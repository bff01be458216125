import { describe, expect, it } from 'vitest';
import { readSettings, writeSetting } from '@/db/repo/settings';
import { defaultSettings } from '@/domain/settings';

describe('settings repository', () => {
  it('gives the defaults before anything is changed', async () => {
    expect(await readSettings()).toEqual(defaultSettings);
  });

  it('keeps a changed setting and leaves the others at their defaults', async () => {
    await writeSetting('dayStartsAtHour', 6);
    expect(await readSettings()).toEqual({ ...defaultSettings, dayStartsAtHour: 6 });
  });
});

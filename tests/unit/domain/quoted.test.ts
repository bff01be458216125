import { describe, expect, it } from 'vitest';
import { quoted } from '@/domain/quoted';

describe('quoted, for naming a button after the win it acts on', () => {
  it('quotes a short win whole', () => {
    expect(quoted('Made tea')).toBe('“Made tea”');
  });

  it('cuts a long win at a word, so a screen reader reads only enough to tell it apart', () => {
    const long = 'Went for a walk round the park before breakfast, even though it rained and I nearly stayed in bed';
    const name = quoted(long);
    expect(name).toBe('“Went for a walk round the park before breakfast, even though…”');
    expect(Array.from(name).length).toBeLessThanOrEqual(63);
    expect(quoted(`${long}!`.replace('even though', 'even thoughtfully'))).toBe('“Went for a walk round the park before breakfast, even…”');
  });

  it('never splits an emoji in two', () => {
    const name = quoted('🌱'.repeat(100));
    expect(name).toBe(`“${'🌱'.repeat(60)}…”`);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

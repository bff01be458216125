import { describe, expect, it, vi } from 'vitest';
import { latestWriter } from '@/domain/latest-writer';

describe('writing a draft as it is typed', () => {
  it('while one write is under way, keeps only the latest of the changes made meanwhile', async () => {
    const written: string[] = [];
    let release: () => void = () => undefined;
    const writer = latestWriter(async (text: string) => {
      written.push(text);
      if (written.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    writer.write('W');
    await vi.waitFor(() => expect(written).toEqual(['W']));
    for (const text of ['Wa', 'Wal', 'Walk']) writer.write(text);
    release();
    await writer.idle();
    expect(written).toEqual(['W', 'Walk']);
  });

  it('carries on after a write that went wrong, so the next change is kept', async () => {
    const written: string[] = [];
    const writer = latestWriter((text: string) => {
      if (text === 'full') return Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'));
      written.push(text);
      return Promise.resolve();
    });
    writer.write('full');
    await writer.idle();
    writer.write('Walked');
    await writer.idle();
    expect(written).toEqual(['Walked']);
  });
});

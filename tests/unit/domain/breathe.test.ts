import { afterEach, describe, expect, it, vi } from 'vitest';
import { breatheEvery } from '@/domain/breathe';

describe('breathing in a long job', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('never waits in a worker, where nothing is painted, however long the job has run', async () => {
    vi.stubGlobal('document', undefined);
    vi.useFakeTimers();
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const breatheWhenDue = breatheEvery(30);
    let turns = 0;
    setTimeout(() => (turns += 1), 0);
    now = 1000;
    // Resolves without any timer run: the job goes straight on.
    await breatheWhenDue();
    expect(turns).toBe(0);
  });

  it('gives the page a turn once the budget of work has gone by, and not before', async () => {
    vi.useFakeTimers();
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const breatheWhenDue = breatheEvery(30);
    let turns = 0;
    // What the page would do in its turn: anything queued as a task runs before the job goes on.
    const queueTurn = () => setTimeout(() => (turns += 1), 0);

    queueTurn();
    now = 10;
    await breatheWhenDue();
    expect(turns).toBe(0);

    now = 31;
    const breathing = breatheWhenDue();
    await vi.runAllTimersAsync();
    await breathing;
    expect(turns).toBe(1);

    // The budget starts again from the breath.
    queueTurn();
    now = 50;
    await breatheWhenDue();
    expect(turns).toBe(1);
  });
});

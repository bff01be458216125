import { describe, expect, it } from 'vitest';
import { addToBag, emptyBag, removeFromBag, type BagState } from '@/domain/shuffle-bag';
import { drawFromBag, returnToBag } from '@/domain/shuffle-bag-draw';
import { memoryPositions } from '../../support/memory-bag';
import { seededRandom } from '../../support/seeded-random';

async function bagOf(ids: string[]) {
  const positions = memoryPositions();
  let state: BagState = emptyBag;
  for (const id of ids) state = await addToBag(state, positions, id);
  return { positions, state };
}

const slips = (count: number) => Array.from({ length: count }, (_, index) => `slip-${index}`);

async function drawMany(state: BagState, positions: ReturnType<typeof memoryPositions>, count: number, random: () => number) {
  const drawn: string[] = [];
  let current = state;
  for (let i = 0; i < count; i += 1) {
    const result = await drawFromBag(current, positions, random);
    if (result.id) drawn.push(result.id);
    current = result.state;
  }
  return { drawn, state: current };
}

// Chi-square critical values at p = 0.01: a statistic below them means "consistent with uniform".
const chiSquareCritical: Record<number, number> = { 9: 21.666, 4: 13.277, 3: 11.345 };

function chiSquare(counts: number[]): number {
  const total = counts.reduce((sum, count) => sum + count, 0);
  const expected = total / counts.length;
  return counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
}

describe('the shuffle bag', () => {
  it('draws uniformly among the slips not set aside, and a set-aside one only when nothing else is left', async () => {
    const random = seededRandom(7);
    const counts = new Map<string, number>();
    for (let round = 0; round < 2_000; round += 1) {
      const { positions, state } = await bagOf(slips(6));
      const { id } = await drawFromBag(state, positions, random, ['slip-1', 'slip-4']);
      counts.set(id ?? 'none', (counts.get(id ?? 'none') ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['slip-0', 'slip-2', 'slip-3', 'slip-5']);
    expect(chiSquare([...counts.values()])).toBeLessThan(chiSquareCritical[3]!);

    const { positions, state } = await bagOf(slips(2));
    expect((await drawFromBag(state, positions, random, ['slip-0', 'slip-1'])).id).toMatch(/^slip-[01]$/);
  });

  it('gives nothing from an empty jar', async () => {
    const { positions, state } = await bagOf([]);
    expect((await drawFromBag(state, positions)).id).toBeNull();
  });

  it('never repeats a slip until every slip has come out once', async () => {
    const ids = slips(12);
    const { positions, state } = await bagOf(ids);
    const random = seededRandom(7);
    const { drawn } = await drawMany(state, positions, 36, random);
    for (let round = 0; round < 3; round += 1) {
      expect(new Set(drawn.slice(round * 12, round * 12 + 12)).size).toBe(12);
    }
  });

  it('never gives the same slip twice in a row, even across rounds', async () => {
    const { positions, state } = await bagOf(slips(3));
    const { drawn } = await drawMany(state, positions, 300, seededRandom(11));
    for (let i = 1; i < drawn.length; i += 1) expect(drawn[i]).not.toBe(drawn[i - 1]);
  });

  it('gives the same single slip again when it is the only one', async () => {
    const { positions, state } = await bagOf(['only']);
    const { drawn } = await drawMany(state, positions, 3, Math.random);
    expect(drawn).toEqual(['only', 'only', 'only']);
  });

  it('picks uniformly: which slip comes first in a round passes a chi-square test', async () => {
    const counts = new Array<number>(10).fill(0);
    const random = seededRandom(2026);
    for (let trial = 0; trial < 5000; trial += 1) {
      const { positions, state } = await bagOf(slips(10));
      const { id } = await drawFromBag(state, positions, random);
      counts[Number(id?.split('-')[1])]! += 1;
    }
    expect(chiSquare(counts)).toBeLessThan(chiSquareCritical[9]!);
  });

  it('picks uniformly within a round: the slip drawn third passes a chi-square test', async () => {
    const counts = new Array<number>(5).fill(0);
    const random = seededRandom(99);
    for (let trial = 0; trial < 5000; trial += 1) {
      const { positions, state } = await bagOf(slips(5));
      const { drawn } = await drawMany(state, positions, 3, random);
      counts[Number(drawn[2]?.split('-')[1])]! += 1;
    }
    expect(chiSquare(counts)).toBeLessThan(chiSquareCritical[4]!);
  });

  it('takes a slip added mid-round into the same round, and loses none', async () => {
    const { positions, state } = await bagOf(slips(6));
    const random = seededRandom(5);
    const first = await drawMany(state, positions, 3, random);
    let current = await addToBag(first.state, positions, 'newcomer');
    positions.assertDense(7);
    const rest = await drawMany(current, positions, 4, random);
    current = rest.state;
    expect(new Set([...first.drawn, ...rest.drawn])).toEqual(new Set([...slips(6), 'newcomer']));
    expect(current.undrawn).toBe(0);
  });

  it('removes slips from either side of the round without breaking it', async () => {
    const { positions, state } = await bagOf(slips(8));
    const random = seededRandom(3);
    const first = await drawMany(state, positions, 3, random);
    const drawnOne = first.drawn[0]!;
    const waiting = slips(8).find((id) => !first.drawn.includes(id))!;
    let current = await removeFromBag(first.state, positions, drawnOne);
    current = await removeFromBag(current, positions, waiting);
    positions.assertDense(6);
    expect(current).toMatchObject({ size: 6, undrawn: 4 });
    const rest = await drawMany(current, positions, 4, random);
    expect(new Set(rest.drawn)).toEqual(new Set(slips(8).filter((id) => !first.drawn.includes(id) && id !== waiting)));
    expect(positions.ids()).not.toContain(drawnOne);
  });

  it('puts a drawn slip back so it can come out again this round', async () => {
    const { positions, state } = await bagOf(slips(4));
    const random = seededRandom(8);
    const first = await drawFromBag(state, positions, random);
    const back = await returnToBag(first.state, positions, first.id!);
    expect(back.undrawn).toBe(4);
    positions.assertDense(4);
  });

  it('survives any mix of draws, adds and removals with dense positions and every slip accounted for', async () => {
    const random = seededRandom(42);
    const { positions, state: start } = await bagOf(slips(20));
    let state = start;
    const inJar = new Set(slips(20));
    let drawnThisRound = new Set<string>();
    for (let step = 0; step < 2000; step += 1) {
      const roll = random();
      if (roll < 0.6) {
        const wasFresh = state.undrawn === 0;
        const result = await drawFromBag(state, positions, random);
        state = result.state;
        if (wasFresh) drawnThisRound = new Set();
        if (result.id) {
          expect(drawnThisRound.has(result.id)).toBe(false);
          drawnThisRound.add(result.id);
        }
      } else if (roll < 0.8) {
        const id = `added-${step}`;
        state = await addToBag(state, positions, id);
        inJar.add(id);
      } else if (inJar.size > 0) {
        const id = [...inJar][Math.floor(random() * inJar.size)]!;
        state = await removeFromBag(state, positions, id);
        inJar.delete(id);
        drawnThisRound.delete(id);
      }
      expect(state.size).toBe(inJar.size);
      expect(state.undrawn).toBeLessThanOrEqual(state.size);
    }
    positions.assertDense(inJar.size);
    expect(new Set(positions.ids())).toEqual(inJar);
  });
});

describe('jar filter keys', () => {
  it('turn a filter into a select value and back', async () => {
    const { filterFromKey, filterKey } = await import('@/domain/jar-filter');
    expect(filterFromKey(filterKey({ kind: 'tag', value: 'a:b' }))).toEqual({ kind: 'tag', value: 'a:b' });
    expect(filterFromKey(filterKey({ kind: 'value', value: 'id-1' }))).toEqual({ kind: 'value', value: 'id-1' });
    expect(filterFromKey('')).toBeNull();
    expect(filterFromKey('nonsense')).toBeNull();
  });
});

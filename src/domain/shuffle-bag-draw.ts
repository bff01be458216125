// Drawing from the Win Jar's shuffle bag and putting a slip back (shuffle-bag.ts explains the
// bag). Apart from adding and removing, which every save needs from the first screen, because
// only the jar's screens, loaded when opened, ever draw.
import { requireIdAt, swap, type BagPositions, type BagState } from './shuffle-bag';

/**
 * Picks a position in [0, undrawn), uniformly among those not in `excluded` (sorted, each below
 * `undrawn`); among all of them when every one is excluded.
 */
function pickPosition(undrawn: number, excluded: readonly number[], random: () => number): number {
  if (excluded.length === 0 || excluded.length >= undrawn) return Math.floor(random() * undrawn);
  let pick = Math.floor(random() * (undrawn - excluded.length));
  for (const position of excluded) if (pick >= position) pick += 1;
  return pick;
}

/**
 * Draws one slip: uniformly among those not yet drawn this round, never the one drawn last at
 * the start of a new round, and not one of `avoid` while any other is left to draw.
 */
export async function drawFromBag(
  state: BagState,
  positions: BagPositions,
  random: () => number = Math.random,
  avoid: readonly string[] = [],
): Promise<{ id: string | null; state: BagState }> {
  if (state.size === 0) return { id: null, state };
  const freshRound = state.undrawn === 0;
  const undrawn = freshRound ? state.size : state.undrawn;
  // Only at the start of a round can the slip just drawn still be waiting in the bag.
  const lastDrawn = freshRound && state.lastDrawnId ? [state.lastDrawnId] : [];
  const skipped = [...new Set([...lastDrawn, ...avoid])];
  // Most draws skip nothing: no reads for them, not even an empty wait.
  const found = skipped.length === 0 ? [] : await Promise.all(skipped.map((id) => positions.positionOf(id)));
  const excluded = found.filter((position): position is number => position !== undefined && position < undrawn).sort((a, b) => a - b);
  const position = pickPosition(undrawn, excluded, random);
  const boundary = undrawn - 1;
  // Both ends of the swap are read at once: a draw is on the way to the screen.
  const [id, boundaryId] = await Promise.all([requireIdAt(positions, position), requireIdAt(positions, boundary)]);
  if (position !== boundary) {
    await positions.place([
      { id, position: boundary },
      { id: boundaryId, position },
    ]);
  }
  return { id, state: { size: state.size, undrawn: boundary, lastDrawnId: id } };
}

/** Returns a drawn slip to the current round ("put it back"). */
export async function returnToBag(state: BagState, positions: BagPositions, id: string): Promise<BagState> {
  const position = await positions.positionOf(id);
  if (position === undefined || position < state.undrawn) return state;
  await swap(positions, position, state.undrawn);
  return { ...state, undrawn: state.undrawn + 1 };
}

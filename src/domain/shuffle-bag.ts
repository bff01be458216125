/**
 * The Win Jar's shuffle bag: every slip comes out once before any comes out
 * again, and never the same slip twice in a row.
 *
 * Slips hold dense positions 0..size-1. Positions below `undrawn` are still in
 * this round; the rest have come out. A draw picks a random position below
 * `undrawn` and swaps that slip to the boundary, so each draw, add or removal
 * touches at most three positions: O(log n) with an index on position, and no
 * step ever walks the whole jar. When every slip has come out, the boundary
 * simply resets to `size` and the next round begins with nothing rewritten.
 */
export interface BagState {
  size: number;
  undrawn: number;
  lastDrawnId: string | null;
}

export const emptyBag: BagState = { size: 0, undrawn: 0, lastDrawnId: null };

/** Where slips sit. The database provides one over an indexed table; tests use a Map. */
export interface BagPositions {
  idAt(position: number): Promise<string | undefined>;
  positionOf(id: string): Promise<number | undefined>;
  /** Puts each id at its position, together (the database keeps several positions per row). */
  place(moves: readonly { id: string; position: number }[]): Promise<void>;
  forget(id: string): Promise<void>;
}

async function requireIdAt(positions: BagPositions, position: number): Promise<string> {
  const id = await positions.idAt(position);
  if (id === undefined) throw new Error(`The jar has no slip at position ${position}; its positions are not dense.`);
  return id;
}

/** Swaps the slips at two positions. */
async function swap(positions: BagPositions, a: number, b: number): Promise<void> {
  if (a === b) return;
  const [idA, idB] = await Promise.all([requireIdAt(positions, a), requireIdAt(positions, b)]);
  await positions.place([
    { id: idA, position: b },
    { id: idB, position: a },
  ]);
}

/** Picks a position in [0, undrawn), skipping `excluded` when it lies there, uniformly among the rest. */
function pickPosition(undrawn: number, excluded: number | undefined, random: () => number): number {
  if (excluded === undefined || excluded >= undrawn || undrawn < 2) return Math.floor(random() * undrawn);
  const pick = Math.floor(random() * (undrawn - 1));
  return pick >= excluded ? pick + 1 : pick;
}

export async function drawFromBag(
  state: BagState,
  positions: BagPositions,
  random: () => number = Math.random,
): Promise<{ id: string | null; state: BagState }> {
  if (state.size === 0) return { id: null, state };
  const freshRound = state.undrawn === 0;
  const undrawn = freshRound ? state.size : state.undrawn;
  // Only at the start of a round can the slip just drawn still be waiting in the bag.
  const excluded = freshRound && state.lastDrawnId ? await positions.positionOf(state.lastDrawnId) : undefined;
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

/** A new slip joins the current round, so it can come out before the round ends. */
export async function addToBag(state: BagState, positions: BagPositions, id: string): Promise<BagState> {
  // The first slip already drawn moves to the end, and the new one takes its place in the round.
  const [already, firstDrawn] = await Promise.all([
    positions.positionOf(id),
    state.undrawn < state.size ? requireIdAt(positions, state.undrawn) : undefined,
  ]);
  if (already !== undefined) return state;
  const moves = firstDrawn === undefined ? [] : [{ id: firstDrawn, position: state.size }];
  await positions.place([...moves, { id, position: state.undrawn }]);
  return { ...state, size: state.size + 1, undrawn: state.undrawn + 1 };
}

/** Takes a slip out of the jar, closing the gap so positions stay dense. */
export async function removeFromBag(state: BagState, positions: BagPositions, id: string): Promise<BagState> {
  const position = await positions.positionOf(id);
  if (position === undefined) return state;
  let { undrawn } = state;
  let gap = position;
  if (gap < undrawn) {
    // Keep the round's slips together: the round's last slip fills the gap.
    await swap(positions, gap, undrawn - 1);
    gap = undrawn - 1;
    undrawn -= 1;
  }
  await swap(positions, gap, state.size - 1);
  await positions.forget(id);
  return { size: state.size - 1, undrawn, lastDrawnId: state.lastDrawnId === id ? null : state.lastDrawnId };
}

/** Returns a drawn slip to the current round ("put it back"). */
export async function returnToBag(state: BagState, positions: BagPositions, id: string): Promise<BagState> {
  const position = await positions.positionOf(id);
  if (position === undefined || position < state.undrawn) return state;
  await swap(positions, position, state.undrawn);
  return { ...state, undrawn: state.undrawn + 1 };
}

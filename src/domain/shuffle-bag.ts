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
 *
 * Drawing and putting back are in shuffle-bag-draw.ts: only the jar's own screens draw, while
 * saving a win (on Today, in the first download) adds to the bag.
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

export async function requireIdAt(positions: BagPositions, position: number): Promise<string> {
  const id = await positions.idAt(position);
  if (id === undefined) throw new Error(`The jar has no slip at position ${position}; its positions are not dense.`);
  return id;
}

/** Swaps the slips at two positions. */
export async function swap(positions: BagPositions, a: number, b: number): Promise<void> {
  if (a === b) return;
  const [idA, idB] = await Promise.all([requireIdAt(positions, a), requireIdAt(positions, b)]);
  await positions.place([
    { id: idA, position: b },
    { id: idB, position: a },
  ]);
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

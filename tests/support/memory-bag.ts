import type { BagPositions } from '@/domain/shuffle-bag';

/** The bag's positions in memory, with a check that they stay dense. */
export function memoryPositions(): BagPositions & { ids(): string[]; assertDense(size: number): void } {
  const byPosition = new Map<number, string>();
  const byId = new Map<string, number>();
  return {
    idAt: (position) => Promise.resolve(byPosition.get(position)),
    positionOf: (id) => Promise.resolve(byId.get(id)),
    place: (moves) => {
      for (const { id } of moves) {
        const old = byId.get(id);
        if (old !== undefined && byPosition.get(old) === id) byPosition.delete(old);
      }
      for (const { id, position } of moves) {
        byPosition.set(position, id);
        byId.set(id, position);
      }
      return Promise.resolve();
    },
    forget: (id) => {
      const old = byId.get(id);
      if (old !== undefined && byPosition.get(old) === id) byPosition.delete(old);
      byId.delete(id);
      return Promise.resolve();
    },
    ids: () => [...byId.keys()],
    assertDense(size) {
      const positions = [...byId.values()].sort((a, b) => a - b);
      const expected = Array.from({ length: size }, (_, index) => index);
      if (JSON.stringify(positions) !== JSON.stringify(expected)) {
        throw new Error(`positions are not dense: ${JSON.stringify(positions)}`);
      }
    },
  };
}

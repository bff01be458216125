import { winSearchWords } from '@/domain/search-text';
import type { Win } from '@/domain/win';

let sequence = 0;

/** A stored win with sensible defaults; override only what a test is about. */
export function makeWin(overrides: Partial<Win> = {}): Win {
  sequence += 1;
  const createdAt = overrides.createdAt ?? Date.UTC(2026, 10, 25, 20, 0, sequence);
  return {
    id: crypto.randomUUID(),
    text: `Win number ${sequence}`,
    why: '',
    tags: [],
    day: '2026-11-25',
    createdAt,
    updatedAt: createdAt,
    deletedAt: null,
    inJar: 1,
    favourite: 0,
    promptId: null,
    foundInStruggle: 0,
    struggle: '',
    struggleInJar: 0,
    valueIds: [],
    goalId: null,
    stepId: null,
    ...overrides,
    searchWords: winSearchWords({ text: overrides.text ?? `Win number ${sequence}`, why: overrides.why ?? '', tags: overrides.tags ?? [] }),
  };
}

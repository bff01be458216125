/** Said after a save. Warm, plain, never about doing more. */
export const kindWords: readonly string[] = [
  'That counts. It really does.',
  'Noticed and kept. Well done.',
  'A small step, and it mattered.',
  'You showed up for yourself there.',
  'Look at you, doing the hard thing.',
  'That took something. Be proud of it.',
  'One more piece of evidence that you are getting there.',
  'Gently done.',
  'Your effort is worth writing down.',
  'Kept safe in the jar.',
];

/** A kind word chosen at random, never the same as the one just shown. */
export function pickKindWord(previous: string | null, random: () => number = Math.random): string {
  const choices = kindWords.filter((word) => word !== previous);
  return choices[Math.floor(random() * choices.length)] ?? kindWords[0] ?? '';
}

/** A kind word chosen at random from `words`, never the same as the one just shown. */
export function pickKindWord(previous: string | null, words: readonly string[], random: () => number = Math.random): string {
  const choices = words.length > 1 ? words.filter((word) => word !== previous) : words;
  return choices[Math.floor(random() * choices.length)] ?? 'That counts.';
}

// A button named for the win it acts on ("Delete “Made tea”") tells a screen reader which of
// several it is. A win may run to thousands of characters, though, and a name that long is read
// in full every time focus lands on it: the start is enough to know which one.
const LONGEST = 60;

/** The text in curly quotes, cut short (at a word where one is near) when it runs long. */
export function quoted(text: string): string {
  const characters = Array.from(text);
  if (characters.length <= LONGEST) return `“${text}”`;
  const start = characters.slice(0, LONGEST).join('');
  // A word cut through is dropped, unless that would leave too little.
  const endsOnWord = /\s/.test(characters[LONGEST] ?? ' ');
  const lastSpace = start.search(/\s\S*$/);
  const cut = !endsOnWord && lastSpace > LONGEST / 2 ? start.slice(0, lastSpace) : start;
  return `“${cut.trimEnd()}…”`;
}

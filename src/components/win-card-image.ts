/** The characters of a word as a person sees them, so a cut never splits an emoji or an accent. */
function graphemes(word: string): string[] {
  if ('Segmenter' in Intl) return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(word)].map((part) => part.segment);
  return Array.from(word);
}

/**
 * Wraps text into lines no wider than `width`, at spaces where it can. A word longer than a
 * whole line (a link, a long name, a word typed without spaces) is cut where the line ends
 * instead of running off the card.
 */
export function wrapLines(measure: (text: string) => number, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (measure(next) <= width) {
        line = next;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      if (measure(word) <= width) {
        line = word;
        continue;
      }
      for (const character of graphemes(word)) {
        if (line && measure(line + character) > width) {
          lines.push(line);
          line = character;
        } else line += character;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** One line of the card, and whether it reads from the right (its paragraph's direction). */
export interface CardLine {
  text: string;
  rtl: boolean;
}

// Scripts written from right to left. The first letter of a paragraph decides its direction, as
// the app's own `unicode-bidi: plaintext` does on screen: an emoji or a number first decides nothing.
const rightToLeft = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

export function readsRightToLeft(paragraph: string): boolean {
  const first = /\p{L}/u.exec(paragraph)?.[0];
  return first !== undefined && rightToLeft.test(first);
}

/** The card's lines, paragraph by paragraph, each knowing which side it starts from. */
export function cardLines(measure: (text: string) => number, text: string, width: number): CardLine[] {
  return text.split('\n').flatMap((paragraph) => {
    const rtl = readsRightToLeft(paragraph);
    return wrapLines(measure, paragraph, width).map((line) => ({ text: line, rtl }));
  });
}

/** At most `count` lines, the last ending in an ellipsis when some were left out. */
function fitLines(measure: (text: string) => number, lines: CardLine[], count: number, width: number): CardLine[] {
  if (lines.length <= count) return lines;
  const kept = lines[count - 1] ?? { text: '', rtl: false };
  let last = kept.text;
  while (last && measure(`${last}…`) > width) last = graphemes(last).slice(0, -1).join('');
  return [...lines.slice(0, count - 1), { ...kept, text: `${last.trimEnd()}…` }];
}

/** A square card with one win on it, in the app's colours for the current theme, as a PNG. */
export async function drawWinCard(text: string, dark: boolean): Promise<Blob> {
  const size = 1080;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas here');
  const colours = dark
    ? { background: '#1d1a18', card: '#282421', text: '#f2ece6', accent: '#f0a27a', muted: '#c4b8ad' }
    : { background: '#fbf7f2', card: '#ffffff', text: '#2b2622', accent: '#a4471f', muted: '#5f564f' };
  context.fillStyle = colours.background;
  context.fillRect(0, 0, size, size);
  context.fillStyle = colours.card;
  context.beginPath();
  context.roundRect(80, 80, size - 160, size - 160, 40);
  context.fill();
  context.fillStyle = colours.accent;
  context.fillRect(80, 200, 12, size - 400);
  context.font = '600 40px system-ui, sans-serif';
  context.fillText('A small win', 140, 190);
  context.fillStyle = colours.text;
  const width = size - 300;
  // The first line sits just under "A small win"; the last stays clear of "Small Wins" below.
  const regionTop = 236;
  const top = (fontSize: number) => regionTop + fontSize;
  const lastBaseline = size - 200;
  const linesThatFit = (fontSize: number) => Math.floor((lastBaseline - top(fontSize)) / (fontSize * 1.3)) + 1;
  const measure = (line: string) => context.measureText(line).width;
  // A short win is large and sits in the middle of the card, not small at its top.
  let fontSize = 84;
  const layOut = () => {
    context.font = `${fontSize}px system-ui, sans-serif`;
    return cardLines(measure, text, width);
  };
  let lines = layOut();
  // Shrink long wins until they fit the card.
  while (lines.length > linesThatFit(fontSize) && fontSize > 28) {
    fontSize -= 4;
    lines = layOut();
  }
  // Even at the smallest size a very long win can be too much for one card: it ends in "…".
  lines = fitLines(measure, lines, linesThatFit(fontSize), width);
  const block = fontSize + (lines.length - 1) * fontSize * 1.3;
  const firstBaseline = top(fontSize) + Math.max(0, (lastBaseline - regionTop - block) / 2);
  lines.forEach((line, index) => {
    // Hebrew or Arabic starts at the right margin and reads leftwards, as it does in the app.
    context.direction = line.rtl ? 'rtl' : 'ltr';
    context.fillText(line.text, line.rtl ? 140 + width : 140, firstBaseline + index * fontSize * 1.3);
  });
  context.direction = 'ltr';
  context.fillStyle = colours.muted;
  context.font = '36px system-ui, sans-serif';
  context.fillText('Small Wins', 140, size - 130);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No image'))), 'image/png'),
  );
}

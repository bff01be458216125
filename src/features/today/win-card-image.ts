/** Wraps text into lines that fit `width` on the canvas. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (context.measureText(next).width > width && line) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
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
  let fontSize = 64;
  let lines: string[] = [];
  // Shrink long wins until they fit the card.
  for (; fontSize >= 28; fontSize -= 4) {
    context.font = `${fontSize}px system-ui, sans-serif`;
    lines = wrap(context, text, size - 300);
    if (lines.length * fontSize * 1.3 < size - 420) break;
  }
  lines.forEach((line, index) => context.fillText(line, 140, 300 + index * fontSize * 1.3));
  context.fillStyle = colours.muted;
  context.font = '36px system-ui, sans-serif';
  context.fillText('Small Wins', 140, size - 130);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No image'))), 'image/png'),
  );
}

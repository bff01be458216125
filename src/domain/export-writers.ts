import { breatheEvery, WORK_PER_BREATH_MS } from './breathe';
import { dayHeading } from './day';
import type { ExportFile, ExportedWin } from './export-format';

const CHUNK = 2000;

/**
 * The export as JSON text in pieces, a chunk of rows at a time with a pause between, so a
 * long history never blocks the page; a Blob takes the pieces without joining them.
 */
export async function exportJsonParts(file: ExportFile): Promise<string[]> {
  const { data, ...head } = file;
  const parts: string[] = [`${JSON.stringify(head).slice(0, -1)},"data":{`];
  const tables = Object.entries(data);
  const breatheWhenDue = breatheEvery(WORK_PER_BREATH_MS);
  for (const [tableIndex, [name, rows]] of tables.entries()) {
    if (!Array.isArray(rows)) {
      parts.push(`${JSON.stringify(name)}:${JSON.stringify(rows)}`);
    } else {
      parts.push(`${JSON.stringify(name)}:[`);
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = JSON.stringify(rows.slice(start, start + CHUNK)).slice(1, -1);
        parts.push(start === 0 ? chunk : `,${chunk}`);
        await breatheWhenDue();
      }
      parts.push(']');
    }
    if (tableIndex < tables.length - 1) parts.push(',');
  }
  parts.push('}}');
  return parts;
}

// Days are yyyy-MM-dd, so plain comparison orders them; localeCompare took most of a long task.
const journalOrder = (a: ExportedWin, b: ExportedWin) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.createdAt - b.createdAt);

/** The kept wins, oldest first, handed over a chunk at a time with a breath between, as text pieces. */
async function piecesByWin(file: ExportFile, head: string, piece: (win: ExportedWin) => string): Promise<string[]> {
  const wins = file.data.wins.filter((win) => win.deletedAt === null).sort(journalOrder);
  const parts = [head];
  const breatheWhenDue = breatheEvery(WORK_PER_BREATH_MS);
  for (let start = 0; start < wins.length; start += CHUNK) {
    parts.push(wins.slice(start, start + CHUNK).map(piece).join(''));
    await breatheWhenDue();
  }
  return parts;
}

const valueNames = (file: ExportFile) => new Map(file.data.values.map((value) => [value.id, value.text]));

/**
 * A win's words as Markdown that shows them as written: a tag-like "<" cannot become HTML in
 * a viewer that renders it, brackets cannot make a link or an image (which a viewer would fetch
 * from wherever it points), asterisks, underscores and backticks stay themselves instead of
 * emphasis or code, and a line of its own starting like a heading, quote, list or code fence
 * stays a line of the win. Backslash escapes, so the file still reads plainly as text.
 */
function markdownText(text: string): string {
  return (
    text
      // A backslash of the win's own first, so it cannot undo the escapes that follow.
      .replace(/\\/g, '\\\\')
      .replace(/[<[\]*_`]/g, '\\$&')
      // Headings, quotes, lists, code fences (``` or ~~~, which would swallow the rest of the
      // journal) and a line of = under another, which would make that one a heading.
      .replace(/^(\s*)([#>+=~-])/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
  );
}

/** The journal's first line, which also tells it apart when it is picked to bring in (own-file-kind.ts). */
export const JOURNAL_TITLE = '# Small Wins';

/** A readable journal: one heading per day, oldest first, each win with why it mattered. */
export function exportMarkdown(file: ExportFile, today: string): Promise<string[]> {
  const values = valueNames(file);
  let day = '';
  return piecesByWin(file, `${JOURNAL_TITLE}\n\nExported ${file.exportedAt.slice(0, 10)}.\n\n`, (win) => {
    const lines: string[] = [];
    if (win.day !== day) {
      // A blank line closes the day before's list.
      lines.push(...(day === '' ? [] : ['']), `## ${dayHeading(win.day, today)}`, '');
      day = win.day;
    }
    lines.push(`- ${markdownText(win.text).replace(/\n/g, '\n  ')}`);
    if (win.why) lines.push(`  - Why it mattered: ${markdownText(win.why.replace(/\n/g, ' '))}`);
    const labels = [...win.tags.map((tag) => `#${tag}`), ...win.valueIds.map((id) => values.get(id) ?? '').filter(Boolean)];
    if (labels.length > 0) lines.push(`  - ${labels.join(', ')}`);
    return `${lines.join('\n')}\n`;
  });
}

/** A CSV cell: quoted, quotes doubled, and never read as a formula by a spreadsheet. */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The spreadsheet's columns, its first row, which also tells it apart when it is picked to bring in. */
export const CSV_COLUMNS = ['day', 'written_at', 'win', 'why_it_mattered', 'tags', 'values', 'kept_close', 'found_in_a_hard_day', 'in_jar'];

/** One row per win, for a spreadsheet. */
export function exportCsv(file: ExportFile): Promise<string[]> {
  const values = valueNames(file);
  const row = (win: ExportedWin) =>
    [
      win.day,
      new Date(win.createdAt).toISOString(),
      win.text,
      win.why,
      win.tags.join('; '),
      win.valueIds.map((id) => values.get(id) ?? '').join('; '),
      win.favourite,
      win.foundInStruggle,
      win.inJar,
    ]
      .map(cell)
      .join(',');
  // A byte order mark first: without it Excel reads the file in the computer's old code page,
  // and emoji, accents and Arabic or Hebrew come out garbled. Other spreadsheets skip it.
  return piecesByWin(file, `\ufeff${CSV_COLUMNS.map(cell).join(',')}\r\n`, (win) => `${row(win)}\r\n`);
}

/** New wins without a backup that earn a gentle nudge, as 30 days without one do. */
export const NUDGE_AFTER_NEW_WINS = 100;

/** When to nudge about a backup: 30 days, or 100 new wins, without one. */
export function needsBackupNudge(daysSinceBackup: number | null, newWinsSinceBackup: number): boolean {
  return (daysSinceBackup !== null && daysSinceBackup >= 30) || newWinsSinceBackup >= NUDGE_AFTER_NEW_WINS;
}

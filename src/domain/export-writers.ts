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

const journalOrder = (a: ExportedWin, b: ExportedWin) => a.day.localeCompare(b.day) || a.createdAt - b.createdAt;

/** A readable journal: one heading per day, oldest first, each win with why it mattered. */
export function exportMarkdown(file: ExportFile, today: string): string {
  const values = new Map(file.data.values.map((value) => [value.id, value.text]));
  const wins = file.data.wins.filter((win) => win.deletedAt === null).sort(journalOrder);
  const lines = ['# Small Wins', '', `Exported ${file.exportedAt.slice(0, 10)}.`, ''];
  let day = '';
  for (const win of wins) {
    if (win.day !== day) {
      day = win.day;
      lines.push(`## ${dayHeading(day, today)}`, '');
    }
    lines.push(`- ${win.text.replace(/\n/g, '\n  ')}`);
    if (win.why) lines.push(`  - Why it mattered: ${win.why.replace(/\n/g, ' ')}`);
    const labels = [...win.tags.map((tag) => `#${tag}`), ...win.valueIds.map((id) => values.get(id) ?? '').filter(Boolean)];
    if (labels.length > 0) lines.push(`  - ${labels.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A CSV cell: quoted, quotes doubled, and never read as a formula by a spreadsheet. */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** One row per win, for a spreadsheet. */
export function exportCsv(file: ExportFile): string {
  const values = new Map(file.data.values.map((value) => [value.id, value.text]));
  const header = ['day', 'written_at', 'win', 'why_it_mattered', 'tags', 'values', 'kept_close', 'found_in_a_hard_day', 'in_jar'];
  const rows = file.data.wins
    .filter((win) => win.deletedAt === null)
    .sort(journalOrder)
    .map((win) =>
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
        .join(','),
    );
  return `${[header.map(cell).join(','), ...rows].join('\r\n')}\r\n`;
}

/** New wins without a backup that earn a gentle nudge, as 30 days without one do. */
export const NUDGE_AFTER_NEW_WINS = 100;

/** When to nudge about a backup: 30 days, or 100 new wins, without one. */
export function needsBackupNudge(daysSinceBackup: number | null, newWinsSinceBackup: number): boolean {
  return (daysSinceBackup !== null && daysSinceBackup >= 30) || newWinsSinceBackup >= NUDGE_AFTER_NEW_WINS;
}

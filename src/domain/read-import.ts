import { breathe, breatheEvery, WORK_PER_BREATH_MS } from './breathe';
import * as v from 'valibot';
import { EXPORT_FORMAT, EXPORT_VERSION, exportTables, type ExportFile } from './export-format';
import { envelopeSchema, rowSchemas } from './import-schema';
import { describeImportIssue } from './import-issue-words';
import { HEAD_CHARS, namesExportFormat, ownFileKind } from './own-file-kind';
import { OLDEST_READABLE_VERSION, upgradeExport } from './upgrade-export';

export type ImportProblem =
  | 'too-large'
  | 'empty'
  | 'our-journal'
  | 'our-spreadsheet'
  | 'not-json'
  | 'cut-short'
  | 'unsafe-keys'
  | 'not-ours'
  | 'newer-version'
  | 'invalid'
  | 'duplicate-ids';

export type ImportReading = { ok: true; file: ExportFile } | { ok: false; problem: ImportProblem; detail?: string | undefined };

/**
 * Far above years of daily wins (100,000 wins make some 37 MB), and low enough that a hostile
 * file cannot exhaust a phone's memory. Counted in characters once read, and first in bytes.
 */
export const IMPORT_MAX_BYTES = 128 * 1024 * 1024;
const CHUNK = 2000;

// Above this size a file is parsed only if it names one of our formats near one end or the
// other, as every backup does in its first line: parsing 50 MB of someone else's JSON is a long
// task, only to learn it is not ours.
const LOOK_BEFORE_PARSING = 1024 * 1024;

/**
 * Reads an export file without trusting it: size, not empty, not our journal or spreadsheet,
 * JSON (or a backup cut short), no prototype keys, our format, a version this app knows, every
 * row against its schema (a chunk at a time), unique ids.
 */
export async function readImport(text: string, onProgress?: (fraction: number) => void): Promise<ImportReading> {
  if (text.length > IMPORT_MAX_BYTES) return { ok: false, problem: 'too-large' };
  if (text.trimStart() === '') return { ok: false, problem: 'empty' };
  // Our own journal and spreadsheet are often picked by mistake: their names start the same way.
  const kind = ownFileKind(text);
  if (kind === 'journal') return { ok: false, problem: 'our-journal' };
  if (kind === 'spreadsheet') return { ok: false, problem: 'our-spreadsheet' };
  const ours = kind !== null || namesExportFormat(text.slice(-HEAD_CHARS));
  if (text.length > LOOK_BEFORE_PARSING && !ours) return { ok: false, problem: /^\s*[[{]/.test(text) ? 'not-ours' : 'not-json' };
  // Keys only ever appear unescaped; inside a string every quote is escaped. A scan finds a
  // prototype key far faster than a JSON.parse reviver, which slows parsing tenfold.
  if (/(?<!\\)"(__proto__|constructor|prototype)"\s*:/.test(text)) return { ok: false, problem: 'unsafe-keys' };
  // The scan and the parse each take a good part of 200 ms on a big file: not in one task.
  await breathe();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // A backup, plain or sealed, from its first line, but not whole: a download or a copy that
    // stopped part-way. (A whole sealed file never comes here: it is opened first.)
    return { ok: false, problem: kind === null ? 'not-json' : 'cut-short' };
  }
  const head = parsed as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || Array.isArray(head) || head.format !== EXPORT_FORMAT) return { ok: false, problem: 'not-ours' };
  const { version } = head;
  if (typeof version === 'number' && version > EXPORT_VERSION) return { ok: false, problem: 'newer-version' };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_READABLE_VERSION) {
    return { ok: false, problem: 'invalid', detail: `the file’s version number is ${version === undefined ? 'missing' : JSON.stringify(version)}, which no Small Wins has ever written` };
  }
  upgradeExport(parsed as Record<string, unknown> & { version: number });

  const envelope = v.safeParse(envelopeSchema, parsed);
  if (!envelope.success) {
    return { ok: false, problem: 'invalid', detail: describeImportIssue('file', -1, envelope.issues[0]) };
  }

  const data = envelope.output.data;
  const total = exportTables.reduce((sum, table) => sum + data[table].length, 0);
  let checked = 0;
  const breatheWhenDue = breatheEvery(WORK_PER_BREATH_MS);
  for (const table of exportTables) {
    const rows = data[table];
    const seen = new Set<string>();
    for (let start = 0; start < rows.length; start += CHUNK) {
      for (let index = start; index < Math.min(rows.length, start + CHUNK); index += 1) {
        const result = v.safeParse(rowSchemas[table], rows[index]);
        if (!result.success) {
          return { ok: false, problem: 'invalid', detail: describeImportIssue(table, index, result.issues[0]) };
        }
        if (seen.has(result.output.id)) return { ok: false, problem: 'duplicate-ids', detail: `${table}: ${result.output.id}` };
        seen.add(result.output.id);
      }
      checked += Math.min(CHUNK, rows.length - start);
      onProgress?.(total === 0 ? 1 : checked / total);
      await breatheWhenDue();
    }
  }
  // Every row has now passed its schema, so the whole file has the exported shape.
  return { ok: true, file: envelope.output as unknown as ExportFile };
}

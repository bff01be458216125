import type * as v from 'valibot';
import { exportTables, type ExportTable } from './export-format';

// A refusal names the row, the field and what is wrong, in everyday words, as a clause the
// import screen puts into its sentence: "win 4’s kept-close mark is 2, where 0 or 1 belongs".

/** What one row of each table is called on screen. */
export const rowNames: Record<ExportTable, string> = {
  wins: 'win',
  slips: 'jar slip',
  quickPicks: 'quick pick',
  prompts: 'prompt',
  affirmations: 'kind word',
  values: 'value',
  goals: 'goal',
  goalSteps: 'goal step',
};

const fieldNames: Record<string, string> = {
  text: 'text',
  title: 'title',
  why: '“why it mattered”',
  tags: 'tag list',
  day: 'day',
  createdAt: 'creation date',
  updatedAt: 'last-changed date',
  deletedAt: 'deletion date',
  doneAt: 'done date',
  inJar: 'in-the-jar mark',
  favourite: 'kept-close mark',
  foundInStruggle: 'hard-day mark',
  struggle: 'hard-day note',
  struggleInJar: 'hard-day jar mark',
  promptId: 'prompt link',
  valueIds: 'list of values',
  goalId: 'goal link',
  stepId: 'goal step link',
  winId: 'win link',
  hidden: 'hidden mark',
  builtIn: 'built-in mark',
  order: 'place in its list',
  format: 'format name',
  version: 'version number',
  exportedAt: 'saved-on date',
  data: 'data section',
  'data.settings': 'settings section',
  'data.settings.dayStartsAtHour': 'hour the day starts',
  'data.settings.weeklyRhythm': 'weekly rhythm',
  'data.settings.changedAt': 'record of when settings changed',
  'data.settings.changedAt.dayStartsAtHour': 'date the day’s start was changed',
  'data.settings.changedAt.weeklyRhythm': 'date the weekly rhythm was changed',
  'data.jar': 'jar section',
  'data.jar.drawn': 'list of slips out of the jar this round',
  'data.jar.lastDrawnId': 'last slip pulled',
};

/** Whether a name is one of the exported tables. */
export const isTable = (name: string): name is ExportTable => (exportTables as readonly string[]).includes(name);

function fieldName(keys: readonly string[]): string {
  const path = keys.join('.');
  const known = fieldNames[path];
  if (known) return known;
  const table = /^data\.(\w+)$/.exec(path)?.[1];
  if (table && isTable(table)) return `list of ${rowNames[table]}s`;
  const [list, index] = keys;
  if ((list === 'tags' || list === 'valueIds') && index !== undefined) return `${list === 'tags' ? 'tag' : 'value link'} ${String(Number(index) + 1)}`;
  return `“${path}”`;
}

/** A value as valibot prints it, kept short: a received string can be thousands of characters. */
function shown(value: string): string {
  if (value === 'Object') return 'a set of fields';
  if (value === 'Array') return 'a list';
  return value.length > 40 ? `${value.slice(0, 39)}…”` : value;
}

function expectedWords(expected: string | null): string {
  if (expected === null) return 'something else';
  if (expected === 'string') return 'text';
  if (expected === 'number') return 'a number';
  if (expected === 'Array') return 'a list';
  if (expected === 'Object') return 'a set of fields';
  const choices = /^\((.*)\)$/.exec(expected)?.[1]?.split(' | ');
  if (choices) return choices.length === 2 ? choices.join(' or ') : `one of ${choices.map((choice) => choice.replace(/"/g, '')).join(', ')}`;
  return expected;
}

/** What is wrong, as the rest of a sentence about `subject` and its `field`. */
function whatIsWrong(subject: string, field: string, issue: v.BaseIssue<unknown>): string {
  const of = `${subject}’s ${field}`;
  const { type, expected, received } = issue;
  if (type === 'strict_object' && expected === 'never') return `${subject} holds ${shown(received)}, which a Small Wins backup never has`;
  if (type === 'strict_object' && received === 'undefined') return `${subject} has no ${field}`;
  // The schemas' own checks carry messages that already read as words: "is an impossible date".
  if (issue.message.startsWith('is ')) return `${of} ${issue.message.replace('yyyy-MM-dd day', 'day written as year-month-day')}`;
  if (issue.kind === 'schema') return `${of} is ${shown(received)}, where ${expectedWords(expected)} belongs`;
  if (type === 'min_length') return `${of} is empty`;
  if (type === 'max_length') return `${of} is too long: ${received} where at most ${String(issue.requirement)} fit`;
  if (type === 'min_value') return `${of} is ${shown(received)}, less than ${String(issue.requirement)}`;
  if (type === 'max_value') return `${of} is ${shown(received)}, more than ${String(issue.requirement)}`;
  if (type === 'integer') return `${of} is ${shown(received)}, where a whole number belongs`;
  return `${of}: ${issue.message}`;
}

/**
 * The clause for a row (its `index` in `table`) or for the file around the rows (`'file'`)
 * that failed its schema: "win 1 has no day", "the file has no settings section".
 */
export function describeImportIssue(table: ExportTable | 'file', index: number, issue: v.BaseIssue<unknown>): string {
  const subject = table === 'file' ? 'the file' : `${rowNames[table]} ${String(index + 1)}`;
  const keys = (issue.path ?? []).map((step) => String(step.key));
  if (keys.length === 0) return table === 'file' ? `the file is ${shown(issue.received)}` : `${subject} is ${shown(issue.received)}, not a ${rowNames[table]}`;
  return whatIsWrong(subject, fieldName(keys), issue);
}

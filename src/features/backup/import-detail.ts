import { exportTables, type ExportTable } from '@/domain/export-format';

/**
 * readImport names what is wrong as "<table> <row>, <field>: <valibot's message>" (or "The
 * file, <field>: ..."), text meant for developers such as 'Invalid key: Expected "day" but
 * received undefined'. These turn it into plain words that still say which row, which field
 * and what is wrong. Anything not recognised is shown as it came rather than hidden.
 */

const rowNames: Record<ExportTable, string> = {
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
  id: 'id',
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
  theme: 'theme',
  status: 'status',
  format: 'format name',
  version: 'version number',
  exportedAt: 'saved-on date',
  data: 'data section',
  'data.settings': 'settings section',
  'data.settings.dayStartsAtHour': 'hour the day starts',
  'data.settings.weeklyRhythm': 'weekly rhythm',
};

function isTable(name: string): name is ExportTable {
  return (exportTables as readonly string[]).includes(name);
}

function fieldName(path: string): string {
  const known = fieldNames[path];
  if (known) return known;
  const table = /^data\.(\w+)$/.exec(path)?.[1];
  if (table && isTable(table)) return `list of ${rowNames[table]}s`;
  const item = /^(tags|valueIds)\.(\d+)$/.exec(path);
  if (item) return `${item[1] === 'tags' ? 'tag' : 'value link'} ${String(Number(item[2]) + 1)}`;
  return `“${path}”`;
}

/** A value as valibot printed it, kept short: a received string can be thousands of characters. */
function shown(value: string): string {
  if (value === 'Object') return 'a set of fields';
  if (value === 'Array') return 'a list';
  return value.length > 40 ? `${value.slice(0, 39)}…”` : value;
}

function expectedWords(expected: string): string {
  if (expected === 'string') return 'text';
  if (expected === 'number') return 'a number';
  if (expected === 'Array') return 'a list';
  if (expected === 'Object') return 'a set of fields';
  const choices = /^\((.*)\)$/.exec(expected)?.[1]?.split(' | ');
  if (choices) return choices.length === 2 ? choices.join(' or ') : `one of ${choices.map((choice) => choice.replace(/"/g, '')).join(', ')}`;
  return expected;
}

/** What is wrong with the field, as the rest of a sentence that starts with the field. */
function whatIsWrong(subject: string, field: string, message: string): string {
  const of = `${subject}’s ${field}`;
  let match: RegExpExecArray | null;
  if ((match = /^Invalid key: Expected never but received (.*)$/.exec(message))) {
    return `${subject} holds ${shown(match[1] ?? '')}, which a Small Wins backup never has`;
  }
  if (/^Invalid key: Expected .* but received undefined$/.test(message)) return `${subject} has no ${field}`;
  if ((match = /^Invalid type: Expected (.*) but received (.*)$/.exec(message))) {
    return `${of} is ${shown(match[2] ?? '')}, where ${expectedWords(match[1] ?? '')} belongs`;
  }
  if ((match = /^Invalid length: Expected >=1 but received 0$/.exec(message))) return `${of} is empty`;
  if ((match = /^Invalid length: Expected <=(\d+) but received (\d+)$/.exec(message))) {
    return `${of} is too long: ${match[2] ?? ''} where at most ${match[1] ?? ''} fit`;
  }
  if ((match = /^Invalid value: Expected ([<>])=(-?[\d.]+) but received (.*)$/.exec(message))) {
    return `${of} is ${shown(match[3] ?? '')}, ${match[1] === '<' ? 'more' : 'less'} than ${match[2] ?? ''}`;
  }
  if ((match = /^Invalid integer: Received (.*)$/.exec(message))) return `${of} is ${shown(match[1] ?? '')}, where a whole number belongs`;
  // The schemas' own messages already read as plain words: "is an impossible date", "is empty".
  if (message.startsWith('is ')) return `${of} ${message.replace('yyyy-MM-dd day', 'day written as year-month-day')}`;
  return `${of}: ${message}`;
}

/** readImport's detail for an 'invalid' file, as a clause: "win 2 has no day". */
export function plainInvalidDetail(detail: string): string {
  const match = /^(?:The file|(\w+) (\d+))(?:, ([^:]+))?: (.*)$/s.exec(detail);
  if (!match) return detail;
  const [, table, row, path, message = ''] = match;
  if (table !== undefined && !isTable(table)) return detail;
  const rowName = table === undefined ? undefined : rowNames[table];
  const subject = rowName === undefined ? 'the file' : `${rowName} ${row ?? ''}`;
  if (path === undefined) {
    const received = /but received (.*)$/.exec(message)?.[1];
    return rowName && received ? `${subject} is ${shown(received)}, not a ${rowName}` : `${subject}: ${message}`;
  }
  return whatIsWrong(subject, fieldName(path), message);
}

/** readImport's detail for 'duplicate-ids', "<table>: <id>", as the kind of row listed twice. */
export function duplicatedRow(detail: string | undefined): string {
  const table = detail?.split(':')[0] ?? '';
  return isTable(table) ? rowNames[table] : 'entry';
}

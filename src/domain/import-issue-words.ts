import type * as v from 'valibot';
import type { ExportTable } from './export-format';

/** What one row of each table is called on screen, so a refusal can name the row. */
const rowNames: Record<ExportTable, string> = {
  wins: 'Win',
  slips: 'Jar slip',
  quickPicks: 'Quick pick',
  prompts: 'Prompt',
  affirmations: 'Kind word',
  values: 'Value',
  goals: 'Goal',
  goalSteps: 'Goal step',
};

/** valibot's names for what it expected, in everyday words. */
function expectedInWords(expected: string | null): string {
  if (expected === null) return 'something else';
  if (expected === 'string') return 'text';
  if (expected === 'number') return 'a number';
  if (expected === 'Array') return 'a list';
  if (expected === 'Object') return 'a group of fields';
  if (/^\(?-?\d+( \| -?\d+)*\)?$/.test(expected)) return `one of ${expected.replace(/[()]/g, '').split(' | ').join(', ')}`;
  if (/^\(?".*"\)?$/.test(expected)) return `one of ${expected.replace(/[()]/g, '').split(' | ').join(', ')}`;
  if (/\| null/.test(expected)) return `${expectedInWords(expected.replace(/ ?\| null/, '').replace(/[()]/g, ''))} or nothing`;
  return expected;
}

/** What is wrong with one field, in words: our own messages already read that way. */
function problemInWords(issue: v.BaseIssue<unknown>): string {
  // Our own checks carry messages written as words ("is an impossible date").
  if (issue.kind === 'validation' && !issue.message.startsWith('Invalid ')) return issue.message;
  switch (issue.type) {
    case 'strict_object':
      return issue.expected === 'never' ? 'is a field a Small Wins backup never has' : 'is missing';
    case 'min_length':
      return 'is empty';
    case 'max_length':
      return `has more than ${issue.requirement as number} entries`;
    case 'integer':
      return 'is not a whole number';
    case 'min_value':
    case 'max_value':
      return 'is out of range';
    case 'literal':
    case 'picklist':
      return `is ${issue.received}, where ${expectedInWords(issue.expected)} belongs`;
    default:
      if (issue.kind === 'schema') return `needs to be ${expectedInWords(issue.expected)}, not ${issue.received}`;
      return issue.message;
  }
}

/**
 * A refusal that names the row and the field: "Win 3: “day” is missing." `index` is the row's
 * place in its table, or -1 for the file around the rows.
 */
export function describeImportIssue(table: ExportTable | 'file', index: number, issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((step) => String(step.key));
  const where = table === 'file' ? 'The file' : `${rowNames[table]} ${index + 1}`;
  // A missing field is reported on the row, with the field's name as what was expected.
  const missing = issue.type === 'strict_object' && issue.received === 'undefined';
  const field = keys.length > 0 ? `“${keys.join(' › ')}”` : missing ? `“${issue.expected?.replace(/"/g, '') ?? ''}”` : '';
  if (issue.type === 'strict_object' && issue.expected === 'never') return `${where}: ${field} is a field a Small Wins backup never has.`;
  return `${where}: ${field ? `${field} ` : ''}${problemInWords(issue)}.`;
}

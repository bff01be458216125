import * as v from 'valibot';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-format';
import { TAG_MAX_LENGTH, TAGS_MAX } from './tags';
import { WIN_TEXT_MAX } from './win';

// The earliest moment a row can honestly carry, and a day's grace for clocks running ahead.
const EARLIEST = Date.UTC(2000, 0, 1);
const latest = () => Date.now() + 24 * 60 * 60 * 1000;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const text = v.pipe(v.string(), v.maxLength(WIN_TEXT_MAX, `is longer than ${WIN_TEXT_MAX} characters`));
const words = v.pipe(text, v.check((value) => value.trim().length > 0, 'is empty'));
// What was hard had no limit when saved until 2026-12-01, so a note written before then may be
// longer than a win: a backup holding one must still come back. New ones are held to a win's.
const OLD_NOTE_MAX = 50_000;
const note = v.pipe(v.string(), v.maxLength(OLD_NOTE_MAX, `is longer than ${OLD_NOTE_MAX.toLocaleString('en')} characters`));
const flag = v.picklist([0, 1]);
const moment = v.pipe(
  v.number(),
  v.integer(),
  v.check((value) => value >= EARLIEST && value <= latest(), 'is an impossible date'),
);
// Days found possible: a backup holds about a dozen wins a day, and a day possible once stays
// possible (the latest allowed only moves on), so each distinct day makes its Date only once.
const possibleDays = new Set<string>();
const day = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a yyyy-MM-dd day'),
  v.check((value) => {
    if (possibleDays.has(value)) return true;
    const parsed = new Date(`${value}T12:00:00Z`);
    const possible = !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value && parsed.getTime() <= latest();
    if (possible) possibleDays.add(value);
    return possible;
  }, 'is an impossible date'),
);
const tags = v.pipe(v.array(v.pipe(v.string(), v.maxLength(TAG_MAX_LENGTH))), v.maxLength(TAGS_MAX));
const ids = v.pipe(v.array(id), v.maxLength(100));

const win = v.strictObject({
  id,
  text: words,
  why: text,
  tags,
  day,
  createdAt: moment,
  updatedAt: moment,
  deletedAt: v.nullable(moment),
  inJar: flag,
  favourite: flag,
  promptId: v.nullable(id),
  foundInStruggle: flag,
  struggle: note,
  struggleInJar: flag,
  valueIds: ids,
  goalId: v.nullable(id),
  stepId: v.nullable(id),
});

const slip = v.strictObject({
  id,
  text: words,
  why: text,
  tags,
  createdAt: moment,
  updatedAt: moment,
  deletedAt: v.nullable(moment),
  favourite: flag,
});

const listRow = {
  id,
  text: words,
  hidden: flag,
  builtIn: flag,
  order: v.pipe(v.number(), v.integer(), v.minValue(0)),
  createdAt: moment,
  updatedAt: moment,
};

const prompt = v.strictObject({
  ...listRow,
  theme: v.picklist(['pride', 'values', 'kindness', 'challenge', 'pause', 'connection', 'body', 'savouring', 'own']),
});

const goal = v.strictObject({
  id,
  title: words,
  status: v.picklist(['active', 'paused', 'archived']),
  order: v.pipe(v.number(), v.integer(), v.minValue(0)),
  createdAt: moment,
  updatedAt: moment,
});

const goalStep = v.strictObject({
  id,
  goalId: id,
  text: words,
  order: v.pipe(v.number(), v.integer(), v.minValue(0)),
  doneAt: v.nullable(moment),
  winId: v.nullable(id),
  createdAt: moment,
  updatedAt: moment,
});

/** Each table's row schema, so large files can be checked a chunk at a time. */
export const rowSchemas = {
  wins: win,
  slips: slip,
  quickPicks: v.strictObject(listRow),
  prompts: prompt,
  affirmations: v.strictObject(listRow),
  values: v.strictObject(listRow),
  goals: goal,
  goalSteps: goalStep,
};

const settings = v.strictObject({
  dayStartsAtHour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(12)),
  weeklyRhythm: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))),
  changedAt: v.strictObject({ dayStartsAtHour: v.nullable(moment), weeklyRhythm: v.nullable(moment) }),
});

// Only ever compared with the slips in the jar, so any id that is not one simply counts for nothing.
const jar = v.strictObject({ drawn: v.array(v.string()), lastDrawnId: v.nullable(v.string()) });

/** The file around the rows, once brought up to this version: its format, settings and jar, with each table an array. */
export const envelopeSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.string(),
  data: v.strictObject({
    wins: v.array(v.unknown()),
    slips: v.array(v.unknown()),
    quickPicks: v.array(v.unknown()),
    prompts: v.array(v.unknown()),
    affirmations: v.array(v.unknown()),
    values: v.array(v.unknown()),
    goals: v.array(v.unknown()),
    goalSteps: v.array(v.unknown()),
    settings,
    jar,
  }),
});

const _exportFileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.string(),
  data: v.strictObject({
    wins: v.array(win),
    slips: v.array(slip),
    quickPicks: v.array(v.strictObject(listRow)),
    prompts: v.array(prompt),
    affirmations: v.array(v.strictObject(listRow)),
    values: v.array(v.strictObject(listRow)),
    goals: v.array(goal),
    goalSteps: v.array(goalStep),
    settings,
    jar,
  }),
});

// Compile-time check that the schemas and the written type agree.
type ParsedExportFile = v.InferOutput<typeof _exportFileSchema>;
export const schemasMatchExportType: ParsedExportFile extends ExportFile
  ? ExportFile extends ParsedExportFile
    ? true
    : never
  : never = true;

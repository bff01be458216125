import type { AffirmationRow } from './affirmations';
import type { Goal, GoalStep } from './goals';
import type { PromptRow } from './prompts';
import type { QuickPickRow } from './quick-picks';
import type { Slip } from './slip';
import type { PersonalValueRow } from './values';
import type { Win } from './win';

export const EXPORT_FORMAT = 'small-wins-export';
/** Bumped whenever the file's shape changes; every earlier version stays importable. */
export const EXPORT_VERSION = 1;

/** A win as exported: everything but the search words, which are rebuilt on import. */
export type ExportedWin = Omit<Win, 'searchWords'>;

export interface ExportedSettings {
  dayStartsAtHour: number;
  weeklyRhythm: number | null;
}

/** Everything the person has made, as one JSON file. Device-only state (drafts, the shuffle order) stays behind. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  data: {
    wins: ExportedWin[];
    slips: Slip[];
    quickPicks: QuickPickRow[];
    prompts: PromptRow[];
    affirmations: AffirmationRow[];
    values: PersonalValueRow[];
    goals: Goal[];
    goalSteps: GoalStep[];
    settings: ExportedSettings;
  };
}

export type ExportTable = Exclude<keyof ExportFile['data'], 'settings'>;

export const exportTables: readonly ExportTable[] = [
  'wins',
  'slips',
  'quickPicks',
  'prompts',
  'affirmations',
  'values',
  'goals',
  'goalSteps',
];

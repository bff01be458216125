import type { AffirmationRow } from './affirmations';
import type { Goal, GoalStep } from './goals';
import type { PromptRow } from './prompts';
import type { QuickPickRow } from './quick-picks';
import type { Slip } from './slip';
import type { PersonalValueRow } from './values';
import type { Win } from './win';

export const EXPORT_FORMAT = 'small-wins-export';
/**
 * Bumped whenever the file's shape changes; every earlier version stays importable through
 * the steps in upgrade-export.ts. Version 2 added when each setting was changed, and the jar's round.
 */
export const EXPORT_VERSION = 2;

/** A win as exported: everything but the search words, which are rebuilt on import. */
export type ExportedWin = Omit<Win, 'searchWords'>;

/** The settings that travel with a backup. */
export const travellingSettings = ['dayStartsAtHour', 'weeklyRhythm'] as const;
export type TravellingSetting = (typeof travellingSettings)[number];

export interface ExportedSettings {
  dayStartsAtHour: number;
  weeklyRhythm: number | null;
  /** When the person last changed each one (epoch ms), or null for a setting never changed. */
  changedAt: Record<TravellingSetting, number | null>;
}

/** Where the jar's round stands: which slips have come out since every slip was last back in. */
export interface ExportedJar {
  /** Ids of the wins and slips drawn in the current round; they wait until the round ends. */
  drawn: string[];
  lastDrawnId: string | null;
}

/** Everything the person has made, as one JSON file. Device-only state (drafts, the lock) stays behind. */
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
    jar: ExportedJar;
  };
}

export type ExportTable = Exclude<keyof ExportFile['data'], 'settings' | 'jar'>;

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

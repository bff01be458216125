import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Draft } from '@/domain/draft';
import type { AffirmationRow } from '@/domain/affirmations';
import type { Goal, GoalStep } from '@/domain/goals';
import type { PromptRow } from '@/domain/prompts';
import type { QuickPickRow } from '@/domain/quick-picks';
import type { ReframeDraft } from '@/domain/reframe-draft';
import type { BagState } from '@/domain/shuffle-bag';
import type { Slip } from '@/domain/slip';
import type { PersonalValueRow } from '@/domain/values';
import type { Win } from '@/domain/win';
import type { JarPageRow, JarWhereRow } from './jar-pages';
import { schemaVersions, searchPagesSince } from './schema';
import { searchPagesMiddleware, type SearchPageRow } from './search-pages';

export const DATABASE_NAME = 'small-wins';

export interface SettingRow {
  key: string;
  value: unknown;
  updatedAt: number;
}

export interface DraftRow extends Omit<Draft, 'valueIds'> {
  key: string;
  updatedAt: number;
  valueIds?: string[];
  /** On the reframe flow's row only (db/repo/reframe-draft.ts). */
  reframe?: ReframeDraft;
}



export interface JarStateRow extends BagState {
  key: 'jar';
}

/** The prompts shown on a day, in order; the last is the one on screen. */
export interface PromptDayRow {
  day: string;
  shown: string[];
}

export class SmallWinsDatabase extends Dexie {
  wins!: EntityTable<Win, 'id'>;
  settings!: Table<SettingRow, string>;
  drafts!: Table<DraftRow, string>;
  quickPicks!: Table<QuickPickRow, string>;
  slips!: EntityTable<Slip, 'id'>;
  jarPages!: Table<JarPageRow, number>;
  jarWhere!: Table<JarWhereRow, number>;
  meta!: Table<JarStateRow, string>;
  prompts!: Table<PromptRow, string>;
  affirmations!: Table<AffirmationRow, string>;
  promptDays!: Table<PromptDayRow, string>;
  values!: Table<PersonalValueRow, string>;
  goals!: EntityTable<Goal, 'id'>;
  goalSteps!: EntityTable<GoalStep, 'id'>;
  searchPages!: Table<SearchPageRow, [string, number]>;

  /** `upToVersion` lets migration tests open the database as an older release did. */
  constructor(name = DATABASE_NAME, upToVersion = Number.POSITIVE_INFINITY) {
    super(name);
    for (const step of schemaVersions) {
      if (step.version > upToVersion) break;
      const declared = this.version(step.version).stores(step.stores);
      if (step.upgrade) declared.upgrade(step.upgrade);
    }
    if (upToVersion >= searchPagesSince) this.use(searchPagesMiddleware('wins'));
  }
}

/** The one database the app uses. */
export const db = new SmallWinsDatabase();

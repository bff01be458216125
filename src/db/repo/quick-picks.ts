import { builtInQuickPicks } from '@/domain/quick-picks';
import { db } from '../database';
import { createCustomListRepo } from './custom-list';

export const quickPicksRepo = createCustomListRepo(() => db.quickPicks, builtInQuickPicks);

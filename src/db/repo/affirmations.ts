import { builtInAffirmations } from '@/domain/affirmations';
import { db } from '../database';
import { createCustomListRepo } from './custom-list';

export const affirmationsRepo = createCustomListRepo(() => db.affirmations, builtInAffirmations);

/** The words the app may say after a save or a pull: every affirmation not hidden. */
export function listKindWords(): Promise<string[]> {
  return db.transaction('r', db.affirmations, async () =>
    (await affirmationsRepo.list()).filter((item) => !item.hidden).map((item) => item.text),
  );
}

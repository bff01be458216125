import { useLiveQuery } from 'dexie-react-hooks';
import { listKindWords } from '@/db/repo/affirmations';
import { builtInAffirmations } from '@/domain/affirmations';

const defaults = builtInAffirmations.map((affirmation) => affirmation.text);

/** The affirmations the app may say after a save or a pull, the person's own among them. */
export function useKindWords(): readonly string[] {
  return useLiveQuery(listKindWords, [], defaults);
}

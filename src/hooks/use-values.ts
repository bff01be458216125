import { useLiveQuery } from 'dexie-react-hooks';
import { valuesRepo } from '@/db/repo/values';
import type { PersonalValue } from '@/domain/values';

/** Every value the person has named, archived ones included (old wins still show them). */
export function useValues(): PersonalValue[] {
  return useLiveQuery(valuesRepo.list, [], []);
}

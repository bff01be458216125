import type { PersonalValue } from '@/domain/values';
import { db } from '../database';
import { createCustomListRepo } from './custom-list';

/** Values are a list the person builds (no built-ins); hiding one archives it. */
export const valuesRepo = createCustomListRepo<PersonalValue>(() => db.values, []);

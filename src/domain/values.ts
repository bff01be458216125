import type { ListItem, ListRow } from './custom-list';

/** One of the person's values. `hidden` means archived: kept on old wins, offered no more. */
export type PersonalValue = ListItem;
export type PersonalValueRow = ListRow<PersonalValue>;

/** Offered as one-tap additions; a value only exists once the person chooses it. */
export const suggestedValues: readonly string[] = [
  'Kindness',
  'Courage',
  'Health',
  'Connection',
  'Honesty',
  'Creativity',
  'Rest',
  'Growth',
  'Family',
  'Friendship',
  'Curiosity',
  'Calm',
  'Independence',
  'Learning',
  'Nature',
  'Faith',
  'Fun',
  'Patience',
];

/** "kindness, courage or rest": how the values prompt names them. */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
}

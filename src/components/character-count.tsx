import { withCommas } from '@/domain/with-commas';
import { WIN_TEXT_MAX } from '@/domain/win';

// Shown once the text is near the limit, so it never arrives as a surprise.
const SHOW_FROM = Math.floor(WIN_TEXT_MAX * 0.8);

export function CharacterCount({ length, id }: { length: number; id: string }) {
  if (length < SHOW_FROM) return null;
  const over = length > WIN_TEXT_MAX;
  return (
    <p id={id} className={over ? 'char-count char-count-over' : 'char-count'}>
      {withCommas(length)} / {withCommas(WIN_TEXT_MAX)} characters
      {over ? ` (${withCommas(length - WIN_TEXT_MAX)} over)` : ''}
    </p>
  );
}

import type { ValueSummary } from '@/db/repo/value-summaries';
import { whenInWords } from '@/domain/when-in-words';

/** "one win" opens a sentence as "One win". */
const sentenceStart = (words: string) => words.charAt(0).toLocaleUpperCase() + words.slice(1);

function winsInWords(count: number): string {
  return count === 1 ? 'one win' : `${count.toLocaleString('en')} wins`;
}

/** How often the person's wins touched one value. Counts only, never a score or a judgement. */
export function ValueSummaryCard({ summary, today }: { summary: ValueSummary; today: string }) {
  const { value, allTime, lastFourWeeks, latest } = summary;
  return (
    <section className="panel" aria-labelledby={`value-${value.id}`}>
      <h2 id={`value-${value.id}`}>{value.text}</h2>
      <p>
        {allTime === 0
          ? 'No wins marked with this value yet. It is here when one comes.'
          : `${sentenceStart(winsInWords(lastFourWeeks))} in the last four weeks, ${winsInWords(allTime)} in all.`}
      </p>
      {latest.length > 0 && (
        <ul className="value-latest">
          {latest.map((win) => (
            <li key={win.id}>
              <span className="win-text">{win.text}</span> <span className="muted">· {whenInWords(win.day, today)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

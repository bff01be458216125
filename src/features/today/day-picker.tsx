import { useId, useState } from 'react';
import { dayBefore, isFutureDay } from '@/domain/day';
import { useAppStore } from '@/store/store';
import { useLoggingDay } from './use-logging-day';

/** Backfilling is normal: yesterday in one tap, any earlier day by date. Never a day to come. */
export function DayPicker() {
  const { day, today } = useLoggingDay();
  const updateDraft = useAppStore((state) => state.updateDraft);
  const focusComposer = useAppStore((state) => state.focusComposer);
  const [problem, setProblem] = useState('');
  const ids = { date: useId(), problem: useId() };
  const yesterday = dayBefore(today);

  function choose(next: string) {
    if (!next) return;
    if (isFutureDay(next, today)) {
      setProblem('That day has not come yet. Pick today or an earlier day.');
      return;
    }
    setProblem('');
    updateDraft({ day: next === today ? null : next });
  }

  return (
    <section className="day-picker" aria-labelledby={`${ids.date}-title`}>
      <h2 id={`${ids.date}-title`}>Add a win to another day</h2>
      <div className="day-picker-row">
        {day !== yesterday && (
          <button
            type="button"
            className="button"
            onClick={() => {
              choose(yesterday);
              // The button goes once yesterday is chosen, and the field to write in is far above:
              // focus (and the screen) go to it, ready to type. Not for the date field, whose
              // changes come while the person is still picking.
              focusComposer();
            }}
          >
            Yesterday
          </button>
        )}
        <label htmlFor={ids.date} className="day-picker-date">
          <span>Pick a day</span>
          <input
            id={ids.date}
            type="date"
            className="text-input"
            max={today}
            value={day}
            onChange={(event) => choose(event.target.value)}
            aria-describedby={problem ? ids.problem : undefined}
          />
        </label>
      </div>
      <p id={ids.problem} role="alert" className="composer-problem">
        {problem}
      </p>
    </section>
  );
}

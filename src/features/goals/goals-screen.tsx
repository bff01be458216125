import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type SyntheticEvent } from 'react';
import { addGoal, listGoals } from '@/db/repo/goals';
import { checkWinText } from '@/domain/win-text';
import { GoalCard } from './goal-card';
import { BackLink } from '@/components/back-link';
import { useScreenTitle } from '@/hooks/use-screen-title';

/** Bigger hopes broken into teeny-tiny steps; every step checked off is a win. */
export function GoalsScreen() {
  useScreenTitle('Teeny-tiny goals');
  const goals = useLiveQuery(listGoals, []);
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState('');
  const id = useId();

  async function add(event: SyntheticEvent) {
    event.preventDefault();
    const checked = checkWinText(title);
    if (!checked.ok) return setProblem('Give your goal a few words first, like “a calmer morning”.');
    await addGoal(checked.text);
    setTitle('');
    setProblem('');
  }

  const byStatus = (status: string) => (goals ?? []).filter(({ goal }) => goal.status === status);

  return (
    <div className="goals">
      <BackLink href="/more" to="More" />
      <header className="screen-header">
        <p className="eyebrow">Teeny-tiny goals</p>
        <h1>One small step at a time</h1>
      </header>
      <form className="panel" onSubmit={(event) => void add(event)} noValidate>
        <label htmlFor={id} className="composer-label">
          A goal, in a few words
        </label>
        <div className="pick-add-row">
          <input id={id} className="text-input" value={title} onChange={(event) => setTitle(event.target.value)} />
          <button type="submit" className="button button-primary">
            Add goal
          </button>
        </div>
        <p role="alert" className="composer-problem">
          {problem}
        </p>
      </form>
      {goals !== undefined && goals.length === 0 && (
        <p className="empty">
          A goal here is something you would like to move toward, like “a tidy home”. Break it into steps small enough
          to do on a hard day; each one you check off becomes a win.
        </p>
      )}
      {byStatus('active').map((entry) => (
        <GoalCard key={entry.goal.id} entry={entry} />
      ))}
      {byStatus('paused').length > 0 && <h2>Resting for now</h2>}
      {byStatus('paused').map((entry) => (
        <GoalCard key={entry.goal.id} entry={entry} />
      ))}
      {byStatus('archived').length > 0 && (
        <details className="archived-goals">
          <summary>Archived goals</summary>
          {byStatus('archived').map((entry) => (
            <GoalCard key={entry.goal.id} entry={entry} />
          ))}
        </details>
      )}
    </div>
  );
}

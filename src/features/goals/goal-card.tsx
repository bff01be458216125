import { useState } from 'react';
import { checkStep, moveStep, setGoalStatus, type GoalWithSteps } from '@/db/repo/goals';
import type { GoalStep } from '@/domain/goals';
import { useCurrentDay } from '@/hooks/use-current-day';
import { useAppStore } from '@/store/store';
import { AddStepForm } from './add-step-form';
import { UncheckDialog } from './uncheck-dialog';
import { quoted } from '@/domain/quoted';

function doneInWords(count: number): string {
  if (count === 0) return 'Ready for a first step.';
  return count === 1 ? 'One step done.' : `${count} steps done.`;
}

/** A goal and its steps. Progress counts what is done, never what is left. */
export function GoalCard({ entry }: { entry: GoalWithSteps }) {
  const { goal, steps } = entry;
  const today = useCurrentDay();
  const [unchecking, setUnchecking] = useState<GoalStep | null>(null);
  const done = steps.filter((step) => step.doneAt !== null).length;

  async function toggle(step: GoalStep) {
    if (step.doneAt !== null) {
      setUnchecking(step);
      return;
    }
    await checkStep(step.id, today);
    useAppStore.getState().announce(`Step done, and logged as a win: ${step.text}`);
  }

  return (
    <section className="panel goal" aria-labelledby={`goal-${goal.id}`}>
      <h2 id={`goal-${goal.id}`}>{goal.title}</h2>
      <p className="muted">{doneInWords(done)}</p>
      <ul className="steps">
        {steps.map((step, index) => (
          <li key={step.id} className="step">
            <label className="checkbox">
              <input type="checkbox" checked={step.doneAt !== null} onChange={() => void toggle(step)} />
              <span>{step.text}</span>
            </label>
            <span className="step-move">
              <button
                type="button"
                className="button button-quiet"
                disabled={index === 0}
                onClick={() => void moveStep(step.id, -1)}
                aria-label={`Move ${quoted(step.text)} up`}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button-quiet"
                disabled={index === steps.length - 1}
                onClick={() => void moveStep(step.id, 1)}
                aria-label={`Move ${quoted(step.text)} down`}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ul>
      {goal.status === 'active' && <AddStepForm goalId={goal.id} goalTitle={goal.title} />}
      <div className="win-actions">
        {goal.status === 'active' ? (
          <button type="button" className="button button-quiet" onClick={() => void setGoalStatus(goal.id, 'paused')}>
            Rest this goal
          </button>
        ) : (
          <button type="button" className="button button-quiet" onClick={() => void setGoalStatus(goal.id, 'active')}>
            Pick it back up
          </button>
        )}
        {goal.status !== 'archived' && (
          <button type="button" className="button button-quiet" onClick={() => void setGoalStatus(goal.id, 'archived')}>
            Archive
          </button>
        )}
      </div>
      {unchecking && <UncheckDialog step={unchecking} onClose={() => setUnchecking(null)} />}
    </section>
  );
}

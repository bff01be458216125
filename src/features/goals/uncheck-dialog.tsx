import { useEffect, useRef } from 'react';
import { uncheckStep } from '@/db/repo/goals';
import type { GoalStep } from '@/domain/goals';

/** Unchecking a step asks about the win it logged, rather than deciding for the person. */
export function UncheckDialog({ step, onClose }: { step: GoalStep; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  async function uncheck(removeWin: boolean) {
    await uncheckStep(step.id, removeWin);
    dialog.current?.close();
  }

  return (
    <dialog ref={dialog} className="sheet" aria-labelledby={`uncheck-${step.id}`} onClose={onClose}>
      <h2 id={`uncheck-${step.id}`}>Uncheck “{step.text}”?</h2>
      <p>Checking it off logged a win. Keep that win in your journal, or remove it too?</p>
      <div className="pulled-actions">
        <button type="button" className="button button-primary" onClick={() => void uncheck(false)}>
          Uncheck, keep the win
        </button>
        <button type="button" className="button" onClick={() => void uncheck(true)}>
          Uncheck and remove the win
        </button>
        <button type="button" className="button button-quiet" onClick={() => dialog.current?.close()}>
          Leave it checked
        </button>
      </div>
    </dialog>
  );
}

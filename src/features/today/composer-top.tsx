interface ComposerTopProps {
  /** The field the label names; the Today shell in index.html has no field yet. */
  fieldId?: string;
  promptId?: string;
  /** Null while the prompt is not known: its space is held all the same. */
  promptText: string | null;
  /** Null while there is no prompt to change (and in the shell, before the app has started). */
  onAnother: (() => void) | null;
}

/**
 * The label and the prompt of the day above the field. Also drawn at build time into
 * index.html's Today shell (`app/today-shell.tsx`), whose prompt paragraph must sit exactly
 * where this one does, so that nothing moves when React takes over.
 */
export function ComposerTop({ fieldId, promptId, promptText, onAnother }: ComposerTopProps) {
  return (
    <>
      <label htmlFor={fieldId} className="composer-label">
        Your win
      </label>
      <div className="composer-prompt-row">
        {/* Space is held while the prompt loads, so the field does not jump. */}
        <p id={promptId} className="composer-prompt">
          {promptText ?? '\u00a0'}
        </p>
        {/* Always there, so the field below never moves when the prompt arrives. */}
        <button type="button" className="button button-quiet prompt-another" onClick={onAnother ?? undefined} disabled={!onAnother}>
          <span aria-hidden="true">↻</span>
          Another prompt
        </button>
      </div>
    </>
  );
}

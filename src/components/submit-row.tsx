interface SubmitRowProps {
  /** What went wrong (or, as a status, what went right); empty when there is nothing to say. */
  message: string;
  /** The message's id, for the field's aria-describedby. */
  messageId?: string;
  role?: 'alert' | 'status';
  label?: string;
  disabled?: boolean;
}

/** A small form's last row: its message beside the button that sends it. */
export function SubmitRow({ message, messageId, role = 'alert', label = 'Save', disabled = false }: SubmitRowProps) {
  return (
    <div className="composer-actions">
      <p id={messageId} role={role} className="composer-problem">
        {message}
      </p>
      <button type="submit" className="button button-primary" disabled={disabled}>
        {label}
      </button>
    </div>
  );
}

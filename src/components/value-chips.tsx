import { useId } from 'react';

interface ValueChoice {
  id: string;
  text: string;
}

/** Toggle chips for choosing which of the person's values a win touched. */
export function ValueChips(props: {
  label: string;
  values: readonly ValueChoice[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}) {
  const labelId = useId();
  if (props.values.length === 0) return null;
  return (
    <div className="value-chips">
      <p id={labelId} className="field-hint">
        {props.label}
      </p>
      <ul className="chips" aria-labelledby={labelId}>
        {props.values.map((value) => {
          const on = props.chosen.includes(value.id);
          return (
            <li key={value.id}>
              <button
                type="button"
                className="chip chip-toggle"
                aria-pressed={on}
                onClick={() => props.onChange(on ? props.chosen.filter((id) => id !== value.id) : [...props.chosen, value.id])}
              >
                {value.text}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

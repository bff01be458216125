import type { SelectHTMLAttributes } from 'react';

export interface Choice {
  value: string;
  label: string;
}

type WrappingSelectProps = { choices: readonly Choice[]; value: string } & Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'children' | 'className'
>;

/**
 * A select whose chosen words wrap. A native select shows its choice on one line and cuts
 * it short at large text sizes ("No rhythm, j"). This one keeps the native select, with its
 * own picker, keyboard and screen reader behaviour, but see-through and laid over a box
 * that shows the same words and wraps them. Screen readers hear the select only.
 */
export function WrappingSelect({ choices, value, ...props }: WrappingSelectProps) {
  const chosen = choices.find((choice) => choice.value === value) ?? choices[0];
  return (
    <span className="select">
      <select {...props} value={value} className="select-native">
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <span className="text-input select-shown" aria-hidden="true">
        {chosen?.label}
      </span>
    </span>
  );
}

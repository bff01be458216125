import { useId } from 'react';
import { writeSetting } from '@/db/repo/settings';
import { useSettings } from '@/hooks/use-settings';
import { WrappingSelect } from '@/components/wrapping-select';

const choices = [
  { value: '', label: 'No rhythm, just when I feel like it' },
  ...[1, 2, 3, 4, 5, 6, 7].map((days) => ({ value: String(days), label: days === 1 ? 'One day a week' : `${days} days a week` })),
];

/** An optional weekly rhythm the person chooses. Shown as days with a win, never as a streak. */
export function RhythmSetting() {
  const { weeklyRhythm } = useSettings();
  const id = useId();
  return (
    <div className="setting">
      <label htmlFor={id}>A weekly rhythm (optional)</label>
      <WrappingSelect
        id={id}
        choices={choices}
        value={String(weeklyRhythm ?? '')}
        onChange={(event) => void writeSetting('weeklyRhythm', event.target.value ? Number(event.target.value) : null)}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="field-hint">
        Writing now and then can help as much as every day. Look back shows how your week is going, gently.
      </p>
    </div>
  );
}

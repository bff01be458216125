import { useId } from 'react';
import { writeSetting } from '@/db/repo/settings';
import { hourInWords } from '@/domain/day';
import { useSettings } from '@/hooks/use-settings';
import { WrappingSelect } from '@/components/wrapping-select';

const choices = Array.from({ length: 13 }, (_, hour) => ({ value: String(hour), label: hourInWords(hour) }));

/** When a new day begins for logging, so a late-night win lands on the day it belongs to. */
export function DayStartSetting() {
  const { dayStartsAtHour } = useSettings();
  const id = useId();
  return (
    // Today's late-night note links here, as /more#day-start.
    <div className="setting" id="day-start">
      <label htmlFor={id}>My day starts at</label>
      <WrappingSelect
        id={id}
        choices={choices}
        value={String(dayStartsAtHour)}
        onChange={(event) => void writeSetting('dayStartsAtHour', Number(event.target.value))}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="field-hint">
        A win written before this hour counts for the day before, so a late night still belongs to the day you lived.
      </p>
    </div>
  );
}

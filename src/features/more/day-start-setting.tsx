import { useId } from 'react';
import { writeSetting } from '@/db/repo/settings';
import { hourInWords } from '@/domain/day';
import { useSettings } from '@/hooks/use-settings';

const hours = Array.from({ length: 13 }, (_, hour) => hour);

/** When a new day begins for logging, so a late-night win lands on the day it belongs to. */
export function DayStartSetting() {
  const { dayStartsAtHour } = useSettings();
  const id = useId();
  return (
    <div className="setting">
      <label htmlFor={id}>My day starts at</label>
      <select
        id={id}
        className="text-input"
        value={dayStartsAtHour}
        onChange={(event) => void writeSetting('dayStartsAtHour', Number(event.target.value))}
        aria-describedby={`${id}-hint`}
      >
        {hours.map((hour) => (
          <option key={hour} value={hour}>
            {hourInWords(hour)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="field-hint">
        A win written before this hour counts for the day before, so a late night still belongs to the day you lived.
      </p>
    </div>
  );
}

import { useId, useState } from 'react';
import { BackLink } from '@/components/back-link';
import { readDeviceKey, writeDeviceKey } from '@/db/device-keys';
import { saveFile } from '@/components/save-file';
import { parseReminderTime, reminderIcs } from '@/domain/reminder-ics';
import { AppleDot } from './apple-dot';
import { useScreenTitle } from '@/hooks/use-screen-title';

// The time chosen last, so a person changing their reminder starts from the one they have.
// On this device only (cleared by Delete everything); refused, the usual evening time.
const TIME_KEY = 'reminder-time';
const DEFAULT_TIME = '20:30';

/** Reminders, honestly: the calendar one that works everywhere, and what the icon's dot can and cannot do. */
export function RemindersScreen() {
  useScreenTitle('Reminders');
  const [time, setTime] = useState(() => readDeviceKey(TIME_KEY) ?? DEFAULT_TIME);
  const [saved, setSaved] = useState(false);
  const ids = { field: useId(), hint: useId() };
  // An empty field would otherwise become a reminder at some time nobody chose.
  const chosen = parseReminderTime(time);

  function download() {
    if (!chosen) return;
    const text = reminderIcs({
      ...chosen,
      appUrl: `${window.location.origin}/`,
      start: new Date(),
      uid: `small-wins-daily-reminder@${window.location.host}`,
      now: new Date(),
    });
    writeDeviceKey(TIME_KEY, time);
    void saveFile([text], 'small-wins-reminder.ics', 'text/calendar', false).then(() => setSaved(true));
  }

  return (
    <div className="reminders">
      <BackLink href="/more" to="More" />
      <header className="screen-header">
        <p className="eyebrow">Reminders</p>
        <h1>A gentle nudge, if you want one</h1>
      </header>
      <section className="panel" aria-labelledby="calendar-reminder-title">
        <h2 id="calendar-reminder-title">A daily reminder in your calendar</h2>
        <p>
          Choose a time and save the file, then open it: your calendar adds a short daily event that links back to Small
          Wins. Change it or remove it there whenever you like. Saving it again with a new time updates the same event.
        </p>
        <label htmlFor={ids.field}>Remind me at</label>
        <input
          id={ids.field}
          type="time"
          className="text-input"
          required
          value={time}
          aria-describedby={ids.hint}
          onChange={(event) => {
            setTime(event.target.value);
            setSaved(false);
          }}
        />
        <p id={ids.hint} className="field-hint">
          {chosen ? 'The reminder comes every day at this time.' : 'Choose a time first, and the reminder can be saved.'}
        </p>
        <button type="button" className="button button-primary" disabled={!chosen} aria-describedby={ids.hint} onClick={download}>
          Save the calendar reminder
        </button>
        {saved && <p role="status">Saved. Open the file to add it to your calendar.</p>}
        <h3 className="facts-title">Opening the file</h3>
        <ul className="facts">
          <li>
            <strong>iPhone and iPad:</strong> tap the saved file (in Safari’s downloads, or in Files) and choose Add to
            Calendar.
          </li>
          <li>
            <strong>Android:</strong> open the file from your downloads with a calendar app that takes calendar files,
            such as Samsung Calendar. Google Calendar’s app cannot open one: add it at calendar.google.com on a computer
            (Settings, then Import), and it reaches your phone from there.
          </li>
          <li>
            <strong>Computers:</strong> open the file, and Calendar, Outlook or Thunderbird adds the event.
          </li>
        </ul>
      </section>
      <section className="panel" aria-labelledby="app-dot-title">
        <h2 id="app-dot-title">A dot on the app icon</h2>
        <p>Where it can, the Small Wins icon shows a small dot while today has no win yet. It clears with your first one.</p>
        <ul className="facts">
          <li>
            <strong>Computers:</strong> when Small Wins is installed from Chrome or Edge on Windows, macOS or ChromeOS,
            the dot shows on its icon in the taskbar, dock or shelf.
          </li>
          <li>
            <strong>iPhone and iPad:</strong> on iOS and iPadOS 16.4 or later, once Small Wins is on the Home Screen and
            you allow the dot there.
          </li>
          <li>
            <strong>Android:</strong> Chrome on Android does not show dots on web app icons, so there is no dot there.
            The calendar reminder works well instead.
          </li>
          <li>
            The dot changes when you open Small Wins. While the app is closed it cannot switch itself on when a new day
            begins.
          </li>
        </ul>
        <AppleDot />
      </section>
      <section className="panel" aria-labelledby="no-push-title">
        <h2 id="no-push-title">Why there are no pop-up notifications</h2>
        <p>
          Notifications that arrive on their own need a server to send them, and Small Wins has none, on purpose: what
          you write stays on this device. So the nudges live in your calendar, on the icon, and on Today, which in the
          evening offers one quiet line while today has no win yet.
        </p>
      </section>
    </div>
  );
}

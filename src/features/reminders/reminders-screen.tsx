import { useId, useState } from 'react';
import { saveFile } from '@/components/save-file';
import { reminderIcs } from '@/domain/reminder-ics';

/** Reminders, honestly: what a web app can and cannot do, and the one that always works. */
export function RemindersScreen() {
  const [time, setTime] = useState('20:30');
  const [saved, setSaved] = useState(false);
  const id = useId();

  function download() {
    const [hour = 20, minute = 30] = time.split(':').map(Number);
    const text = reminderIcs({
      hour,
      minute,
      appUrl: `${window.location.origin}/`,
      start: new Date(),
      uid: `small-wins-daily-reminder@${window.location.host}`,
      now: new Date(),
    });
    void saveFile([text], 'small-wins-reminder.ics', 'text/calendar', false).then(() => setSaved(true));
  }

  return (
    <div className="reminders">
      <header className="screen-header">
        <p className="eyebrow">Reminders</p>
        <h1>A gentle nudge, if you want one</h1>
      </header>
      <section className="panel" aria-labelledby="calendar-reminder-title">
        <h2 id="calendar-reminder-title">A daily reminder in your calendar</h2>
        <p>
          The most reliable reminder is one your own calendar keeps. Choose a time, save the file, and open it: your
          calendar app adds a short daily event that links back here. Remove it there whenever you like.
        </p>
        <label htmlFor={id}>Remind me at</label>
        <input id={id} type="time" className="text-input" value={time} onChange={(event) => setTime(event.target.value)} />
        <button type="button" className="button button-primary" onClick={download}>
          Save the calendar reminder
        </button>
        {saved && <p role="status">Saved. Open the file to add it to your calendar.</p>}
      </section>
      <section className="panel" aria-labelledby="web-limits-title">
        <h2 id="web-limits-title">What Small Wins can and cannot do</h2>
        <ul className="facts">
          <li>
            A web app cannot schedule notifications on your phone by itself. Push messages would need a server, and Small
            Wins has none: nothing about you leaves this device.
          </li>
          <li>
            <strong>Android (Chrome), installed:</strong> the app icon shows a small dot while today has no win yet, and
            it clears with your first one.
          </li>
          <li>
            <strong>iPhone and iPad:</strong> badges work only for apps added to the Home Screen, and only on recent
            versions; the calendar reminder works everywhere.
          </li>
          <li>
            <strong>Computers:</strong> installed in Chrome or Edge, the dock or taskbar icon can show the same dot.
          </li>
          <li>Inside the app, Today offers a quiet word in the evening, and never once today has a win.</li>
        </ul>
      </section>
    </div>
  );
}

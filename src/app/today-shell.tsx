// The Today shell: the top of Today, drawn at build time into index.html's #root.
//
// Why: on a slow phone network the app's JavaScript takes a second or more to arrive and run,
// and until React has rendered the screen stays empty. With the shell the first paint comes
// with the HTML: the header (its date heading is the first screen's largest text) and the
// prompt of the day are on screen while the JavaScript is still on its way. A small inline script (today-shell-inline.ts)
// fills in the day and the prompt before that paint, or removes the shell where the app will
// not open on Today.
//
// The shell is made of the app's own components with the app's own classes, so the inlined
// stylesheet lays it out exactly as React's first render will be laid out. When React mounts,
// createRoot().render replaces #root's content in one commit: the same text lands in the same
// place at the same size, so nothing shifts and the browser keeps the early paint as the
// largest contentful paint. The shell holds nothing to type into (typing there would be lost
// when React replaces it) and nothing from the journal; its links are plain links.
//
// Only the build imports this file (vite.config.ts); the app never does.
import { renderToStaticMarkup } from 'react-dom/server';
import { Router } from 'wouter';
import { ShellFrame } from '@/components/shell-frame';
import { ComposerTop } from '@/features/today/composer-top';
import { TodayHeading } from '@/features/today/today-heading';
import { EVENING_NOTE, LateNightNoteText } from '@/features/today/day-notes';
import { SHELL_NOTE_IDS } from '@/domain/day-note-rules';
import { hourInWords } from '@/domain/day';
import { defaultSettings } from '@/domain/settings';
import { TODAY_SHELL_ID } from './fill-today-shell';

export function TodayShell() {
  return (
    // Hidden until the inline script has filled it in: if that script never runs, nothing shows.
    <div id={TODAY_SHELL_ID} hidden>
      <Router ssrPath="/">
        <ShellFrame nav>
          {/* As TodayScreen and WinComposer lay these out. */}
          <div className="today">
            <TodayHeading dayText="" />
            {/* Hidden until the inline script finds one is for this moment, as TodayScreen
                puts them: LateNightNote, then EveningNudge. */}
            <p className="note" id={SHELL_NOTE_IDS.lateNight} hidden>
              <LateNightNoteText hourText={hourInWords(defaultSettings.dayStartsAtHour)} dayText="" dayId={SHELL_NOTE_IDS.lateNightDay} />
            </p>
            <p className="note" id={SHELL_NOTE_IDS.evening} hidden>
              {EVENING_NOTE}
            </p>
            <form className="composer" aria-label="Write a win">
              <ComposerTop promptText={null} onAnother={null} />
            </form>
          </div>
        </ShellFrame>
      </Router>
    </div>
  );
}

/** The shell's HTML, for index.html. */
export function todayShellMarkup(): string {
  return renderToStaticMarkup(<TodayShell />);
}

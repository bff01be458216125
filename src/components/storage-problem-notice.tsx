import type { StorageProblem } from '@/db/storage-problem';

const copy: Record<StorageProblem, { title: string; body: string; reload: boolean }> = {
  'upgraded-elsewhere': {
    title: 'Small Wins was updated in another tab',
    body: 'Your wins are safe. Reload this tab to keep going with the new version.',
    reload: true,
  },
  unavailable: {
    title: 'This browser is not letting Small Wins save',
    body: 'Small Wins keeps your wins in this browser’s storage, and it is switched off here. Private or incognito windows often do this. Open Small Wins in a normal window, or allow site data in your browser settings, then reload.',
    reload: true,
  },
  full: {
    title: 'Your device’s storage is full',
    body: 'There is no room to save right now. Free up some space on your device, then reload. Nothing you already saved is lost.',
    reload: true,
  },
  unknown: {
    title: 'Small Wins could not open your wins',
    body: 'Something went wrong while opening this device’s storage. Reloading usually fixes it; your saved wins stay where they are.',
    reload: true,
  },
};

/** Shown in place of a screen when storage cannot be used: never a blank page. */
export function StorageProblemNotice({ problem }: { problem: StorageProblem }) {
  const { title, body, reload } = copy[problem];
  return (
    <section className="problem" role="alertdialog" aria-labelledby="problem-title" aria-describedby="problem-body">
      <h1 id="problem-title">{title}</h1>
      <p id="problem-body">{body}</p>
      {reload && (
        // The dialog replaces the screen, so focus goes to the one thing to do.
        <button type="button" className="button button-primary" onClick={() => window.location.reload()} autoFocus>
          Reload
        </button>
      )}
    </section>
  );
}

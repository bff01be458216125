// Fails the test run when the first screen's JavaScript grows past its budget.
// The budget comes from `npm run bench`: the entry measured 120,885 B gzip on 2026-11-25,
// against 98,682 B for a bare React + ReactDOM + Dexie page. The foundation's promise is at
// most 1.25 times the bare page (123,352 B), so the budget sits just under that line.
// Raise it only with a reason, written here, and a bench run to show for it.
// Raised to the line itself on 2026-11-25 for schema 7 (the search pages' middleware and the
// jar's pages, which every write needs from the start): 123,049 B, which cut a 100,000-win
// import's storage work by about ten seconds.
// On 2026-12-01 the count took in the Today shell's script inlined into index.html (2,436 B
// gzip), which runs before any entry file and had been left out: 124,938 B, over the line. Back
// under it (122,974 B) by leaving out of the first download what only other screens use:
// date-fns out of the "core" chunk (it carried functions only lazy screens call), On this day
// loaded lazily, drawing from the jar, value summaries and editing a win in their own modules,
// the storage-problem notice lazy. The line stays where it was.
// Later on 2026-12-01 the error boundary for screens that cannot download, the notices' measured
// height and the home-screen offer's gate joined (+450 B), and the lazy screens' preload lists
// left (build.modulePreload off, -965 B): 122,579 B; the import's search-page batching (+377 B) and
// Today's lazy parts made retryable, its bonus parts fenced off (+110 B): 123,066 B; the
// localStorage keys behind one module, db/device-keys.ts (+61 B): 123,127 B.
// Later still: the lock known before anything of the journal shows and the lock screen's kept
// quick log (+271 B), the evening note in the Today shell (+174 B), date-fns out of the entry
// altogether (domain/day.ts's three uses done with plain Date arithmetic, -1,171 B), Vite's
// preload helper left out (it only ever got empty lists; plainLazyImports in vite.config.ts,
// -637 B), and a new screen's start at its top with focus on its heading
// (app/screen-arrival.tsx, +108 B), and the more-installed hint: 121,883 B; focus kept when Undo, Dismiss or Install takes what held it, and the backfill prompt: 121,999 B.
// The import's search shelves and worker, the reframe drafts and arriving at a part of a screen:
// 122,848 B. A win editor's unsaved changes kept through the lock (read in a lazy chunk, +129 B),
// Share from the jar and Look back with Today's card on the same button, and buttons quoting
// only a win's first 60 characters: 123,217 B, 135 B under the line. What Today shows under
// the win field waiting for the values, so that their chips push nothing down (+28 B): 123,239 B.
// On 2026-12-02 the import's puts, naming its new wins to the search middleware, and shelves
// counted by their words (+60 B), less the import's holding of words moved to its own module
// (db/search-pages-held.ts): 123,302 B. Lazy chunks' hashed names are in the entry, so the same
// code can read some 10 B apart from one build to the next.
import { fileURLToPath } from 'node:url';
import { entryJsSize } from '../bench/sizes.mjs';

const BUDGET_BYTES = 123_352;

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const { gzipBytes, files } = await entryJsSize(dist);
const line = `Entry JS: ${gzipBytes.toLocaleString('en')} B gzip (budget ${BUDGET_BYTES.toLocaleString('en')} B) in ${files.length} files`;
if (gzipBytes > BUDGET_BYTES) {
  console.error(`${line}\nThe first screen's JavaScript is over budget. Load the new code lazily, or trim it.`);
  process.exit(1);
}
console.log(line);

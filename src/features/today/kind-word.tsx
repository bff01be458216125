import { useAppStore } from '@/store/store';

/** A kind word after each save, with a small flourish that reduced motion turns off. Screen readers hear it via the announcer. */
export function KindWord() {
  const kindWord = useAppStore((state) => state.kindWord);
  const justSavedId = useAppStore((state) => state.justSavedId);
  // The line keeps its space when empty so the first save does not push the page down.
  return (
    <p key={justSavedId} className="kind-word" aria-hidden="true">
      {kindWord && (
        <>
          <span className="kind-word-spark">✦</span> {kindWord}
        </>
      )}
    </p>
  );
}

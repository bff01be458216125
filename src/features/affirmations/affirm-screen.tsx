import { useState } from 'react';
import { pickKindWord } from '@/domain/kind-words';
import { useKindWords } from '@/hooks/use-kind-words';
import { BackLink } from '@/components/back-link';
import { useScreenTitle } from '@/hooks/use-screen-title';

/** "Say it to yourself": one affirmation at a time, large, read slowly. */
export function AffirmScreen() {
  useScreenTitle('Say it to yourself');
  const words = useKindWords();
  const [current, setCurrent] = useState<string | null>(null);
  const shown = current ?? words[0] ?? '';

  return (
    <div className="affirm">
      <BackLink href="/more" to="More" />
      <header className="screen-header">
        <p className="eyebrow">Say it to yourself</p>
        <h1>Read it slowly, out loud if you can</h1>
      </header>
      <p className="affirm-text" aria-live="polite">
        {shown}
      </p>
      <button type="button" className="button button-primary button-big" onClick={() => setCurrent(pickKindWord(shown, words))}>
        Another one
      </button>
    </div>
  );
}

import { Link } from 'wouter';
import { useAppStore } from '@/store/store';

/** The end of the reframe flow: the win is kept, and the kind word that came with it. */
export function ReframeDone({ text }: { text: string }) {
  const kindWord = useAppStore((state) => state.kindWord);
  return (
    <div className="reframe">
      <header className="screen-header">
        <p className="eyebrow">Found in a hard day</p>
        <h1>There it is</h1>
      </header>
      <section className="pulled" aria-label="Your win">
        <p className="pulled-text">{text}</p>
        {kindWord && <p className="pulled-kind">{kindWord}</p>}
      </section>
      <p>It is in today’s list and in your jar. Hard days hold wins too.</p>
      <Link href="/" className="button button-primary">
        Back to Today
      </Link>
    </div>
  );
}

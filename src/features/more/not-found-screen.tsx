import { Link } from 'wouter';
import { useScreenTitle } from '@/hooks/use-screen-title';

export function NotFoundScreen() {
  useScreenTitle('Page not found');
  return (
    <div className="not-found">
      <header className="screen-header">
        <h1>This page isn’t here</h1>
      </header>
      <p>The link may be from an older version of Small Wins. Your wins are safe.</p>
      <Link href="/" className="button button-primary">
        Go to Today
      </Link>
    </div>
  );
}

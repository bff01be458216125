import { Link } from 'wouter';

export function NotFoundScreen() {
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

/**
 * For anyone outside the countries whose crisis lines the app names: a directory of helplines
 * by country. The one address outside the app it links to, opened only by a tap, and told
 * nothing of where the tap came from (noreferrer).
 */
export function HelplineFinder() {
  return (
    <p>
      Somewhere else?{' '}
      <a href="https://findahelpline.com" target="_blank" rel="noopener noreferrer">
        Find A Helpline
      </a>{' '}
      lists free, confidential helplines country by country.
    </p>
  );
}

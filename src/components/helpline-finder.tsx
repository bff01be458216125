/**
 * The crisis lines the app names, the end of a sentence that leads up to them ("…or a crisis
 * line:"). tel: links, so a phone calls at a tap: they open the dialler and fetch nothing.
 */
export function CrisisNumbers() {
  return (
    <>
      <a href="tel:988" className="tap-area">
        988
      </a>{' '}
      in the US,{' '}
      <a href="tel:116123" className="tap-area">
        116 123
      </a>{' '}
      (Samaritans) in the UK and Ireland.
    </>
  );
}

/**
 * For anyone outside the countries whose crisis lines the app names: a directory of helplines
 * by country. The one address outside the app it links to, opened only by a tap, and told
 * nothing of where the tap came from (noreferrer).
 */
export function HelplineFinder() {
  return (
    <p>
      Somewhere else?{' '}
      <a href="https://findahelpline.com" target="_blank" rel="noopener noreferrer" className="tap-area">
        Find A Helpline
      </a>{' '}
      lists free, confidential helplines country by country.
    </p>
  );
}

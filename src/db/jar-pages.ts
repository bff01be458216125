// Where slips sit in the Win Jar's shuffle bag: JAR_PAGE_SIZE positions to a row of the jarPages
// table, position p being slot p % JAR_PAGE_SIZE of page ⌊p / JAR_PAGE_SIZE⌋. A row per slip
// made an import of 100,000 wins write 100,000 jar rows (4.4 s on its own); pages of 32 take
// 3,125. The multi-entry ids index finds a slip's page, so no step walks the jar; a page is
// small so that rewriting it on a draw stays cheap.
export const JAR_PAGE_SIZE = 32;

export interface JarPageRow {
  page: number;
  ids: string[];
}

export const pageOf = (position: number) => Math.floor(position / JAR_PAGE_SIZE);

/** Lays `ids` out in pages from position 0, for a jar built afresh. */
export function jarPagesFor(ids: readonly string[]): JarPageRow[] {
  const pages: JarPageRow[] = [];
  for (let start = 0; start < ids.length; start += JAR_PAGE_SIZE) pages.push({ page: pageOf(start), ids: ids.slice(start, start + JAR_PAGE_SIZE) });
  return pages;
}

// Where slips sit in the Win Jar's shuffle bag. Position p is slot p % JAR_PAGE_SIZE of row
// ⌊p / JAR_PAGE_SIZE⌋ in jarPages; where a slip sits is kept in jarWhere, the ids shared out
// over JAR_BUCKETS rows by a hash of the id. Until version 7 this was a row per slip with an
// indexed position: IndexedDB pays per row and per index entry, and laying out 100,000 slips
// after an import took 4.4 s that way. In pages of 32 and 1,024 buckets it is 4,149 rows and
// no index at all, about 0.3 s. Pages and buckets stay small (a bucket holds about 100 ids at
// 100,000) because a draw reads and rewrites two of each: 256 buckets made a pull 1 ms slower.
export const JAR_PAGE_SIZE = 32;
export const JAR_BUCKETS = 1024;

export interface JarPageRow {
  page: number;
  ids: string[];
}

export interface JarWhereRow {
  bucket: number;
  /** Slip id → position, for the ids in this bucket. */
  positions: Map<string, number>;
}

export const pageOf = (position: number) => Math.floor(position / JAR_PAGE_SIZE);

/** Which jarWhere row holds an id: FNV-1a over its UTF-16 code units, so any id spreads evenly. */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % JAR_BUCKETS;
}

/** Lays `ids` out from position 0, for a jar built afresh: its pages and its buckets. */
export function jarLayoutFor(ids: readonly string[]): { pages: JarPageRow[]; where: JarWhereRow[] } {
  const pages: JarPageRow[] = [];
  for (let start = 0; start < ids.length; start += JAR_PAGE_SIZE) pages.push({ page: pageOf(start), ids: ids.slice(start, start + JAR_PAGE_SIZE) });
  const buckets = new Map<number, JarWhereRow>();
  ids.forEach((id, position) => {
    const bucket = bucketOf(id);
    const row = buckets.get(bucket) ?? { bucket, positions: new Map<string, number>() };
    row.positions.set(id, position);
    buckets.set(bucket, row);
  });
  return { pages, where: [...buckets.values()].sort((a, b) => a.bucket - b.bucket) };
}

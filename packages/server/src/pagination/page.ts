/** One page of a list, and the position the next page starts after (null on the last). */
export interface Page<T, P> {
  items: T[];
  next: P | null;
}

/**
 * The page of rows read with LIMIT limit + 1: one row more than the page says whether
 * another page follows, and the page's last row is where it starts.
 */
export function paged<R, T, P>(
  rows: readonly R[],
  limit: number,
  item: (row: R) => T,
  position: (row: R) => P,
): Page<T, P> {
  const kept = rows.slice(0, limit);
  const last = kept.at(-1);
  return {
    items: kept.map((row) => item(row)),
    next: rows.length > limit && last !== undefined ? position(last) : null,
  };
}

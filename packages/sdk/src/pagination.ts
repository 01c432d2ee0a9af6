export interface PageQuery {
  cursor?: string;
  limit?: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Walks a cursor-paginated list page by page, passing each `nextCursor` back as `cursor`
 * until it is null: `for await (const page of paginate((q) => client.auth.listSessions(q)))`.
 */
export async function* paginate<T>(
  fetchPage: (query: PageQuery) => Promise<Page<T>>,
  query: { limit?: number } = {},
): AsyncIterable<T[]> {
  let cursor: string | null = null;
  do {
    const page: Page<T> = await fetchPage(cursor === null ? { ...query } : { ...query, cursor });
    yield page.items;
    cursor = page.nextCursor;
  } while (cursor !== null);
}

import type { Sql } from '../../db/scope.js';
import type { Page } from '../../pagination/page.js';
import type { Viewer } from '../../people/viewer.js';
import type { DirectoryState } from '../state.js';

/** The query every directory list takes (the contract fills in `limit`). */
export interface ListParams {
  q?: string;
  state?: DirectoryState;
  cursor?: string;
  limit: number;
}

/**
 * One kind of directory entry (group, quarter, property, unit) as its four routes serve it:
 * list, create, get and change, each at the contract's path and operation.
 */
export interface EntryKind<Entry, Query extends ListParams, Input, Change> {
  /** The collection's path; an entry's is `${path}/:${idParam}`. */
  path: string;
  idParam: string;
  operations: { list: string; create: string; get: string; update: string };
  /** A page of the list; its filters' ids naming nothing of the tenant are 404. */
  list(
    sql: Sql,
    q: { tenantId: string; query: Query; state: DirectoryState; after: string | null },
  ): Promise<Page<Entry, string>>;
  /** The entry; 404 if it is not the tenant's. */
  get(sql: Sql, q: { tenantId: string; id: string }): Promise<Entry>;
  /** Creates it (managers and directors, see write.ts); its id. */
  create(sql: Sql, q: { tenantId: string; viewer: Viewer; input: Input }): Promise<string>;
  /** Changes the fields sent (managers and directors). */
  change(
    sql: Sql,
    q: { tenantId: string; viewer: Viewer; id: string; change: Change },
  ): Promise<void>;
}

/** Any kind, as the routes take it (the contract's schemas have checked what they pass). */
export type AnyKind = EntryKind<unknown, ListParams, unknown, unknown>;

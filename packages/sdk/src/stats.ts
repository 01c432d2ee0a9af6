import type { CallOptions } from './auth.js';
import type { Send } from './http.js';
import type { OwnerStats, OwnerStatsQuery, SnapshotRange, SnapshotResult } from './types.js';

/** Monthly statistics of owners' units, read from the daily snapshot (OWN-1..4, OWN-6). */
export interface StatsApi {
  /**
   * The signed-in owner's completed months, oldest first, with totals: one unit with
   * `unitId`, all of them summed without; the last 12 completed months without `from`/`to`.
   */
  ownerStats(query?: OwnerStatsQuery, opts?: CallOptions): Promise<OwnerStats>;
  /** Recomputes the snapshot for a range of past days after corrections (managers). */
  runSnapshot(range: SnapshotRange, opts?: CallOptions): Promise<SnapshotResult>;
}

export function createStats(send: Send): StatsApi {
  return {
    ownerStats: (query, opts) =>
      send({ method: 'get', path: '/owner/stats', query, auth: true, signal: opts?.signal }),

    runSnapshot: (range, opts) =>
      send({
        method: 'post',
        path: '/stats/snapshots',
        json: range,
        auth: true,
        idempotencyKey: true,
        signal: opts?.signal,
      }),
  };
}

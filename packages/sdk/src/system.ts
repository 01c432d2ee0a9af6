import type { CallOptions } from './auth.js';
import type { Send } from './http.js';
import type { Health } from './types.js';

/** Operational endpoints, served outside any tenant. */
export interface SystemApi {
  /** Resolves with `database: 'unreachable'` too: the contract answers that 503 with a Health body. */
  health(opts?: CallOptions): Promise<Health>;
}

export function createSystem(send: Send): SystemApi {
  return {
    health: (opts) =>
      send({
        method: 'get',
        path: '/health',
        scope: 'server',
        bodyStatuses: [503],
        signal: opts?.signal,
      }),
  };
}

import type { CallOptions } from './auth.js';
import type { Send } from './http.js';
import type { Branding } from './types.js';

/** The tenant's public branding and password policy (ORG-2, ORG-3). */
export interface TenantsApi {
  branding(opts?: CallOptions): Promise<Branding>;
}

export function createTenants(send: Send): TenantsApi {
  return {
    branding: (opts) => send({ method: 'get', path: '/branding', signal: opts?.signal }),
  };
}

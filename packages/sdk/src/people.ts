import type { CallOptions } from './auth.js';
import type { Send } from './http.js';
import type { Me } from './types.js';

/** The signed-in person, their roles and units (DIR-3). */
export interface PeopleApi {
  me(opts?: CallOptions): Promise<Me>;
}

export function createPeople(send: Send): PeopleApi {
  return {
    me: (opts) => send({ method: 'get', path: '/me', auth: true, signal: opts?.signal }),
  };
}

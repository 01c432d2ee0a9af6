import { resolveRef } from '../contract/spec.js';

/** The Idempotency-Key header as the contract names it, lower-cased as Node gives headers. */
export const keyHeader = resolveRef<{ name: string }>({
  $ref: '#/components/parameters/IdempotencyKey',
}).name.toLowerCase();

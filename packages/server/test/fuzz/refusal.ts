import assert from 'node:assert/strict';
import type { TestServer } from '../helpers.js';
import { addressOf, exampleBody, goodParts, type Operation } from './operations.js';

/** The operation on a tenant's address, with the given ids in its path and an honest body. */
export function callWith(
  server: TestServer,
  operation: Operation,
  q: { slug: string; ids: Record<string, string>; token?: string },
): Promise<Response> {
  const good = goodParts(operation, q.ids);
  const headers = new Headers(good.headers);
  if (q.token) headers.set('authorization', `Bearer ${q.token}`);
  const body = operation.method === 'GET' ? undefined : exampleBody(operation);
  if (body) headers.set('content-type', body.type);
  return server.fetch(addressOf(operation, q.slug, good), {
    method: operation.method,
    headers,
    ...(body && { body: body.body }),
  });
}

/** A 401, 403 or 404 problem that shows none of `secrets` (ids, an e-mail) anywhere. */
export async function assertRefused(response: Response, where: string, secrets: string[]) {
  const text = await response.text();
  assert.ok([401, 403, 404].includes(response.status), `${where}: ${response.status} ${text}`);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, where);
  for (const secret of secrets) assert.ok(!text.includes(secret), `${where} shows ${secret}`);
}

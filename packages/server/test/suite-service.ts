import { after, before } from 'node:test';
import Fastify, { type FastifyPluginAsync } from 'fastify';

/** An outside service's stand-in (a sandbox's plugin) on a port of its own. */
export async function serve(plugin: FastifyPluginAsync, prefix = '') {
  const app = Fastify();
  await app.register(plugin, { prefix });
  const url = `${await app.listen({ port: 0, host: '127.0.0.1' })}${prefix}`;
  return { url, close: () => app.close() };
}

/**
 * The same for the suite around it: listening in `before`, closed in `after`. Its address,
 * once listening.
 */
export function serveForSuite(plugin: FastifyPluginAsync, prefix = ''): () => string {
  let served: Awaited<ReturnType<typeof serve>> | undefined;
  before(async () => {
    served = await serve(plugin, prefix);
  });
  after(() => served?.close());
  return () => served?.url ?? '';
}

import { after, before } from 'node:test';
import Fastify, { type FastifyPluginAsync } from 'fastify';

/**
 * An outside service's stand-in (a sandbox's plugin) on a port of its own for the suite
 * around it: listening in `before`, closed in `after`. Its address, once listening.
 */
export function serveForSuite(plugin: FastifyPluginAsync, prefix = ''): () => string {
  const app = Fastify();
  let url = '';
  before(async () => {
    await app.register(plugin, { prefix });
    url = `${await app.listen({ port: 0, host: '127.0.0.1' })}${prefix}`;
  });
  after(() => app.close());
  return () => url;
}

import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { ServerOptions } from './config.js';

export { buildApp } from './app.js';
export type { ServerOptions } from './config.js';
export type { DatabaseOptions } from './db/pool.js';

export interface RunningServer {
  /** The origin it listens on, e.g. http://127.0.0.1:3000. */
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Builds the app and listens; close() stops listening and closes the database. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const app = await buildApp(options);
  try {
    await app.listen({ port: options.port ?? 3000, host: options.host ?? '127.0.0.1' });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host ?? '127.0.0.1';
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const url = `http://${shown}:${port}`;
  app.site.publicUrl ??= url;
  return { url, app, close: () => app.close() };
}

import { resolve } from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import type { DatabaseOptions } from './db/pool.js';

export interface ServerOptions {
  /** Port to listen on; 0 picks a free one. Default 3000. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /**
   * The origin people reach this server at (PUBLIC_URL). Relative portal addresses in
   * e-mailed links resolve against it; default the address it listens on.
   */
  publicUrl?: string;
  /** Default: an in-memory PGlite. */
  database?: DatabaseOptions;
  /** Seed the demo tenants and serve the demo portal. Default false. */
  demo?: boolean;
  /** Origins allowed to call every tenant's API, on top of each tenant's own list. */
  corsOrigins?: string[];
  /** SMTP transport for mail; without it mail goes to the dev outbox only. */
  smtpUrl?: string;
  /** Sender of outgoing mail. */
  mailFrom?: string;
  /** Key for access tokens; default one generated once and kept in the database. */
  tokenSecret?: string;
  /** Fastify logger options (pino); default off. Secrets are always redacted. */
  logger?: boolean | { level?: string; stream?: { write(line: string): void } };
  /** Trust X-Forwarded-For from a proxy in front (see Fastify trustProxy). */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** /dev/outbox pages. Default: when NODE_ENV is not production. */
  devRoutes?: boolean;
}

const flag = (value: string | undefined, fallback: boolean) =>
  value === undefined ? fallback : !['0', 'false', 'off', 'no'].includes(value.toLowerCase());

/** The CLI's options from the environment (see README of packages/server). */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const production = env.NODE_ENV === 'production';
  return {
    port: env.PORT ? Number(env.PORT) : 3000,
    host: env.HOST ?? '127.0.0.1',
    database: env.DATABASE_URL
      ? { url: env.DATABASE_URL }
      : { dataDir: resolve(process.cwd(), env.DATA_DIR ?? '.data/pglite') },
    publicUrl: env.PUBLIC_URL || undefined,
    demo: flag(env.ATRIUM_DEMO, !production),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || undefined,
    tokenSecret: env.TOKEN_SECRET || undefined,
    logger: { level: env.LOG_LEVEL ?? 'info' },
    trustProxy: flag(env.TRUST_PROXY, false),
    devRoutes: !production,
  };
}

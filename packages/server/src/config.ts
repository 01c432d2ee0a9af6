import { isIP } from 'node:net';
import { resolve } from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import type { DatabaseOptions } from './db/pool.js';
import { HttpLoyaltyProvider } from './payments/providers/http-loyalty-provider.js';
import { HttpPaymentProvider } from './payments/providers/http-payment-provider.js';
import type { PaymentProviders } from './payments/providers/types.js';
import { HttpSmsProvider } from './sms/http-provider.js';
import type { SmsProvider } from './sms/provider.js';
import { smsSender } from './sms/sender-id.js';

type TrustProxy = NonNullable<FastifyServerOptions['trustProxy']>;

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
  /**
   * How long handing one mail to SMTP may take, connecting included, before it is given up and
   * tried again later with backoff; requests never wait for it. Default 10 s.
   */
  smtpTimeoutMs?: number;
  /** Sender of outgoing mail. */
  mailFrom?: string;
  /** Key for access tokens; default one generated once and kept in the database. */
  tokenSecret?: string;
  /** Fastify logger options (pino); default off. Secrets are always redacted. */
  logger?: boolean | { level?: string; stream?: { write(line: string): void } };
  /**
   * Proxies in front whose X-Forwarded-For entries are believed: a hop count or a list of
   * addresses/CIDRs (Fastify trustProxy). `true` believes any client's forged entries.
   */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** /dev/outbox pages. Default: when NODE_ENV is not production; never with smtpUrl. */
  devRoutes?: boolean;
  /** The payment and loyalty providers (FIN-2, FIN-5); either may be left out. */
  paymentProviders?: Partial<PaymentProviders>;
  /**
   * Mount the sandboxes at /sandbox/payments and /sandbox/loyalty for the providers left out.
   * Default: when NODE_ENV is not production; without them, paying that way is refused (503).
   */
  paymentSandboxes?: boolean;
  /** Run the job that settles payments left pending on this node. Default true. */
  paymentReconciliation?: boolean;
  /**
   * The pause in ms between passes of every background job (JOB_POLL_MS), instead of each
   * job's own (5 s for mail and SMS, a minute or more for the rest). Short ones are for tests.
   */
  jobPollMs?: number;
  /** The SMS gateway (DIR-5: registration codes and decisions). */
  smsProvider?: SmsProvider;
  /**
   * Mount the SMS sandbox at /sandbox/sms when no gateway is given; its pages show every code
   * sent to anyone who asks. Default: when the server runs the demo (`demo`) and NODE_ENV is
   * not production; without it, no code can be sent (503) and decisions' SMS wait.
   */
  smsSandbox?: boolean;
  /**
   * The sender every SMS shows (SMS_SENDER): up to 11 letters, digits and spaces, or a phone
   * number, as gateways take. Default `Atrium`; the tenant is named in the text.
   */
  smsSender?: string;
}

const flag = (value: string | undefined, fallback: boolean) =>
  value === undefined ? fallback : !['0', 'false', 'off', 'no'].includes(value.toLowerCase());

// proxy-addr's names for address ranges, accepted besides addresses and CIDRs.
const rangeNames = ['loopback', 'linklocal', 'uniquelocal'];
const isAddressOrRange = (entry: string) => {
  const [address = '', bits, ...rest] = entry.split('/');
  if (rest.length) return false;
  if (bits === undefined) return isIP(address) !== 0 || rangeNames.includes(address);
  const max = isIP(address) === 4 ? 32 : isIP(address) === 6 ? 128 : 0;
  return /^\d+$/.test(bits) && Number(bits) <= max;
};

/**
 * TRUST_PROXY: unset or 0 trusts no proxy; a number N believes the last N hops of
 * X-Forwarded-For (1 = one reverse proxy, which the server must only be reachable through);
 * otherwise a comma-separated list of proxy addresses/CIDRs. Anything else stops the start
 * rather than trusting every hop, which would let any client pick its own address.
 */
export function trustProxyFromEnv(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (['', '0', 'false', 'off', 'no'].includes(text.toLowerCase())) return false;
  if (/^\d+$/.test(text)) {
    // Fastify 5 reads a bare number as "trust nothing"; hop i = 0 is the socket's peer.
    const hops = Number(text);
    return (_address: string, hop: number) => hop < hops;
  }
  const entries = text.split(',').map((entry) => entry.trim());
  const wrong = entries.filter((entry) => !isAddressOrRange(entry));
  if (wrong.length) {
    throw new Error(
      `TRUST_PROXY must be a hop count or proxy addresses/CIDRs, not ${wrong.join(', ')}`,
    );
  }
  return entries;
}

const positiveInteger = (name: string, value: string) => {
  if (!/^[1-9]\d*$/.test(value)) {
    throw new Error(`${name} must be a positive whole number, not ${value}`);
  }
  return Number(value);
};

const webAddress = (name: string, value: string) => {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new Error(`${name} must be an http(s) address, not ${value}`);
  }
  return value;
};

/** The variables a provider needs together: all set, or none (then undefined). */
function together<K extends string>(env: NodeJS.ProcessEnv, names: readonly K[]) {
  const set = names.filter((name) => env[name]);
  if (!set.length) return undefined;
  const missing = names.filter((name) => !env[name]);
  if (missing.length) throw new Error(`${set.join(', ')} needs ${missing.join(', ')} too`);
  return Object.fromEntries(names.map((name) => [name, env[name] ?? ''])) as Record<K, string>;
}

/**
 * PAYMENT_PROVIDER_URL with PAYMENT_PROVIDER_KEY and PAYMENT_WEBHOOK_SECRET, and
 * LOYALTY_PROVIDER_URL with LOYALTY_PROVIDER_KEY: the providers' HTTP APIs (as the sandboxes
 * speak them). A half-configured provider stops the start rather than refusing payments later.
 */
export function paymentProvidersFromEnv(env: NodeJS.ProcessEnv): Partial<PaymentProviders> {
  const pay = together(env, [
    'PAYMENT_PROVIDER_URL',
    'PAYMENT_PROVIDER_KEY',
    'PAYMENT_WEBHOOK_SECRET',
  ] as const);
  const loyalty = together(env, ['LOYALTY_PROVIDER_URL', 'LOYALTY_PROVIDER_KEY'] as const);
  return {
    ...(pay && {
      payments: new HttpPaymentProvider({
        baseUrl: webAddress('PAYMENT_PROVIDER_URL', pay.PAYMENT_PROVIDER_URL),
        apiKey: pay.PAYMENT_PROVIDER_KEY,
        webhookSecret: pay.PAYMENT_WEBHOOK_SECRET,
      }),
    }),
    ...(loyalty && {
      loyalty: new HttpLoyaltyProvider({
        baseUrl: webAddress('LOYALTY_PROVIDER_URL', loyalty.LOYALTY_PROVIDER_URL),
        apiKey: loyalty.LOYALTY_PROVIDER_KEY,
      }),
    }),
  };
}

/** SMS_PROVIDER_URL with SMS_PROVIDER_KEY: the SMS gateway's HTTP API (as the SMS sandbox speaks it). */
export function smsProviderFromEnv(env: NodeJS.ProcessEnv): SmsProvider | undefined {
  const sms = together(env, ['SMS_PROVIDER_URL', 'SMS_PROVIDER_KEY'] as const);
  return (
    sms &&
    new HttpSmsProvider({
      baseUrl: webAddress('SMS_PROVIDER_URL', sms.SMS_PROVIDER_URL),
      apiKey: sms.SMS_PROVIDER_KEY,
    })
  );
}

/** The CLI's options from the environment (see README of packages/server). */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const production = env.NODE_ENV === 'production';
  const demo = flag(env.ATRIUM_DEMO, !production);
  return {
    port: env.PORT ? Number(env.PORT) : 3000,
    host: env.HOST ?? '127.0.0.1',
    database: env.DATABASE_URL
      ? { url: env.DATABASE_URL }
      : { dataDir: resolve(process.cwd(), env.DATA_DIR ?? '.data/pglite') },
    publicUrl: env.PUBLIC_URL || undefined,
    demo,
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || undefined,
    tokenSecret: env.TOKEN_SECRET || undefined,
    logger: { level: env.LOG_LEVEL ?? 'info' },
    trustProxy: trustProxyFromEnv(env.TRUST_PROXY),
    devRoutes: !production && !env.SMTP_URL,
    paymentProviders: paymentProvidersFromEnv(env),
    paymentSandboxes: flag(env.PAYMENT_SANDBOXES, !production),
    smsProvider: smsProviderFromEnv(env),
    smsSandbox: flag(env.SMS_SANDBOX, demo && !production),
    smsSender: env.SMS_SENDER ? smsSender('SMS_SENDER', env.SMS_SENDER) : undefined,
    jobPollMs: env.JOB_POLL_MS ? positiveInteger('JOB_POLL_MS', env.JOB_POLL_MS) : undefined,
  };
}

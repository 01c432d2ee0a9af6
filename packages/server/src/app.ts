import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { announcements } from './announcements/index.js';
import { audit } from './audit/index.js';
import { auth } from './auth/index.js';
import { loadTokenSecret } from './auth/token-secret.js';
import { bookings } from './bookings/index.js';
import type { ServerOptions } from './config.js';
import { specSchema } from './contract/spec.js';
import { validatorCompiler } from './contract/validators.js';
import { database } from './db/index.js';
import { directory } from './directory/index.js';
import { migrate } from './db/migrate.js';
import { openPool } from './db/pool.js';
import { scopes } from './db/scope.js';
import { demoLoyaltyCards } from './demo/loyalty-cards.js';
import { demoPortal } from './demo/portal.js';
import { seedDemo } from './demo/seed.js';
import { errorHandling, routerProblem, sendProblem } from './errors/handler.js';
import { idempotency } from './idempotency/index.js';
import { imports } from './imports/index.js';
import { mail } from './mail/index.js';
import { meters } from './meters/index.js';
import { notifications } from './notifications/index.js';
import { people } from './people/index.js';
import { profile } from './profile/index.js';
import { registrations } from './registrations/index.js';
import { reports } from './reports/index.js';
import { security } from './security.js';
import { sms } from './sms/setup.js';
import { stats } from './stats/index.js';
import './site.js';
import { system } from './system/index.js';
import { tenancy } from './tenancy/index.js';
import { tenants } from './tenants/index.js';
import { tickets } from './tickets/index.js';
import { voting } from './voting/index.js';
import { payments } from './payments/index.js';
import { paymentProviders } from './payments/providers/setup.js';

// Never written to the log, wherever they appear in a logged object.
const redact = ['authorization', 'cookie', 'password', 'token', 'refreshToken', 'accessToken']
  .flatMap((key) => [key, `*.${key}`, `*.*.${key}`])
  .concat(['req.headers.authorization', 'req.headers.cookie']);

function loggerOptions(logger: ServerOptions['logger']) {
  if (!logger) return false;
  return {
    ...(typeof logger === 'object' ? logger : {}),
    redact: { paths: redact, censor: '[redacted]' },
  };
}

/**
 * The whole application, ready to listen: database opened and migrated, demo seeded when
 * asked, every domain plugin registered. Closing it closes the database.
 */
export async function buildApp(options: ServerOptions = {}): Promise<FastifyInstance> {
  const pool = await openPool(options.database ?? { memory: true });
  try {
    await migrate(pool.pool);
    const db = scopes(pool.pool);
    const secret = await loadTokenSecret(db, options.tokenSecret);
    if (options.demo) await seedDemo(db);

    const app = Fastify({
      logger: loggerOptions(options.logger),
      genReqId: () => randomUUID(),
      requestIdHeader: false,
      bodyLimit: 64 * 1024,
      // Far above the longest path parameter of the contract (an unsubscribe link's token, 300
      // characters): one longer than the contract allows is judged by its route's schema (400
      // naming it); only a longer still is refused by the router (routerProblem).
      routerOptions: { maxParamLength: 2048 },
      frameworkErrors: (error, request, reply) => sendProblem(request, reply, routerProblem(error)),
      trustProxy: options.trustProxy ?? false,
    });
    // JSON is the only body the contract's operations take (uploads add their own types):
    // text/plain would reach the schema as a string and be refused with no field named.
    app.removeContentTypeParser('text/plain');
    app.setValidatorCompiler(validatorCompiler);
    app.addSchema(specSchema);
    app.decorate('site', { publicUrl: options.publicUrl });
    app.decorate('jobPollMs', options.jobPollMs);
    app.decorateRequest('tenant', null);
    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });

    await app.register(errorHandling);
    await app.register(database, { pool });
    await app.register(security);
    await app.register(mail, {
      smtpUrl: options.smtpUrl,
      smtpTimeoutMs: options.smtpTimeoutMs,
      from: options.mailFrom ?? 'Atrium <no-reply@atrium.localhost>',
      devRoutes: options.devRoutes ?? process.env.NODE_ENV !== 'production',
    });
    await app.register(idempotency);
    await app.register(system);
    await app.register(paymentProviders, {
      given: options.paymentProviders ?? {},
      sandboxes: options.paymentSandboxes ?? process.env.NODE_ENV !== 'production',
      loyaltyCards: options.demo ? demoLoyaltyCards : [],
    });
    await app.register(sms, {
      given: options.smsProvider,
      // its pages show every code sent: only for the demo, unless asked for
      sandbox:
        options.smsSandbox ?? (options.demo === true && process.env.NODE_ENV !== 'production'),
      from: options.smsSender,
    });
    await app.register(
      async (tenantScope) => {
        await tenantScope.register(tenancy, { corsOrigins: options.corsOrigins ?? [] });
        await tenantScope.register(auth, { secret });
        await tenantScope.register(people);
        await tenantScope.register(tenants);
        await tenantScope.register(bookings);
        await tenantScope.register(stats, { scheduler: options.statsScheduler ?? true });
        await tenantScope.register(reports);
        await tenantScope.register(meters);
        await tenantScope.register(tickets, { secret });
        await tenantScope.register(voting);
        await tenantScope.register(payments, {
          corsOrigins: options.corsOrigins ?? [],
          reconciliation: options.paymentReconciliation ?? true,
        });
        await tenantScope.register(announcements);
        await tenantScope.register(directory);
        await tenantScope.register(audit);
        await tenantScope.register(imports);
        await tenantScope.register(registrations, { secret });
        await tenantScope.register(profile);
        await tenantScope.register(notifications, { secret });
      },
      { prefix: '/t/:tenant' },
    );
    if (options.demo) await app.register(demoPortal);
    return app;
  } catch (error) {
    await pool.close();
    throw error;
  }
}

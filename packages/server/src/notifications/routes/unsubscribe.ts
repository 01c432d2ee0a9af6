import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import type { Sql } from '../../db/scope.js';
import { ApiProblem, notFound } from '../../errors/problem.js';
import { tenantOf } from '../../tenancy/index.js';
import type { Tenant } from '../../tenancy/tenant.js';
import { unsubscribedPage, unsubscribePage, type PageSubject } from '../page-html.js';
import { setPersonSetting } from '../settings.js';
import { verifyUnsubscribe, type UnsubscribeClaims } from '../token.js';

// The page's button and a mail client's one click post a form of one short field, which the
// contract checks but cannot bound (a mail client may add fields of its own). Anyone holding
// a link may post here unsigned in, so anything longer is refused (413) before it is parsed,
// not read up to the server's default megabyte.
const formLimit = 1024;

/**
 * The claims of a link under its own tenant's path; a token forged, altered, or of another
 * tenant is refused alike (400), so a link can never reach anyone of another tenant.
 */
function claimsOf(secret: string, tenant: Tenant, token: string): UnsubscribeClaims {
  const claims = verifyUnsubscribe(secret, token);
  if (!claims || claims.tenantId !== tenant.id) {
    throw new ApiProblem(400, 'invalid_unsubscribe_token');
  }
  return claims;
}

/** The language of the link's person; 404 if the tenant has no such person. */
async function localeOf(sql: Sql, tenantId: string, personId: string): Promise<Locale> {
  const { rows } = await sql.query<{ locale: Locale }>(
    'SELECT locale FROM people WHERE tenant_id = $1 AND id = $2',
    [tenantId, personId],
  );
  const [person] = rows;
  if (!person) throw notFound();
  return person.locale;
}

/** The page's own policy: a nonce for its one stylesheet, its form posting only here. */
function sendPage(reply: FastifyReply, html: (nonce: string) => string) {
  const nonce = randomBytes(16).toString('base64');
  return reply
    .header(
      'content-security-policy',
      `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'; ` +
        "base-uri 'none'; frame-ancestors 'none'",
    )
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .type('text/html; charset=utf-8')
    .send(html(nonce));
}

const acceptsHtml = (request: FastifyRequest) =>
  (request.headers.accept ?? '').includes('text/html');

/**
 * GET and POST /unsubscribe/:token (NOTE-2): the page of an e-mail's link, which changes
 * nothing (mail scanners open links), and the post that stops the link's kind for its person.
 */
export async function unsubscribeRoutes(app: FastifyInstance, { secret }: { secret: string }) {
  // Only these routes take a form: the page's button and mail clients post one.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: formLimit },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  app.get<{ Params: { token: string } }>(
    '/unsubscribe/:token',
    { schema: routeSchema('showUnsubscribe') },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const claims = claimsOf(secret, tenant, request.params.token);
      const locale = await app.db.withTenant(tenant.id, (sql) =>
        localeOf(sql, tenant.id, claims.personId),
      );
      const page = { locale, tenantName: tenant.name, kind: claims.kind };
      return sendPage(reply, (nonce) => unsubscribePage({ ...page, nonce }));
    },
  );

  app.post<{ Params: { token: string } }>(
    '/unsubscribe/:token',
    { schema: routeSchema('unsubscribe'), bodyLimit: formLimit },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const claims = claimsOf(secret, tenant, request.params.token);
      const locale = await app.db.withTenant(tenant.id, async (sql) => {
        const found = await localeOf(sql, tenant.id, claims.personId);
        // The person's own setting of this kind, and nothing else.
        await setPersonSetting(sql, { ...claims, setting: 'dont_send' });
        return found;
      });
      if (!acceptsHtml(request)) return reply.code(204).send();
      const page: Omit<PageSubject, 'nonce'> = {
        locale,
        tenantName: tenant.name,
        kind: claims.kind,
      };
      return sendPage(reply, (nonce) => unsubscribedPage({ ...page, nonce }));
    },
  );
}

import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import assert from 'node:assert/strict';
import { AtriumError } from '@atrium/sdk';
import { one, type Sql } from '../src/db/scope.js';
import { lesna5 } from '../src/demo/data.js';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';

const irina = { email: 'irina@nevsky-apart.example', password: 'Nevsky-2026' };
const tenantId = (slug: string) => async (sql: Sql) =>
  one(await sql.query<{ id: string }>('SELECT id FROM tenants WHERE slug = $1', [slug])).id;

// A blank page served from an origin no tenant allows, in the system Chromium.
let browser: Browser | undefined;
let site: Server | undefined;
async function foreignPage() {
  browser ??= await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  if (!site) {
    site = createServer((_req, res) => res.end('<!doctype html><title>Foreign site</title>'));
    site.listen(0, '127.0.0.1');
    await once(site, 'listening');
  }
  const { port } = site.address() as AddressInfo;
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  return page;
}
after(async () => {
  await browser?.close();
  site?.close();
});

for (const engine of engines) {
  describe(`tenant isolation and CORS on ${engine.name}`, () => {
    const server = useServer(engine, { corsOrigins: ['https://integrator.example'] });

    it('ORG-1 an access token of one tenant is refused under another', async () => {
      const session = await server().client('demo-hotel').auth.signIn(irina);
      const response = await server().fetch('/t/lesna-5/me', {
        headers: { authorization: `Bearer ${session.accessToken}` },
      });
      assert.equal(response.status, 401);
      assert.equal((await problemOf(response)).code, 'unauthenticated');
      const refresh = await server().fetch('/t/lesna-5/auth/refresh', {
        method: 'POST',
        json: { refreshToken: session.refreshToken },
      });
      assert.equal(refresh.status, 401);
    });

    it('ORG-1 a person of one tenant does not exist in another', async () => {
      const error = await server()
        .client('lesna-5')
        .auth.signIn(irina)
        .catch((e: unknown) => e);
      assert.ok(error instanceof AtriumError);
      assert.equal(error.code, 'invalid_credentials');
    });

    it('ORG-1 row-level security alone hides another tenant’s rows, even without a WHERE', async () => {
      const { db } = server().app;
      const hotel = await db.withSystem(tenantId('demo-hotel'));
      const lesna = await db.withSystem(tenantId('lesna-5'));
      const seen = await db.withTenant(lesna, async (sql) => ({
        people: (await sql.query<{ email: string }>('SELECT email FROM people ORDER BY email'))
          .rows,
        hotelPeople: (await sql.query('SELECT * FROM people WHERE tenant_id = $1', [hotel])).rows,
        units: (await sql.query<{ number: string }>('SELECT number FROM units')).rows,
        tenants: (await sql.query<{ slug: string }>('SELECT slug FROM tenants')).rows,
      }));
      assert.deepEqual(
        seen.people.map((p) => p.email),
        lesna5.people.map((p) => p.email).sort(),
      );
      assert.deepEqual(seen.hotelPeople, []);
      assert.deepEqual(
        seen.units.map((u) => u.number).sort(),
        lesna5.units.map((u) => u.number).sort(),
      );
      assert.deepEqual(
        seen.tenants.map((t) => t.slug),
        ['lesna-5'],
      );
      await assert.rejects(
        db.withTenant(lesna, (sql) =>
          sql.query(
            "INSERT INTO people (tenant_id, email, name, locale) VALUES ($1, 'x@y.example', 'X', 'en')",
            [hotel],
          ),
        ),
        /row-level security/,
      );
    });

    it('CORS: an allowed origin gets a preflight and headers; another is refused', async () => {
      const preflight = await fetch(`${server().url}/t/demo-hotel/auth/sign-in`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://integrator.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      });
      assert.equal(preflight.status, 204);
      assert.equal(
        preflight.headers.get('access-control-allow-origin'),
        'https://integrator.example',
      );
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /authorization/);
      // castVotes is a PUT: a page must be allowed every method the contract uses
      for (const method of ['GET', 'POST', 'PUT', 'DELETE'])
        assert.match(
          preflight.headers.get('access-control-allow-methods') ?? '',
          new RegExp(method),
        );

      const branding = await server().fetch('/t/demo-hotel/branding', {
        headers: { origin: 'https://integrator.example' },
      });
      assert.equal(branding.status, 200);
      assert.equal(
        branding.headers.get('access-control-allow-origin'),
        'https://integrator.example',
      );

      // A foreign origin may read the refusal (no credentials, nothing run), so a widget
      // there shows origin_not_allowed instead of a network error.
      const foreignPreflight = await fetch(`${server().url}/t/demo-hotel/auth/sign-in`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      assert.equal(foreignPreflight.status, 204);
      assert.equal(
        foreignPreflight.headers.get('access-control-allow-origin'),
        'https://evil.example',
      );
      const refused = await server().fetch('/t/demo-hotel/branding', {
        headers: { origin: 'https://evil.example' },
      });
      assert.equal(refused.status, 403);
      assert.equal(refused.headers.get('access-control-allow-origin'), 'https://evil.example');
      assert.equal(refused.headers.get('access-control-allow-credentials'), null);
      assert.equal((await problemOf(refused)).code, 'origin_not_allowed');
    });

    it('CORS: a page on a foreign origin reads origin_not_allowed in a real browser', async () => {
      const page = await foreignPage();
      try {
        const seen = await page.evaluate(async (api) => {
          const response = await fetch(`${api}/t/demo-hotel/auth/sign-in`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'irina@nevsky-apart.example', password: 'Nevsky-2026' }),
          });
          return {
            status: response.status,
            code: ((await response.json()) as { code: string }).code,
          };
        }, server().url);
        assert.deepEqual(seen, { status: 403, code: 'origin_not_allowed' });
      } finally {
        await page.close();
      }
    });

    it('CORS: each tenant has its own allow-list', async () => {
      await server().app.db.withSystem((sql) =>
        sql.query(
          "UPDATE tenants SET allowed_origins = '{https://lesna5.example}' WHERE slug = 'lesna-5'",
        ),
      );
      const origin = { origin: 'https://lesna5.example' };
      const own = await server().fetch('/t/lesna-5/branding', { headers: origin });
      assert.equal(own.headers.get('access-control-allow-origin'), 'https://lesna5.example');
      const other = await server().fetch('/t/demo-hotel/branding', { headers: origin });
      assert.equal(other.status, 403);
      assert.equal((await problemOf(other)).code, 'origin_not_allowed');
    });
  });
}

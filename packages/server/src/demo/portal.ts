import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../errors/problem.js';
import { findTenantBySlug } from '../tenancy/tenant.js';
import { demoHotel, lesna5 } from './data.js';
import { portalPage } from './pages.js';

const require = createRequire(import.meta.url);
const portalCss = new URL('../../public/portal.css', import.meta.url);

/** The elements bundle for a script tag, or null while @atrium/elements is not built. */
function elementsBundle(): string | null {
  try {
    return require.resolve('@atrium/elements/atrium.js');
  } catch {
    return null;
  }
}

/** The demo portal: GET / for demo-hotel (ru), GET /lesna-5/ for Leśna 5 (pl). */
export async function demoPortal(app: FastifyInstance) {
  const pages = [
    { path: '/', tenant: demoHotel, other: lesna5 },
    { path: '/lesna-5/', tenant: lesna5, other: demoHotel },
  ];
  for (const { path, tenant: demo, other } of pages) {
    app.get(path, async (_request, reply) => {
      const tenant = await app.db.withSystem((sql) => findTenantBySlug(sql, demo.slug));
      if (!tenant) throw notFound();
      const html = portalPage(tenant, { href: other.portalUrl, label: other.name }, demo.people[0]);
      return reply.type('text/html; charset=utf-8').send(html);
    });
  }

  app.get('/assets/portal.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').send(await readFile(portalCss, 'utf8')),
  );

  app.get('/assets/atrium.js', async (_request, reply) => {
    const file = elementsBundle();
    if (!file) throw notFound();
    return reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(createReadStream(file));
  });
}

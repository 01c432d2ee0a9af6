import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Sql } from '../../db/scope.js';
import { notFound } from '../../errors/problem.js';
import { tenantOf } from '../../tenancy/index.js';
import { scopeOf, type Viewer } from '../access.js';
import type { Notice } from '../changes.js';
import { findTicketDetail } from '../repository.js';
import type { TicketDetail } from '../types.js';

/** The ticket as the viewer may see it, read in the caller's transaction; 404 if not theirs. */
export async function detailFor(
  sql: Sql,
  q: { tenantId: string; ticketId: string; viewer: Viewer },
): Promise<TicketDetail> {
  const detail = await findTicketDetail(sql, { ...q, scope: scopeOf(q.viewer) });
  if (!detail) throw notFound();
  return detail;
}

/** Where status e-mails send the reporter: the tenant's portal, never from the request's Host. */
export function noticeOf(app: FastifyInstance, request: FastifyRequest): Notice {
  const tenant = tenantOf(request);
  return {
    tenantName: tenant.name,
    portalLink: new URL(tenant.portalUrl, app.site.publicUrl).href,
  };
}

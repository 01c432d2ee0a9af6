import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authOf } from '../auth/authenticate.js';
import { requireCompanyAdmin } from '../auth/company-admin.js';
import type { Sql } from '../db/scope.js';
import { unauthenticated } from '../errors/problem.js';
import { tenantOf } from '../tenancy/index.js';
import { loadViewer, type Viewer } from './viewer.js';

/** The signed-in person of a request, loaded in the caller's transaction. */
export async function viewerOf(sql: Sql, request: FastifyRequest): Promise<Viewer> {
  const viewer = await loadViewer(sql, tenantOf(request).id, authOf(request).personId);
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** Hook for uploads: only managers and directors, checked before the body is read. */
export function requireUploader(app: FastifyInstance) {
  return async (request: FastifyRequest) => {
    const viewer = await app.db.withTenant(tenantOf(request).id, (sql) => viewerOf(sql, request));
    requireCompanyAdmin(viewer);
  };
}

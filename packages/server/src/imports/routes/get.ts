import type { FastifyInstance } from 'fastify';
import type { Import } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { requireDirectoryEditor } from '../../directory/access.js';
import { notFound } from '../../errors/problem.js';
import { asViewer } from '../../people/viewer.js';
import type { LiveProgress } from '../progress.js';
import { findImport } from '../repository.js';

/** GET /imports/:importId (DIR-4): one import of the tenant and how far it has got. */
export async function getRoute(app: FastifyInstance, options: { progress: LiveProgress }) {
  app.get<{ Params: { importId: string } }>(
    '/imports/:importId',
    { schema: routeSchema('getImport'), preHandler: app.authenticate },
    async (request): Promise<Import> => {
      const found = await asViewer(app, request, async (sql, viewer, tenantId) => {
        requireDirectoryEditor(viewer);
        return findImport(sql, tenantId, request.params.importId);
      });
      if (!found) throw notFound();
      return options.progress.overlay(found);
    },
  );
}

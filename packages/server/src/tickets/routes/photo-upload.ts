import type { FastifyInstance } from 'fastify';
import type { paths } from '@atrium/sdk';
import { authOf } from '../../auth/authenticate.js';
import { routeSchema } from '../../contract/route-schema.js';
import { ApiProblem } from '../../errors/problem.js';
import { tenantOf } from '../../tenancy/index.js';
import { acceptRawBodies, isUploadedFile } from '../../uploads/raw-body.js';
import { asViewer } from '../../people/viewer.js';
import { requireResident } from '../access.js';
import {
  photoLimit,
  photoTypeOfContent,
  photoTypeOfHeader,
  photoTypes,
} from '../photos/formats.js';
import { saveDraft } from '../photos/store.js';
import type { PhotoUpload } from '../types.js';

type Query = paths['/ticket-photos']['post']['parameters']['query'];

const unsupported = () => new ApiProblem(415, 'unsupported_media_type', { detail: 'photoOnly' });

/**
 * POST /ticket-photos (TKT-1): an owner or resident uploads a JPEG, PNG or WebP whose bytes
 * are what its Content-Type says; it waits as their draft until a new ticket names it.
 */
export async function photoUploadRoute(app: FastifyInstance) {
  acceptRawBodies(app, { mediaTypes: photoTypes, limit: photoLimit, refusal: unsupported });
  app.post<{ Querystring: Query }>(
    '/ticket-photos',
    {
      schema: routeSchema('uploadTicketPhoto'),
      // before the body is read: nobody who can't report a fault may make the server take 10 MB
      onRequest: [
        app.authenticate,
        (request) => asViewer(app, request, async (_sql, viewer) => requireResident(viewer)),
      ],
    },
    async (request, reply) => {
      const contentType = photoTypeOfHeader(request.headers['content-type']);
      const file = request.body;
      if (
        !contentType ||
        !isUploadedFile(file) ||
        photoTypeOfContent(file.chunks) !== contentType
      ) {
        throw unsupported();
      }
      const tenantId = tenantOf(request).id;
      const upload = await app.db.withTenant(tenantId, (sql) =>
        saveDraft(sql, {
          tenantId,
          uploadedBy: authOf(request).personId,
          contentType,
          fileName: request.query?.fileName ?? null,
          file,
        }),
      );
      return reply.code(201).send(upload satisfies PhotoUpload);
    },
  );
}

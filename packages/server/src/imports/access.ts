import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireDirectoryEditor } from '../directory/access.js';
import { asViewer } from '../people/viewer.js';

/**
 * Imports change the directory, so only its editors (managers, directors) see them at all:
 * an accountant, owner, resident or board member gets 403 on every route.
 */
export const requireImporter = (app: FastifyInstance, request: FastifyRequest) =>
  asViewer(app, request, async (_sql, viewer) => requireDirectoryEditor(viewer));

import type { FastifyInstance } from 'fastify';
import { ApiProblem } from '../errors/problem.js';
import { acceptRawBodies } from '../uploads/raw-body.js';
import { contentTypes } from './formats.js';

export type { UploadedFile } from '../uploads/raw-body.js';

const uploadLimit = 20 * 1024 * 1024;

/**
 * Lets the routes of one plugin take PDF and XLSX bodies, up to uploadLimit bytes; any
 * other media type without a parser of its own is refused as unsupported.
 */
export function acceptReportFiles(app: FastifyInstance) {
  acceptRawBodies(app, {
    mediaTypes: Object.values(contentTypes),
    limit: uploadLimit,
    refusal: () => new ApiProblem(415, 'unsupported_media_type', { detail: 'reportFileOnly' }),
  });
}

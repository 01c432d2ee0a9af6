import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiProblem } from '../errors/problem.js';
import { contentTypes } from './formats.js';

/** An uploaded file, already cut into the chunks report_files stores. */
export interface UploadedFile {
  chunks: Buffer[];
  size: number;
}

const chunkSize = 256 * 1024;
const uploadLimit = 20 * 1024 * 1024;

const tooLarge = () =>
  new ApiProblem(413, 'payload_too_large', {
    detail: 'bodyLimit',
    params: { limit: uploadLimit },
  });

/**
 * Reads a raw file body into chunkSize pieces, refusing more than uploadLimit bytes: at once
 * when Content-Length says so, else as soon as the count passes it. The whole file is read
 * before any database work, so no connection waits on a slow client.
 */
export async function readUpload(request: FastifyRequest, payload: AsyncIterable<Buffer>) {
  if (Number(request.headers['content-length'] ?? 0) > uploadLimit) throw tooLarge();
  const chunks: Buffer[] = [];
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let size = 0;
  for await (const piece of payload) {
    size += piece.length;
    if (size > uploadLimit) throw tooLarge();
    pending.push(piece);
    pendingSize += piece.length;
    while (pendingSize >= chunkSize) {
      const joined = Buffer.concat(pending);
      chunks.push(joined.subarray(0, chunkSize));
      pending = [joined.subarray(chunkSize)];
      pendingSize -= chunkSize;
    }
  }
  if (pendingSize > 0) chunks.push(Buffer.concat(pending));
  return { chunks, size } satisfies UploadedFile;
}

/**
 * Lets the routes of one plugin take PDF and XLSX bodies, up to uploadLimit bytes; any
 * other media type without a parser of its own is refused as unsupported.
 */
export function acceptReportFiles(app: FastifyInstance) {
  app.addContentTypeParser(
    Object.values(contentTypes),
    (request: FastifyRequest, payload: IncomingMessage) => readUpload(request, payload),
  );
  app.addContentTypeParser('*', async () => {
    throw new ApiProblem(415, 'unsupported_media_type', { detail: 'reportFileOnly' });
  });
}

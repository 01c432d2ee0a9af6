import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiProblem } from '../errors/problem.js';

/** An uploaded file, already cut into pieces of at most chunkSize bytes. */
export interface UploadedFile {
  chunks: Buffer[];
  size: number;
}

export const chunkSize = 256 * 1024;

const tooLarge = (limit: number) =>
  new ApiProblem(413, 'payload_too_large', { detail: 'bodyLimit', params: { limit } });

/**
 * Reads a raw file body into chunkSize pieces, refusing more than `limit` bytes: at once
 * when Content-Length says so, else as soon as the count passes it. The whole file is read
 * before any database work, so no connection waits on a slow client.
 */
async function readRawBody(
  request: FastifyRequest,
  payload: AsyncIterable<Buffer>,
  limit: number,
): Promise<UploadedFile> {
  if (Number(request.headers['content-length'] ?? 0) > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let size = 0;
  for await (const piece of payload) {
    size += piece.length;
    if (size > limit) throw tooLarge(limit);
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
  return { chunks, size };
}

/** Whether a parsed body is a raw file (a JSON body of a route that takes both is not). */
export const isUploadedFile = (body: unknown): body is UploadedFile =>
  typeof body === 'object' && body !== null && 'chunks' in body && 'size' in body;

/**
 * Lets the routes of one plugin take raw bodies of the given media types, up to `limit`
 * bytes; any other media type without a parser of its own gets `refusal()`.
 */
export function acceptRawBodies(
  app: FastifyInstance,
  options: { mediaTypes: string[]; limit: number; refusal: () => ApiProblem },
) {
  app.addContentTypeParser(
    options.mediaTypes,
    (request: FastifyRequest, payload: IncomingMessage) =>
      readRawBody(request, payload, options.limit),
  );
  app.addContentTypeParser('*', async () => {
    throw options.refusal();
  });
}

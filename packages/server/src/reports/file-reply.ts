import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { attachment } from './disposition.js';
import { contentTypes, type ReportFormat } from './formats.js';

/**
 * Sends a report file as a download: its media type, its name, its size when known in
 * advance; personal figures, so no shared cache keeps a copy.
 */
export function sendFile(
  reply: FastifyReply,
  file: { format: ReportFormat; name: string; size?: number },
  body: Readable,
) {
  reply
    .type(contentTypes[file.format])
    .header('content-disposition', attachment(file.name))
    .header('cache-control', 'private, no-store');
  if (file.size !== undefined) reply.header('content-length', file.size);
  return reply.send(body);
}

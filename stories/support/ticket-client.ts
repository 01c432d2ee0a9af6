// A client for the fault-ticket stories: the pretend server answers the ticket routes and
// hands everything else (sign-in, branding) to the common story server.
import type {
  AtriumClient,
  PhotoUpload,
  TicketDetail,
  TicketEvent,
  TicketStatus,
} from '@atrium/sdk';
import { domainStoryClient, json, never, offline, problem } from './story-client.js';
import { createdTicket, photoBlob, ticketDetail, ticketPage, ticketsMe } from './ticket-data.js';

/** How the pretend server answers the ticket routes; every answer defaults to `ok`. */
export interface TicketStoryServer {
  /** Who is signed in: Anna, a resident and owner, or Katarzyna, a manager. */
  person?: 'resident' | 'staff';
  /** The list of tickets: some, none, never, or out of reach. */
  list?: 'ok' | 'empty' | 'never' | 'offline';
  /** Photo uploads: every one stored, or only the first (later ones stall). */
  photos?: 'stored' | 'first-stored';
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * A photo upload: bytes that are not a PNG are refused (415) as the real server refuses
 * them; with `photos: 'first-stored'` only the first photo is stored and later ones never
 * finish uploading (their progress stays on screen).
 */
function photoUploads(server: TicketStoryServer) {
  let stored = 0;
  return async (request: Request): Promise<Response> => {
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (!pngSignature.every((byte, i) => bytes[i] === byte)) {
      return problem(415, 'unsupported_media_type');
    }
    if (server.photos === 'first-stored' && stored++ > 0) return never();
    const upload: PhotoUpload = {
      id: crypto.randomUUID(),
      contentType: 'image/png',
      size: bytes.length,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    };
    return json(201, upload);
  };
}

/** The shown ticket after an action, with the event it made at the end of its timeline. */
function changed(detail: TicketDetail, event: Partial<TicketEvent>, staff: boolean) {
  const at = new Date().toISOString();
  const me = ticketsMe(staff ? 'staff' : 'resident');
  const status: TicketStatus = event.toStatus ?? detail.ticket.status;
  const added: TicketEvent = {
    id: crypto.randomUUID(),
    kind: 'comment',
    at,
    author: { id: me.id, name: me.name, staff },
    fromStatus: null,
    toStatus: null,
    comment: null,
    internal: false,
    ...event,
  };
  const reopenableUntil = status === 'resolved' ? detail.ticket.reopenableUntil : null;
  return {
    ...detail,
    ticket: { ...detail.ticket, status, updatedAt: at, reopenableUntil },
    timeline: [...detail.timeline, added],
  };
}

async function ticketAnswer(
  server: TicketStoryServer,
  upload: (request: Request) => Promise<Response>,
  request: Request,
  route: string,
  path: string,
  query: URLSearchParams,
): Promise<Response | null> {
  const staff = server.person === 'staff';
  const ticketId = path.split('/')[2] ?? '';
  const detail = () => ticketDetail(ticketId, staff);
  const body = async () => (await request.json()) as Record<string, unknown>;
  switch (route) {
    case 'GET /me':
      return json(200, ticketsMe(staff ? 'staff' : 'resident'));
    case 'GET /tickets': {
      const list = server.list ?? 'ok';
      if (list === 'never') return never();
      if (list === 'offline') return offline();
      return json(200, ticketPage(query, list === 'empty'));
    }
    case 'POST /tickets': {
      const input = await body();
      if (input['place'] === 'common_area' && !input['location']) {
        const errors = [{ field: 'location', code: 'required', message: 'Required.' }];
        return problem(400, 'validation_failed', { errors });
      }
      return json(201, createdTicket(input, (input['photoIds'] as string[] | undefined) ?? []));
    }
    case 'GET /tickets/:id': {
      const found = detail();
      return found ? json(200, found) : problem(404, 'not_found');
    }
    case 'GET /tickets/:id/photos/:id':
      return new Response(await photoBlob(Number(path.at(-1) ?? 0) % 3), {
        headers: { 'content-type': 'image/png' },
      });
    case 'POST /tickets/:id/comments': {
      const { text, internal } = await body();
      const found = detail();
      const comment = { comment: text as string, internal: Boolean(internal) };
      return found ? json(201, changed(found, comment, staff)) : problem(404, 'not_found');
    }
    case 'POST /tickets/:id/status': {
      const { status, comment } = await body();
      const found = detail();
      if (!found) return problem(404, 'not_found');
      const event = {
        kind: 'status_changed' as const,
        fromStatus: found.ticket.status,
        toStatus: status as TicketStatus,
        comment: (comment as string | undefined) ?? null,
      };
      return json(200, changed(found, event, staff));
    }
    case 'POST /tickets/:id/reopening': {
      const { comment } = await body();
      const found = detail();
      if (!found) return problem(404, 'not_found');
      const event = {
        kind: 'reopened' as const,
        fromStatus: found.ticket.status,
        toStatus: 'accepted' as const,
        comment: comment as string,
      };
      return json(200, changed(found, event, staff));
    }
    case 'POST /ticket-photos':
      return upload(request);
    case 'DELETE /ticket-photos/:id':
      return new Response(null, { status: 204 });
    default:
      return null;
  }
}

/**
 * A client signed in as the story's person. Photo uploads with progress go by
 * XMLHttpRequest, which no pretend fetch can answer: here they go through the pretend
 * server instead, their progress told as they leave (40 %) and when they are stored.
 */
export async function ticketStoryClient(server: TicketStoryServer = {}): Promise<AtriumClient> {
  const uploads = photoUploads(server);
  const client = await domainStoryClient('anna.nowak@example.pl', (request, route, path, query) =>
    ticketAnswer(server, uploads, request, route, path, query),
  );
  const { uploadPhoto } = client.tickets;
  client.tickets.uploadPhoto = async (file, { onProgress, ...options } = {}) => {
    onProgress?.(Math.round(file.size * 0.4), file.size);
    const upload = await uploadPhoto(file, options);
    onProgress?.(file.size, file.size);
    return upload;
  };
  return client;
}

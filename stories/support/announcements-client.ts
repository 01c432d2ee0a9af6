// A client for the announcements stories: the pretend server answers the announcement routes
// and hands everything else (sign-in, branding) to the common story server.
import type { AtriumClient } from '@atrium/sdk';
import {
  announcementOf,
  announcementPage,
  announcementsMe,
  announcementsState,
  type AnnouncementsState,
  type StoryPerson,
  type StoryTenant,
} from './announcements-data.js';
import { domainStoryClient, json, never, offline, problem } from './story-client.js';

/** How the pretend server answers; every answer defaults to `ok`. */
export interface AnnouncementsStoryServer {
  /** Leśna 5 (Polish) or Невский Апарт (Russian). */
  tenant?: StoryTenant;
  /** Who is signed in: a co-owner, a co-owner on the board, or the manager. */
  person?: StoryPerson;
  /** The list: some, none, never, or out of reach. */
  list?: 'ok' | 'empty' | 'never' | 'offline';
}

/** The pretend server's answer to an announcements route for `state`'s person; null for others. */
export function announcementsAnswer(
  server: AnnouncementsStoryServer,
  state: AnnouncementsState,
  route: string,
  path: string,
  query: URLSearchParams,
): Response | Promise<Response> | null {
  const id = path.split('/')[2] ?? '';
  switch (route) {
    case 'GET /me':
      return json(200, announcementsMe(state.tenant, state.person));
    case 'GET /announcements': {
      const list = server.list ?? 'ok';
      if (list === 'never') return never();
      if (list === 'offline') return offline();
      const status = query.get('status') ?? 'current';
      if (status !== 'current' && state.person === 'resident') return problem(403, 'forbidden');
      return json(200, announcementPage(state, query, list === 'empty'));
    }
    case 'GET /announcements/:id': {
      const announcement = announcementOf(state, id);
      return announcement ? json(200, announcement) : problem(404, 'not_found');
    }
    case 'PUT /announcements/:id/read': {
      if (!announcementOf(state, id)) return problem(404, 'not_found');
      state.read.add(id);
      return new Response(null, { status: 204 });
    }
    default:
      return null;
  }
}

/** A client signed in as the story's person, whose pretend server remembers what was read. */
export function announcementsStoryClient(
  server: AnnouncementsStoryServer = {},
): Promise<AtriumClient> {
  const state = announcementsState(server.tenant ?? 'lesna', server.person ?? 'board');
  return domainStoryClient('anna.nowak@example.pl', async (_request, route, path, query) =>
    announcementsAnswer(server, state, route, path, query),
  );
}

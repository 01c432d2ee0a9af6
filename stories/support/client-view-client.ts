// A client for the client-view stories (AUTH-3): the manager Katarzyna is signed in; a view
// shows the announcements as Anna sees them, and the pretend server refuses it every change.
import type { AtriumClient, ClientView } from '@atrium/sdk';
import { announcementsAnswer } from './announcements-client.js';
import { announcementsMe, announcementsState } from './announcements-data.js';
import { domainStoryClient, json, problem } from './story-client.js';

const viewToken = 'story.client-view.token';

/** Anna, as the view names her. */
export const viewedPerson = announcementsMe('lesna', 'board');

/** How the pretend server answers; a view lasts its 15 minutes unless said otherwise. */
export interface ClientViewStoryServer {
  /** Seconds a view lasts. */
  viewSeconds?: number;
}

/** A client signed in as the manager, whose pretend server opens views of Anna. */
export function clientViewStoryClient(server: ClientViewStoryServer = {}): Promise<AtriumClient> {
  const manager = announcementsState('lesna', 'staff');
  const client = announcementsState('lesna', 'board');
  const view: ClientView = {
    accessToken: viewToken,
    tokenType: 'Bearer',
    expiresIn: server.viewSeconds ?? 900,
    person: { id: viewedPerson.id, name: viewedPerson.name },
  };
  return domainStoryClient('katarzyna@example.pl', async (request, route, path, query) => {
    const viewing = request.headers.get('authorization') === `Bearer ${viewToken}`;
    if (route === 'POST /people/:id/client-view') {
      return viewing ? problem(403, 'read_only_view') : json(201, view);
    }
    if (viewing && request.method !== 'GET') return problem(403, 'read_only_view');
    return announcementsAnswer({}, viewing ? client : manager, route, path, query);
  });
}

import type { CallOptions, KeyedCallOptions } from './auth.js';
import type { Send } from './http.js';
import type {
  Announcement,
  AnnouncementChange,
  AnnouncementInput,
  AnnouncementPage,
  AnnouncementsQuery,
} from './types.js';

/** Notices from the management company and the boards (ANN-1, ORG-4). */
export interface AnnouncementsApi {
  /** One page, newest first: what the person may see now, or (authors) scheduled or ended ones. */
  list(query?: AnnouncementsQuery, opts?: CallOptions): Promise<AnnouncementPage>;
  /** One announcement its audience or its authors may see. */
  get(announcementId: string, opts?: CallOptions): Promise<Announcement>;
  /** Publishes one (managers, directors, a property's board). */
  create(body: AnnouncementInput, opts?: KeyedCallOptions): Promise<Announcement>;
  /** Changes the fields sent; `visibleUntil` set to now takes it down. */
  update(
    announcementId: string,
    body: AnnouncementChange,
    opts?: CallOptions,
  ): Promise<Announcement>;
  /** Marks it read for the person; again changes nothing. */
  markRead(announcementId: string, opts?: CallOptions): Promise<void>;
}

export function createAnnouncements(send: Send): AnnouncementsApi {
  return {
    list: (query, opts) =>
      send({ method: 'get', path: '/announcements', query, auth: true, signal: opts?.signal }),

    get: (announcementId, opts) =>
      send({
        method: 'get',
        path: '/announcements/{announcementId}',
        pathParams: { announcementId },
        auth: true,
        signal: opts?.signal,
      }),

    create: (body, opts) =>
      send({
        method: 'post',
        path: '/announcements',
        json: body,
        auth: true,
        idempotencyKey: opts?.idempotencyKey ?? true,
        signal: opts?.signal,
      }),

    update: (announcementId, body, opts) =>
      // A PATCH to the values given: the same again changes nothing, so it is retried.
      send({
        method: 'patch',
        path: '/announcements/{announcementId}',
        pathParams: { announcementId },
        json: body,
        auth: true,
        signal: opts?.signal,
      }),

    markRead: (announcementId, opts) =>
      send({
        method: 'put',
        path: '/announcements/{announcementId}/read',
        pathParams: { announcementId },
        auth: true,
        signal: opts?.signal,
      }),
  };
}

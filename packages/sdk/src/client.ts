import { createAuth, type AuthApi } from './auth.js';
import { createBookings, type BookingsApi } from './bookings.js';
import { createDownload } from './download.js';
import {
  createRequester,
  fileTransport,
  typedTransport,
  type AtriumHooks,
  type FileSend,
  type Send,
} from './http.js';
import { createMeters, type MetersApi } from './meters.js';
import { createPayments, type PaymentsApi } from './payments.js';
import { createAnnouncements, type AnnouncementsApi } from './announcements.js';
import { createAudit, type AuditApi } from './audit.js';
import { createDirectory, type DirectoryApi } from './directory.js';
import { createImports, type ImportsApi } from './imports.js';
import { createRegistrations, type RegistrationsApi } from './registrations.js';
import { createProfile, type ProfileApi } from './profile.js';
import { createNotifications, type NotificationsApi } from './notifications.js';
import { createPeople, type PeopleApi } from './people.js';
import { createReports, type ReportsApi } from './reports.js';
import { createSession } from './session.js';
import { createStats, type StatsApi } from './stats.js';
import { createSystem, type SystemApi } from './system.js';
import { createTenants, type TenantsApi } from './tenants.js';
import { createTickets, type TicketsApi } from './tickets.js';
import { createVoting, type VotingApi } from './voting.js';
import { memoryTokenStore, type TokenStore } from './token-store.js';
import type { ClientView, Locale } from './types.js';

export interface AtriumClientOptions {
  /** Server origin plus an optional path, e.g. `http://localhost:3000`. */
  baseUrl: string;
  /** The tenant's public slug; tenant operations go to `${baseUrl}/t/${tenant}/…`. */
  tenant: string;
  /** A custom fetch (tests, stories, SSR). */
  fetch?: typeof fetch;
  /** Where the refresh token lives; defaults to memory only. */
  tokenStore?: TokenStore;
  /**
   * A client view from `auth.viewAsClient` (AUTH-3): this client sees the portal exactly as
   * `clientView.person` does, and the server refuses it every change (`403 read_only_view`).
   * It sends the view's access token and never refreshes it: the first `401` (its 15 minutes
   * are over, the manager's own sign-in ended, the client was deactivated) ends the view,
   * `isSignedIn()` turns false and `onChange` listeners hear `false`. It keeps its tokens in
   * memory only and ignores `tokenStore`, so its `signIn` and `signOut` never touch the
   * stored session of the manager who opened the view.
   */
  clientView?: ClientView;
  /** Sent as `Accept-Language`; a function is asked again for every request. */
  locale?: Locale | (() => Locale);
  /**
   * Hooks around every HTTP request, retries and token refreshes included. Order: the SDK
   * sets `Authorization`, `Accept-Language` and `Idempotency-Key`; then `beforeRequest`
   * hooks run in the order given; the request is sent; then `afterResponse` hooks run in the
   * order given, on every response including errors; only then does the SDK retry, refresh
   * after `401 unauthenticated`, or throw an AtriumError, judging the response the last hook
   * returned. A hook returning nothing leaves the request or response as it was.
   */
  hooks?: AtriumHooks;
  /** Milliseconds per attempt; default 10 000. */
  timeout?: number;
  /**
   * Retries after the first attempt (default 2), with exponential backoff and jitter, honouring
   * `Retry-After` up to 30 s. Only GET, HEAD, PUT, DELETE, OPTIONS and the operations whose
   * contract declares `Idempotency-Key` (sent, the same on every retry) are retried; 4xx
   * answers only for 408 and a short 429.
   */
  retry?: { limit?: number };
}

export interface AtriumClient {
  auth: AuthApi;
  people: PeopleApi;
  tenants: TenantsApi;
  bookings: BookingsApi;
  stats: StatsApi;
  reports: ReportsApi;
  meters: MetersApi;
  tickets: TicketsApi;
  voting: VotingApi;
  payments: PaymentsApi;
  announcements: AnnouncementsApi;
  directory: DirectoryApi;
  imports: ImportsApi;
  registrations: RegistrationsApi;
  profile: ProfileApi;
  notifications: NotificationsApi;
  audit: AuditApi;
  system: SystemApi;
  /**
   * A client with this one's options (server, tenant, fetch, hooks, language) that sees the
   * portal as `view.person` does: see the `clientView` option. This client is unchanged.
   */
  withClientView(view: ClientView): AtriumClient;
}

/** A typed client for one tenant of an Atrium server. */
export function createAtriumClient(options: AtriumClientOptions): AtriumClient {
  const request = createRequester({
    baseUrl: options.baseUrl,
    tenant: options.tenant,
    fetch: options.fetch,
    locale: options.locale,
    hooks: options.hooks,
    timeout: options.timeout,
    retryLimit: options.retry?.limit,
  });
  const transport = typedTransport(request);
  const files = fileTransport(request);
  const view = options.clientView;
  const session = createSession(
    view ? memoryTokenStore() : (options.tokenStore ?? memoryTokenStore()),
    // A POST without Idempotency-Key, so never retried: the server rotates on the first
    // exchange, and a replay presenting the spent token would revoke the whole sign-in.
    (refreshToken) => transport({ method: 'post', path: '/auth/refresh', json: { refreshToken } }),
    // A view's store is its own: it must not wait on the lock of the stored session's tabs.
    view ? `atrium:${options.tenant}:client-view` : `atrium:${options.tenant}:refresh`,
    view?.accessToken,
  );
  const send: Send = (call) =>
    call.auth ? session.authorize((token) => transport(call, token), call.signal) : transport(call);
  const sendFile: FileSend = (call) =>
    session.authorize((token) => files(call, token), call.signal);
  const download = createDownload(sendFile);

  return {
    auth: createAuth(send, session),
    people: createPeople(send),
    tenants: createTenants(send),
    bookings: createBookings(send),
    stats: createStats(send),
    reports: createReports(send, download),
    meters: createMeters(send, download),
    tickets: createTickets(send, download, options.fetch ?? globalThis.fetch.bind(globalThis)),
    voting: createVoting(send, download),
    payments: createPayments(send, download),
    announcements: createAnnouncements(send),
    directory: createDirectory(send),
    imports: createImports(send, download, options.fetch ?? globalThis.fetch.bind(globalThis)),
    audit: createAudit(send),
    registrations: createRegistrations(send),
    profile: createProfile(send),
    notifications: createNotifications(send),
    system: createSystem(send),
    withClientView: (clientView) =>
      createAtriumClient({ ...options, tokenStore: undefined, clientView }),
  };
}

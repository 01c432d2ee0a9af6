import {
  AtriumError,
  createAtriumClient,
  localStorageTokenStore,
  type AtriumClient,
  type Branding,
  type Locale,
  type Me,
} from '@atrium/sdk';
import type { Failure } from './action-controller.js';
import { fallbackLocale } from './i18n.js';

/** Who is signed in, as widgets see it. Replaced (never mutated) on every change. */
export interface SessionState {
  signedIn: boolean;
  /** The signed-in person; `null` while loading or when signed out. */
  me: Me | null;
  /** Why loading the person failed, if it did. */
  error: Failure | null;
  /** Loads the person again; set with `error` (a function, so it reaches other bundles' widgets). */
  retry: (() => void) | null;
}

export const signedOut: SessionState = Object.freeze({
  signedIn: false,
  me: null,
  error: null,
  retry: null,
});

/** Answers that make the tenant unusable from this page, whatever the widget asks next. */
const refusals = new Set(['origin_not_allowed', 'tenant_not_found']);

/**
 * One client's shared state: the tenant's branding and the session. Provider and
 * standalone widgets both read it, so every widget on a page sees one sign-in.
 */
export class AtriumConnection {
  session: SessionState = signedOut;
  branding: Branding | null = null;
  /** Why the server refuses this page the tenant (origin_not_allowed, tenant_not_found), if it does. */
  refusal: Failure | null = null;
  /** Sent as Accept-Language by clients this module creates; set by the widget or provider. */
  locale: Locale = fallbackLocale;

  readonly #listeners = new Set<() => void>();
  #started = false;
  // Answers to an older `me` request are dropped: the person may have changed since.
  #meRequest = 0;

  constructor(readonly client: AtriumClient) {}

  /** Calls `listener` after every change; the first subscriber starts loading. */
  subscribe(listener: () => void): () => void {
    if (!this.#started) this.#start();
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #start(): void {
    this.#started = true;
    this.client.auth.onChange((signedIn) => this.#onAuthChange(signedIn));
    this.#onAuthChange(this.client.auth.isSignedIn());
    this.client.tenants.branding().then(
      (branding) => {
        this.branding = branding;
        this.#notify();
      },
      // Widgets work unbranded; they show only a refusal that every later request would meet.
      (error: unknown) => {
        const failure = asFailure(error);
        if (!refusals.has(failure.code)) return;
        this.refusal = failure;
        this.#notify();
      },
    );
  }

  #onAuthChange(signedIn: boolean): void {
    if (!signedIn) {
      this.#meRequest++;
      this.#set(signedOut);
      return;
    }
    if (this.session.signedIn && this.session.me) return; // a token refresh, same person
    this.#loadPerson();
  }

  readonly #loadPerson = (): void => {
    const request = ++this.#meRequest;
    const loaded = (me: Me | null, error: Failure | null, retry: (() => void) | null) =>
      request === this.#meRequest &&
      this.#set({ signedIn: this.client.auth.isSignedIn(), me, error, retry });
    this.#set({ signedIn: true, me: null, error: null, retry: null });
    this.client.people.me().then(
      (me) => loaded(me, null, null),
      (error: unknown) => loaded(null, asFailure(error), this.#loadPerson),
    );
  };

  #set(session: SessionState): void {
    this.session = session;
    this.#notify();
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}

function asFailure(error: unknown): Failure {
  return error instanceof AtriumError ? error : { code: 'unknown' };
}

const byClient = new WeakMap<AtriumClient, AtriumConnection>();
const byTenant = new Map<string, AtriumConnection>();

/** The connection of an injected client (stories, tests, apps that build their own). */
export function connectionFor(client: AtriumClient): AtriumConnection {
  let connection = byClient.get(client);
  if (!connection) byClient.set(client, (connection = new AtriumConnection(client)));
  return connection;
}

/**
 * The page's connection to one tenant. Shared because refresh tokens rotate: two clients
 * holding the same stored token would spend it twice and the server would revoke both.
 */
export function connectTo(baseUrl: string, tenant: string): AtriumConnection {
  const key = `${baseUrl} ${tenant}`;
  let connection = byTenant.get(key);
  if (!connection) {
    const client = createAtriumClient({
      baseUrl,
      tenant,
      // Keyed by tenant, so a reload keeps the session and tenants never share one.
      tokenStore: localStorageTokenStore(`atrium:${tenant}:refresh-token`),
      locale: () => connection?.locale ?? fallbackLocale,
    });
    connection = connectionFor(client);
    byTenant.set(key, connection);
  }
  return connection;
}

/** What an element was given: a client, or the address of its tenant. */
export interface ConnectionSource {
  client?: AtriumClient | undefined;
  baseUrl?: string | undefined;
  tenant?: string | undefined;
}

/**
 * The connection an element's own properties name, if they name one. Without `base-url`
 * the API is taken to live on the page's own origin.
 */
export function connectionOf(source: ConnectionSource): AtriumConnection | null {
  if (source.client) return connectionFor(source.client);
  if (source.tenant) return connectTo(source.baseUrl || location.origin, source.tenant);
  return null;
}

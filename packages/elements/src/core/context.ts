import { createContext, ContextRoot } from '@lit/context';
import type { AtriumClient, Branding, Locale } from '@atrium/sdk';
import type { Failure } from './action-controller.js';
import type { SessionState } from './connection.js';

// String keys, not symbols: a provider from one bundle then serves widgets from another.
export const clientContext = createContext<AtriumClient | undefined>('atrium-client');
export const sessionContext = createContext<SessionState>('atrium-session');
export const localeContext = createContext<Locale>('atrium-locale');
export const brandingContext = createContext<Branding | null>('atrium-branding');
/** Why the server refuses this page the tenant (origin_not_allowed, tenant_not_found). */
export const refusalContext = createContext<Failure | null>('atrium-refusal');

const rootKey = Symbol.for('atrium.contextRoot');

/**
 * Lets a provider that upgrades after its widgets (its define module loaded later) still
 * answer them: the root keeps unanswered requests and replays them. Once per page.
 */
export function ensureContextRoot(): void {
  const holder = document as Document & { [rootKey]?: ContextRoot };
  if (holder[rootKey]) return;
  holder[rootKey] = new ContextRoot();
  holder[rootKey].attach(document.documentElement);
}

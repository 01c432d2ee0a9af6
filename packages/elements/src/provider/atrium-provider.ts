import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { AtriumClient, Locale } from '@atrium/sdk';
import {
  brandingContext,
  clientContext,
  localeContext,
  refusalContext,
  sessionContext,
} from '../core/context.js';
import { signedOut } from '../core/connection.js';
import { ConnectionController } from '../core/connection-controller.js';
import { fallbackLocale, pickLocale } from '../core/i18n.js';

/**
 * Connects every Atrium widget inside it to one tenant: creates the client (the session
 * survives a reload), loads the tenant's branding and sets its design tokens, loads the
 * signed-in person, and hands all of it, with the language, to the widgets.
 *
 * @summary The connection, session, language and branding for the widgets inside.
 * @tagname atrium-provider
 *
 * @slot - The page content with Atrium widgets.
 *
 * @cssprop --atrium-color-primary - Set from the tenant's branding (ORG-2); see `defaultTheme` for every token.
 */
export class AtriumProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The server's origin, with a path if it is mounted under one; default the page's origin. */
  @property({ attribute: 'base-url', reflect: true }) baseUrl?: string;

  /** The tenant's public slug. */
  @property({ reflect: true }) tenant?: string;

  /** `ru`, `pl` or `en`; without it, the tenant's default language. Switchable at run time. */
  @property({ reflect: true }) locale?: Locale;

  /** A client built by the page; takes the place of `base-url` and `tenant`. */
  @property({ attribute: false }) client?: AtriumClient;

  readonly #connection = new ConnectionController(this);
  readonly #provided = {
    client: new ContextProvider(this, { context: clientContext }),
    session: new ContextProvider(this, { context: sessionContext, initialValue: signedOut }),
    locale: new ContextProvider(this, { context: localeContext, initialValue: fallbackLocale }),
    branding: new ContextProvider(this, { context: brandingContext, initialValue: null }),
    refusal: new ContextProvider(this, { context: refusalContext, initialValue: null }),
  };

  // After render, so a connection picked up in this update is the one handed down.
  protected override updated(): void {
    const connection = this.#connection.connection;
    const branding = connection?.branding ?? null;
    const locale = pickLocale(this.locale, branding?.defaultLocale, document.documentElement.lang);
    if (connection) connection.locale = locale;
    this.#provided.client.setValue(connection?.client);
    this.#provided.session.setValue(connection?.session ?? signedOut);
    this.#provided.branding.setValue(branding);
    this.#provided.refusal.setValue(connection?.refusal ?? null);
    this.#provided.locale.setValue(locale);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atrium-provider': AtriumProvider;
  }
}

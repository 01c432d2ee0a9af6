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
import { addMessages, fallbackLocale, pickLocale, translator } from '../core/i18n.js';
import { clientViewBanner, clientViewBannerStyles } from './client-view-banner.js';
import { ClientViewController } from './client-view.js';
import { providerMessages } from './locales/index.js';

const namespace = 'provider';

/**
 * Connects every Atrium widget inside it to one tenant: creates the client (the session
 * survives a reload), loads the tenant's branding and sets its design tokens, loads the
 * signed-in person, and hands all of it, with the language, to the widgets.
 *
 * A manager or director can see the portal exactly as a client sees it (AUTH-3):
 * `viewAsClient(personId)` hands every widget inside a read-only client of that person's,
 * with a banner above them saying whose portal it is, until `endClientView()`, the banner's
 * "End view", the view's 15 minutes, or the manager's sign-out ends it.
 *
 * @summary The connection, session, language and branding for the widgets inside.
 * @tagname atrium-provider
 *
 * @slot - The page content with Atrium widgets.
 *
 * @fires atrium-client-view - A client view began (`detail.person`) or ended (`detail` null).
 *
 * @csspart client-view - The banner shown while a client view is on, or once it ended by itself.
 * @csspart client-view-status - The banner's text (a live region).
 * @csspart client-view-end - The banner's "End view" (or, once the view ended, "Close") button.
 *
 * @cssprop --atrium-color-primary - Set from the tenant's branding (ORG-2); see `defaultTheme` for every token.
 */
export class AtriumProvider extends LitElement {
  static override styles = [
    css`
      :host {
        display: contents;
      }
    `,
    clientViewBannerStyles,
  ];

  /** The server's origin, with a path if it is mounted under one; default the page's origin. */
  @property({ attribute: 'base-url', reflect: true }) baseUrl?: string;

  /** The tenant's public slug. */
  @property({ reflect: true }) tenant?: string;

  /** `ru`, `pl` or `en`; without it, the tenant's default language. Switchable at run time. */
  @property({ reflect: true }) locale?: Locale;

  /** A client built by the page; takes the place of `base-url` and `tenant`. */
  @property({ attribute: false }) client?: AtriumClient;

  readonly #connection = new ConnectionController(this);
  readonly #view = new ClientViewController(this);
  readonly #provided = {
    client: new ContextProvider(this, { context: clientContext }),
    session: new ContextProvider(this, { context: sessionContext, initialValue: signedOut }),
    locale: new ContextProvider(this, { context: localeContext, initialValue: fallbackLocale }),
    branding: new ContextProvider(this, { context: brandingContext, initialValue: null }),
    refusal: new ContextProvider(this, { context: refusalContext, initialValue: null }),
  };

  constructor() {
    super();
    addMessages(namespace, providerMessages);
  }

  /**
   * Shows every widget inside as the client `personId` sees it, read-only (AUTH-3; managers
   * and directors). Rejects with the SDK's `AtriumError` when the server refuses (`403`, `404`,
   * `409 client_view_unavailable`); a view already on is then kept.
   */
  async viewAsClient(personId: string): Promise<void> {
    const own = this.#connection.connection;
    if (!own)
      throw new Error('atrium-provider has no connection: set base-url and tenant, or client');
    await this.#view.start(own, personId);
  }

  /** Ends the client view: the widgets show the signed-in person's own portal again. */
  endClientView(): void {
    this.#view.end();
  }

  get #locale(): Locale {
    const branding = this.#connection.connection?.branding;
    return pickLocale(this.locale, branding?.defaultLocale, document.documentElement.lang);
  }

  // After render, so a connection picked up in this update is the one handed down.
  protected override updated(): void {
    const connection = this.#connection.connection;
    // Another tenant or client set on the provider: the view was of the one before.
    if (this.#view.connection && this.#view.own !== connection) this.#view.end();
    const shown = this.#view.connection ?? connection;
    const locale = this.#locale;
    if (connection) connection.locale = locale;
    this.#provided.client.setValue(shown?.client);
    this.#provided.session.setValue(shown?.session ?? signedOut);
    this.#provided.branding.setValue(connection?.branding ?? null);
    this.#provided.refusal.setValue(connection?.refusal ?? null);
    this.#provided.locale.setValue(locale);
  }

  protected override render() {
    const t = translator(this.#locale, namespace);
    return html`${clientViewBanner(t, this.#view.state, { end: () => this.#view.end() })}
      <slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atrium-provider': AtriumProvider;
  }
}

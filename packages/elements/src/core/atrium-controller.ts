import { ContextConsumer } from '@lit/context';
import type { ReactiveController } from 'lit';
import type { AtriumClient, Branding, Locale } from '@atrium/sdk';
import type { Failure } from './action-controller.js';
import {
  brandingContext,
  clientContext,
  localeContext,
  refusalContext,
  sessionContext,
} from './context.js';
import { signedOut, type SessionState } from './connection.js';
import { ConnectionController, type ConnectionHost } from './connection-controller.js';
import {
  addMessages,
  commonNamespace,
  pickLocale,
  translator,
  type Messages,
  type Translate,
} from './i18n.js';
import { commonMessages } from './locales/index.js';

export type WidgetHost = ConnectionHost & { locale?: Locale | undefined };

/**
 * What every widget needs: the client, the session, the branding and the language. From
 * the enclosing `<atrium-provider>`, or, when the widget is given its own `client` or
 * `base-url` + `tenant`, from a connection of its own (the standalone case).
 */
export class AtriumController implements ReactiveController {
  readonly #own: ConnectionController;
  readonly #provided;

  constructor(
    private readonly host: WidgetHost,
    private readonly namespace: string,
    messages: Record<Locale, Messages>,
  ) {
    addMessages(commonNamespace, commonMessages);
    addMessages(namespace, messages);
    const subscribe = { subscribe: true } as const;
    this.#provided = {
      client: new ContextConsumer(host, { context: clientContext, ...subscribe }),
      session: new ContextConsumer(host, { context: sessionContext, ...subscribe }),
      locale: new ContextConsumer(host, { context: localeContext, ...subscribe }),
      branding: new ContextConsumer(host, { context: brandingContext, ...subscribe }),
      refusal: new ContextConsumer(host, { context: refusalContext, ...subscribe }),
    };
    this.#own = new ConnectionController(host);
    host.addController(this);
  }

  hostUpdate(): void {
    const own = this.#own.connection;
    if (own) own.locale = this.locale;
  }

  get client(): AtriumClient | undefined {
    return this.#own.connection?.client ?? this.#provided.client.value;
  }

  get session(): SessionState {
    const own = this.#own.connection;
    return own ? own.session : (this.#provided.session.value ?? signedOut);
  }

  get branding(): Branding | null {
    const own = this.#own.connection;
    return own ? own.branding : (this.#provided.branding.value ?? null);
  }

  /** Why the server refuses this page the tenant; every request would meet it. */
  get refusal(): Failure | null {
    const own = this.#own.connection;
    return own ? own.refusal : (this.#provided.refusal.value ?? null);
  }

  /** The widget's `locale`, else the provider's, else the tenant's default, else the page's. */
  get locale(): Locale {
    const inherited = this.#own.connection
      ? this.#own.connection.branding?.defaultLocale
      : this.#provided.locale.value;
    return pickLocale(this.host.locale, inherited, document.documentElement.lang);
  }

  /** Translates in the widget's namespace and current language. */
  get t(): Translate {
    return translator(this.locale, this.namespace);
  }
}

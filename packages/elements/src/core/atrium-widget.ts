import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { AtriumClient, Locale } from '@atrium/sdk';

/**
 * What every widget takes to find its server and its language. Inside an
 * `<atrium-provider>` it needs none of them; alone, `base-url` + `tenant` or a `client`.
 */
export class AtriumWidget extends LitElement {
  /** The server's origin (the page's own when absent); with `tenant`, works without a provider. */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** The tenant's public slug; lets the widget work without a provider. */
  @property() tenant?: string;

  /** `ru`, `pl` or `en`; without it, the provider's language or the tenant's default. */
  @property() locale?: Locale;

  /** A client built by the page; takes the place of a provider and of `base-url` + `tenant`. */
  @property({ attribute: false }) client?: AtriumClient;
}

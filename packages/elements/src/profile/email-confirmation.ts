import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { AtriumError, type AtriumClient } from '@atrium/sdk';
import { ActionController, isUnanswered, type Failure } from '../core/action-controller.js';
import type { AtriumController } from '../core/atrium-controller.js';
import { errorText } from '../core/error-text.js';
import { HashToken } from '../core/hash-token.js';
import type { Translate } from '../core/i18n.js';
import type { PartHost } from '../core/part-host.js';

/** The server mails the new address `${portalUrl}#atrium-email-token=<token>`. */
const param = 'atrium-email-token';

type Outcome = { confirmed: true } | { confirmed: false; failure: Failure };

/** A refusal of the token because another person took the address since it was asked for. */
const addressTaken = (failure: Failure) =>
  failure instanceof AtriumError && failure.fieldErrors.some(({ code }) => code === 'email_taken');

/**
 * The link mailed to a new address (FIN-4): opened on this page, the token in its fragment
 * confirms the change — signed in or not, since it may be opened on another device — and
 * the outcome is said; the token then leaves the address, so a reload does not send it
 * again. Only an unanswered request keeps it, with "Try again".
 */
export class EmailConfirmation implements ReactiveController {
  readonly #link: HashToken;
  readonly #action: ActionController;
  #outcome: Outcome | null = null;
  /** The token being sent or last sent: each is sent once unless the reader asks again. */
  #sent: string | null = null;

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    /** Told the outcome in words once the address is changed. */
    private readonly onConfirmed: (text: string) => void,
  ) {
    this.#link = new HashToken(host, param);
    this.#action = new ActionController(host);
    host.addController(this);
  }

  // Before rendering: the note says "Confirming…" in the same update that starts it.
  hostUpdate(): void {
    const token = this.#link.token;
    const client = this.atrium.client;
    if (!token || !client || token === this.#sent) return;
    void this.#confirm(client, token);
  }

  render(t: Translate): TemplateResult | typeof nothing {
    if (this.#action.busy) {
      return html`<p part="email-result" data-outcome="confirming">${t('confirm.confirming')}</p>`;
    }
    const outcome = this.#outcome;
    if (!outcome) return nothing;
    if (outcome.confirmed) {
      return html`<p part="email-result" data-outcome="confirmed">${this.#text(t, outcome)}</p>`;
    }
    const retry = isUnanswered(outcome.failure)
      ? html`<button part="retry" type="button" @click=${this.#onRetry}>${t('retry')}</button>`
      : nothing;
    return html`<div part="email-result" data-outcome="failed">
      <p role="alert">${this.#text(t, outcome)}</p>
      ${retry}
    </div>`;
  }

  async #confirm(client: AtriumClient, token: string): Promise<void> {
    this.#sent = token;
    this.#outcome = null;
    const failure = await this.#action.run((signal) =>
      client.profile.confirmEmailChange({ token }, { signal }),
    );
    if (failure?.code === 'aborted') {
      this.#sent = null; // the widget left the page: it is sent again when it is back
      return;
    }
    const outcome: Outcome = failure ? { confirmed: false, failure } : { confirmed: true };
    this.#outcome = outcome;
    if (!failure || !isUnanswered(failure)) this.#link.clear();
    this.host.requestUpdate();
    if (outcome.confirmed) this.onConfirmed(this.#text(this.atrium.t, outcome));
  }

  #text(t: Translate, outcome: Outcome): string {
    if (outcome.confirmed) return t('confirm.confirmed');
    const { failure } = outcome;
    return addressTaken(failure) ? t('confirm.taken') : errorText(t, failure);
  }

  readonly #onRetry = (): void => {
    this.#sent = null;
    this.#outcome = null;
    this.host.requestUpdate();
  };
}

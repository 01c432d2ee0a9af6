import { html, nothing, type TemplateResult } from 'lit';
import { validators, type Profile } from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import { textField } from '../core/fields.js';
import { formError } from '../core/form-error.js';
import { formValues } from '../core/form-values.js';
import { FormState } from '../core/form-state.js';
import type { Translate } from '../core/i18n.js';
import type { PartHost } from '../core/part-host.js';

/**
 * The person's e-mail and changing it by confirmation (FIN-4): the new address gets a link,
 * and stays pending — shown as such — until the link is opened; sign-in keeps the old one
 * meanwhile. Asking again replaces the earlier request.
 */
export class EmailChange {
  readonly #state: FormState;

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly onRequested: (profile: Profile) => void,
  ) {
    this.#state = new FormState(host, this.#formId);
  }

  get #formId(): string {
    return `${this.id}-email`;
  }

  render(t: Translate, profile: Profile): TemplateResult {
    const formId = this.#formId;
    const busy = this.#state.busy;
    const current = profile.email
      ? html`<p part="email">${t('email.current')} <strong>${profile.email}</strong></p>`
      : html`<p part="email">${t('email.none')}</p>`;
    return html`<section part="email-change" aria-labelledby="${formId}-heading">
      <h3 id="${formId}-heading">${t('email.heading')}</h3>
      ${current} ${this.#pending(t, profile)}
      <form id=${formId} part="email-form" novalidate aria-busy=${busy} @submit=${this.#onSubmit}>
        ${textField({
          id: `${formId}-address`,
          name: 'email',
          label: t('email.new'),
          hint: t('email.newHint'),
          errors: this.#state.errors(t, 'email'),
          autocomplete: 'email',
          inputmode: 'email',
          required: true,
        })}
        ${formError(t, this.#state, ['email'])}
        <button part="request" type="submit" ?disabled=${busy}>
          ${busy ? t('email.requesting') : t('email.request')}
        </button>
      </form>
    </section>`;
  }

  #pending(t: Translate, { email, pendingEmail }: Profile): TemplateResult | typeof nothing {
    if (!pendingEmail) return nothing;
    const text = email
      ? t('email.pending', { pending: pendingEmail, current: email })
      : t('email.pendingFirst', { pending: pendingEmail });
    return html`<p part="pending-email" tabindex="-1">${text}</p>`;
  }

  readonly #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const client = this.atrium.client;
    const form = event.currentTarget as HTMLFormElement;
    if (!client || this.#state.busy) return;
    const body = this.#state.check(validators.EmailChangeRequest, formValues(form, 'email'));
    if (!body) return;
    const profile = await this.#state.send((signal) =>
      client.profile.requestEmailChange(body, { signal }),
    );
    if (!profile) return;
    form.reset();
    this.onRequested(profile);
    await this.host.updateComplete;
    this.host.renderRoot
      .querySelector<HTMLElement>(
        `[aria-labelledby="${this.#formId}-heading"] [part="pending-email"]`,
      )
      ?.focus();
  };
}

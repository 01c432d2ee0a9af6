import { html, nothing, type TemplateResult } from 'lit';
import { validators, type Locale, type RegistrationOutcome } from '@atrium/sdk';
import { ActionController, type Failure } from '../core/action-controller.js';
import type { AtriumController } from '../core/atrium-controller.js';
import { errorText, waitText } from '../core/error-text.js';
import { selectField, textField } from '../core/fields.js';
import { formError } from '../core/form-error.js';
import { FormState } from '../core/form-state.js';
import type { Translate } from '../core/i18n.js';
import { languageChoices } from '../core/languages.js';
import type { PartHost } from '../core/part-host.js';
import type { CodeSent } from './phone-step.js';
import { ResendWait } from './resend-wait.js';

const fields = ['code', 'name', 'email', 'accountNumber', 'locale'];

export interface CodeStepEvents {
  /** A new code went to the phone, voiding the one before. */
  resent(sent: CodeSent): void;
  /** The person goes back to type another number. */
  changePhone(): void;
  registered(status: RegistrationOutcome['status']): void;
}

/**
 * The second step (DIR-5): where the code went, a new code offered after a wait, and the
 * registration — the code, name, e-mail, an account number if the person knows it, and the
 * language — checked by the contract's validator; a wrong code is said beside its field.
 */
export class CodeStep {
  readonly #state: FormState;
  readonly #resend: ActionController;
  readonly #wait: ResendWait;
  #sent: CodeSent = { phone: '', expiresIn: 0 };
  #resendFailure: Failure | null = null;

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    /** Seconds before a new code is offered. */
    private readonly resendAfter: () => number,
    private readonly events: CodeStepEvents,
  ) {
    this.#state = new FormState(host, this.#formId);
    this.#resend = new ActionController(host);
    this.#wait = new ResendWait(host);
  }

  get #formId(): string {
    return `${this.id}-details`;
  }

  /** The code field's id, which takes the focus when a code has gone out. */
  get codeFieldId(): string {
    return `${this.#formId}-code`;
  }

  get busy(): boolean {
    return this.#state.busy || this.#resend.busy;
  }

  /** A code went to the phone: the step says so, and offers a new one after the wait. */
  start(sent: CodeSent): void {
    this.#sent = sent;
    this.#resendFailure = null;
    this.#state.clear();
    this.#wait.start(this.resendAfter());
  }

  /** `locale`: the language chosen until the person picks another. */
  render(t: Translate, locale: Locale): TemplateResult {
    const formId = this.#formId;
    const busy = this.busy;
    const errors = (field: string) => this.#state.errors(t, field);
    const { phone, expiresIn } = this.#sent;
    return html`<div part="code-sent">
        <p>${t('code.sent', { phone, valid: waitText(t, expiresIn) })}</p>
        ${this.#resendFailure ? this.#resendError(t, this.#resendFailure) : nothing}
        <div class="actions">
          ${this.#resendOffer(t)}
          <button part="change-phone" type="button" ?disabled=${busy} @click=${this.#onChangePhone}>
            ${t('code.change')}
          </button>
        </div>
      </div>
      <form
        id=${formId}
        part="details-form"
        novalidate
        aria-busy=${this.#state.busy}
        @submit=${this.#onSubmit}
      >
        ${textField({
          id: this.codeFieldId,
          name: 'code',
          label: t('code.label'),
          errors: errors('code'),
          autocomplete: 'one-time-code',
          inputmode: 'numeric',
          required: true,
        })}
        ${textField({
          id: `${formId}-name`,
          name: 'name',
          label: t('details.name'),
          hint: t('details.nameHint'),
          errors: errors('name'),
          autocomplete: 'name',
          required: true,
        })}
        ${textField({
          id: `${formId}-email`,
          name: 'email',
          label: t('details.email'),
          hint: t('details.emailHint'),
          errors: errors('email'),
          autocomplete: 'email',
          inputmode: 'email',
          required: true,
        })}
        ${textField({
          id: `${formId}-account`,
          name: 'accountNumber',
          label: t('details.account'),
          hint: t('details.accountHint'),
          errors: errors('accountNumber'),
        })}
        ${selectField({
          id: `${formId}-locale`,
          name: 'locale',
          label: t('details.locale'),
          hint: t('details.localeHint'),
          choices: languageChoices(),
          value: locale,
          errors: errors('locale'),
        })}
        ${formError(t, this.#state, fields)}
        <button part="register" class="primary" type="submit" ?disabled=${busy}>
          ${this.#state.busy ? t('details.submitting') : t('details.submit')}
        </button>
      </form>`;
  }

  /** "Send a new code" once the wait is over; until then, how long it still is. */
  #resendOffer(t: Translate): TemplateResult {
    const left = this.#wait.secondsLeft;
    if (left > 0) {
      return html`<p part="resend-wait" class="muted">
        ${t('code.resendIn', { wait: waitText(t, left) })}
      </p>`;
    }
    const busy = this.#resend.busy;
    return html`<button part="resend" type="button" ?disabled=${this.busy} @click=${this.#onResend}>
      ${busy ? t('code.resending') : t('code.resend')}
    </button>`;
  }

  #resendError(t: Translate, failure: Failure): TemplateResult {
    return html`<p part="resend-error" role="alert" tabindex="-1">${errorText(t, failure)}</p>`;
  }

  readonly #onChangePhone = (): void => this.events.changePhone();

  readonly #onResend = async (): Promise<void> => {
    const client = this.atrium.client;
    if (!client || this.busy) return;
    const { phone } = this.#sent;
    this.#resendFailure = null;
    const failure = await this.#resend.run(async (signal) => {
      const sent = await client.registrations.requestCode(
        { phone, locale: this.atrium.locale },
        { signal },
      );
      this.#resent({ phone, expiresIn: sent.expiresIn });
    });
    if (failure && failure.code !== 'aborted') this.#resendRefused(failure);
  };

  /** The code typed so far is void: its field is emptied for the new one. */
  #resent(sent: CodeSent): void {
    this.start(sent);
    const code = this.host.renderRoot.querySelector<HTMLInputElement>(`#${this.codeFieldId}`);
    if (code) code.value = '';
    this.events.resent(sent);
  }

  /** Said above the offer; a server that names a wait has the offer wait that long. */
  #resendRefused(failure: Failure): void {
    this.#resendFailure = failure;
    if (failure.retryAfter !== undefined) this.#wait.start(failure.retryAfter);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>('[part="resend-error"]')?.focus(),
    );
  }

  readonly #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const client = this.atrium.client;
    if (!client || this.busy) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    // What people type around a value goes; an empty field is missing (`required`).
    const typed = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    const body = this.#state.check(validators.RegistrationInput, {
      phone: this.#sent.phone,
      code: typed('code'),
      name: typed('name'),
      email: typed('email'),
      accountNumber: typed('accountNumber'),
      locale: typed('locale'),
    });
    if (!body) return;
    const outcome = await this.#state.send((signal) =>
      client.registrations.register(body, { signal }),
    );
    if (outcome) this.events.registered(outcome.status);
  };
}

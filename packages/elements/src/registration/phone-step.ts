import { html, type TemplateResult } from 'lit';
import { validators } from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import { textField } from '../core/fields.js';
import { formError } from '../core/form-error.js';
import { FormState } from '../core/form-state.js';
import type { Translate } from '../core/i18n.js';
import type { PartHost } from '../core/part-host.js';
import { phoneOf } from '../core/phone.js';

/** A code on its way: to which phone, and for how many seconds it works. */
export interface CodeSent {
  phone: string;
  expiresIn: number;
}

/**
 * The first step (DIR-5): the person's mobile phone, checked by the contract's validator,
 * to which the server texts a code; a refusal (a wrong number, too many codes, the SMS
 * service down) is said beside the field or under it, with the wait in words.
 */
export class PhoneStep {
  readonly #state: FormState;

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly onSent: (sent: CodeSent) => void,
  ) {
    this.#state = new FormState(host, this.#formId);
  }

  get #formId(): string {
    return `${this.id}-phone`;
  }

  get busy(): boolean {
    return this.#state.busy;
  }

  clear(): void {
    this.#state.clear();
  }

  /** `phone`: the number to show again when the person comes back to change it. */
  render(t: Translate, phone: string): TemplateResult {
    const formId = this.#formId;
    const busy = this.#state.busy;
    return html`<form
      id=${formId}
      part="phone-form"
      novalidate
      aria-busy=${busy}
      @submit=${this.#onSubmit}
    >
      ${textField({
        id: `${formId}-phone`,
        name: 'phone',
        label: t('phone.label'),
        hint: t('phone.hint'),
        errors: this.#state.errors(t, 'phone'),
        autocomplete: 'tel',
        inputmode: 'tel',
        value: phone,
        required: true,
      })}
      ${formError(t, this.#state, ['phone'])}
      <button part="send" class="primary" type="submit" ?disabled=${busy}>
        ${busy ? t('phone.sending') : t('phone.send')}
      </button>
    </form>`;
  }

  readonly #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const client = this.atrium.client;
    if (!client || this.#state.busy) return;
    const typed = String(new FormData(event.currentTarget as HTMLFormElement).get('phone') ?? '');
    const body = this.#state.check(validators.RegistrationCodeRequest, {
      phone: phoneOf(typed) || undefined,
      locale: this.atrium.locale,
    });
    if (!body) return;
    const sent = await this.#state.send((signal) =>
      client.registrations.requestCode(body, { signal }),
    );
    if (sent) this.onSent({ phone: body.phone, expiresIn: sent.expiresIn });
  };
}

import { html, nothing, type TemplateResult } from 'lit';
import { validators, type Profile } from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import { selectField, textField } from '../core/fields.js';
import { formError } from '../core/form-error.js';
import { FormState } from '../core/form-state.js';
import type { Translate } from '../core/i18n.js';
import { languageChoices } from '../core/languages.js';
import type { PartHost } from '../core/part-host.js';
import { phoneOf } from '../core/phone.js';

const fields = ['name', 'phone', 'locale'];

/**
 * The person's contact data (FIN-4): name, phone (international form, empty to remove it)
 * and the language the portal writes to them in, checked by the contract's validator and
 * saved together; refusals beside their fields, "Saved." focused once the server has it.
 */
export class ContactForm {
  readonly #state: FormState;
  /** Saved, and not edited since: the note says so. */
  #saved = false;

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly onSaved: (profile: Profile) => void,
  ) {
    this.#state = new FormState(host, this.#formId);
  }

  get #formId(): string {
    return `${this.id}-contacts`;
  }

  render(t: Translate, profile: Profile): TemplateResult {
    const formId = this.#formId;
    const busy = this.#state.busy;
    const errors = (field: string) => this.#state.errors(t, field);
    return html`<section part="contacts" aria-labelledby="${formId}-heading">
      <h3 id="${formId}-heading">${t('contacts.heading')}</h3>
      <form
        id=${formId}
        part="contacts-form"
        novalidate
        aria-busy=${busy}
        @submit=${this.#onSubmit}
        @input=${this.#onInput}
      >
        ${textField({
          id: `${formId}-name`,
          name: 'name',
          label: t('contacts.name'),
          errors: errors('name'),
          autocomplete: 'name',
          value: profile.name,
          required: true,
        })}
        ${textField({
          id: `${formId}-phone`,
          name: 'phone',
          label: t('contacts.phone'),
          hint: t('contacts.phoneHint'),
          errors: errors('phone'),
          autocomplete: 'tel',
          inputmode: 'tel',
          value: profile.phone ?? '',
        })}
        ${selectField({
          id: `${formId}-locale`,
          name: 'locale',
          label: t('contacts.locale'),
          hint: t('contacts.localeHint'),
          choices: languageChoices(),
          value: profile.locale,
          errors: errors('locale'),
        })}
        ${formError(t, this.#state, fields)}
        <div class="actions">
          <button part="save" class="primary" type="submit" ?disabled=${busy}>
            ${busy ? t('contacts.saving') : t('contacts.save')}
          </button>
          ${this.#saved ? html`<p part="saved" tabindex="-1">${t('contacts.saved')}</p>` : nothing}
        </div>
      </form>
    </section>`;
  }

  readonly #onInput = (): void => {
    if (!this.#saved) return;
    this.#saved = false;
    this.host.requestUpdate();
  };

  readonly #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const client = this.atrium.client;
    if (!client || this.#state.busy) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const typed = (name: string) => String(data.get(name) ?? '');
    const phone = phoneOf(typed('phone'));
    this.#saved = false;
    const change = this.#state.check(validators.ProfileChange, {
      name: typed('name').trim(),
      phone: phone || null,
      locale: typed('locale'),
    });
    if (!change) return;
    const profile = await this.#state.send((signal) => client.profile.update(change, { signal }));
    if (!profile) return;
    this.#saved = true;
    this.onSaved(profile);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#${this.#formId} [part="saved"]`)?.focus();
  };
}

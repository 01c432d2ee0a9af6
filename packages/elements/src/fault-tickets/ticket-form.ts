import { html, nothing, type TemplateResult } from 'lit';
import { validators, type TicketDetail, type TicketPlace, type UnitLink } from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import { errorText } from '../core/error-text.js';
import { formValues } from '../core/form-values.js';
import type { Translate } from '../core/i18n.js';
import { selectField, textArea, textField } from '../core/fields.js';
import { FormState } from '../core/form-state.js';
import type { PartHost } from '../core/part-host.js';
import { PhotoPicker } from './photo-picker.js';
import { SubmissionKeys } from '../core/submission-keys.js';

/**
 * "Report a fault" (TKT-1): unit (when the person has several), place, category,
 * description, contact time and photos. Checked with the contract's `TicketInput`
 * validator, then sent with one Idempotency-Key per logical submission: sending the same
 * report again (a retried click after a lost answer) never makes a second ticket.
 */
export class TicketForm {
  readonly photos: PhotoPicker;
  readonly #state: FormState;
  #place: TicketPlace = 'unit';
  /** Waiting for photos still uploading before sending. */
  #waiting = false;
  readonly #keys = new SubmissionKeys();

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly onCreated: (detail: TicketDetail) => void,
  ) {
    this.#state = new FormState(host, this.formId);
    this.photos = new PhotoPicker(host, atrium, id);
  }

  get formId(): string {
    return `${this.id}-report`;
  }

  /** Forgets a report given up: its photo drafts are discarded, its fields start empty. */
  reset(): void {
    this.photos.discardAll();
    this.#state.clear();
    this.#place = 'unit';
    this.#keys.forget();
  }

  render(t: Translate, units: readonly UnitLink[]): TemplateResult {
    const id = this.id;
    const errors = (field: string) => this.#state.errors(t, field);
    const busy = this.#state.busy || this.#waiting;
    const failure = this.#state.failure;
    const categories = validators.TicketCategory.options.map((value) => ({
      value,
      label: t(`category.${value}`),
    }));
    const contactTimes = validators.ContactTime.options.map((value) => ({
      value,
      label: t(`contactTime.${value}`),
    }));
    return html`<form
      id=${this.formId}
      part="form"
      novalidate
      aria-busy=${busy}
      @submit=${this.#onSubmit}
    >
      ${this.#unit(t, units)} ${this.#placeChoice(t)}
      ${
        this.#place === 'common_area'
          ? textField({
              id: `${id}-location`,
              name: 'location',
              label: t('form.location'),
              hint: t('form.locationHint'),
              errors: errors('location'),
              required: true,
            })
          : nothing
      }
      ${selectField({
        id: `${id}-category`,
        name: 'category',
        label: t('form.category'),
        choices: [{ value: '', label: t('form.choose') }, ...categories],
        value: '',
        errors: errors('category'),
        required: true,
      })}
      ${textArea({
        id: `${id}-description`,
        name: 'description',
        label: t('form.description'),
        hint: t('form.descriptionHint'),
        errors: errors('description'),
        required: true,
      })}
      ${selectField({
        id: `${id}-contact-time`,
        name: 'contactTime',
        label: t('form.contactTime'),
        choices: contactTimes,
        value: 'any_time',
        errors: errors('contactTime'),
      })}
      ${this.photos.render(t, errors('photoIds'))}
      ${failure ? html`<p part="form-error" role="alert">${errorText(t, failure)}</p>` : nothing}
      <div class="actions">
        <button part="submit" class="primary" type="submit" ?disabled=${busy}>
          ${busy ? t('form.submitting') : t('form.submit')}
        </button>
      </div>
    </form>`;
  }

  /** A unit to choose when the person has several; else the one unit, unasked. */
  #unit(t: Translate, units: readonly UnitLink[]): TemplateResult {
    if (units.length === 1) {
      return html`<input type="hidden" name="unitId" .value=${units[0]?.id ?? ''} />`;
    }
    return selectField({
      id: `${this.id}-unit`,
      name: 'unitId',
      label: t('form.unit'),
      choices: units.map((unit) => ({
        value: unit.id,
        label: `${t('units.unit', { number: unit.number })}, ${unit.property.name}`,
      })),
      value: units[0]?.id ?? '',
      errors: this.#state.errors(t, 'unitId'),
      required: true,
    });
  }

  #placeChoice(t: Translate): TemplateResult {
    const radios = validators.TicketPlace.options.map(
      (place) =>
        html`<label class="choice">
          <input
            type="radio"
            name="place"
            .value=${place}
            .checked=${this.#place === place}
            @change=${this.#onPlace}
          />
          ${t(`place.${place}`)}
        </label>`,
    );
    return html`<fieldset part="place">
      <legend>${t('form.place')}</legend>
      ${radios}
    </fieldset>`;
  }

  readonly #onPlace = (event: Event): void => {
    this.#place = (event.target as HTMLInputElement).value as TicketPlace;
    this.host.requestUpdate();
  };

  readonly #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.#state.busy || this.#waiting) return;
    const form = event.currentTarget as HTMLFormElement;
    const values = formValues(
      form,
      'unitId',
      'place',
      'location',
      'category',
      'description',
      'contactTime',
    );
    this.#state.clear();
    this.#waiting = true;
    this.host.requestUpdate();
    const ready = await this.photos.settled();
    this.#waiting = false;
    this.host.requestUpdate();
    if (!ready) return this.#state.refuse([{ field: 'photoIds', code: 'not_ready' }]);
    const photoIds = this.photos.uploadedIds;
    const { location, contactTime, ...required } = values;
    const body = {
      ...required,
      ...(values.place === 'common_area' && location ? { location } : {}),
      ...(contactTime ? { contactTime } : {}),
      ...(photoIds.length ? { photoIds } : {}),
    };
    const input = this.#state.check(validators.TicketInput, body);
    if (!input) return;
    const idempotencyKey = this.#keys.for(input);
    const client = this.atrium.client;
    if (!client) return this.#state.refuse([], { code: 'not_connected' });
    const created = await this.#state.send((signal) =>
      client.tickets.create(input, { signal, idempotencyKey }),
    );
    if (!created) return;
    this.#keys.forget();
    this.photos.handedOver();
    this.#place = 'unit';
    this.onCreated(created);
  };
}

import { html, nothing, type TemplateResult } from 'lit';
import { validators, type ProfileUnit } from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import { textField } from '../core/fields.js';
import { formError } from '../core/form-error.js';
import { FormState } from '../core/form-state.js';
import { dateLabel } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import type { PartHost } from '../core/part-host.js';

/** A count as typed: a whole number when it is digits, else the text, which the validator refuses. */
function countOf(typed: string): number | string | undefined {
  const trimmed = typed.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed || undefined;
}

/**
 * How many people live in each of the person's units (FIN-4): the latest number declared
 * for the unit (by anyone linked to it) with its date, and a form per unit to declare it
 * anew; the server keeps every declaration, the latest counting.
 */
export class Occupants {
  readonly #forms = new Map<string, FormState>();

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly onDeclared: (unit: ProfileUnit) => void,
  ) {}

  render(t: Translate, units: readonly ProfileUnit[]): TemplateResult | typeof nothing {
    if (!units.length) return nothing;
    const heading = `${this.id}-occupants-heading`;
    const items = units.map((unit) => this.#unit(t, unit));
    return html`<section part="occupants" aria-labelledby=${heading}>
      <h3 id=${heading}>${t('occupants.heading')}</h3>
      <p class="muted">${t('occupants.intro')}</p>
      <ul part="units">
        ${items}
      </ul>
    </section>`;
  }

  #formId(unitId: string): string {
    return `${this.id}-unit-${unitId}`;
  }

  #state(unitId: string): FormState {
    let state = this.#forms.get(unitId);
    if (!state) this.#forms.set(unitId, (state = new FormState(this.host, this.#formId(unitId))));
    return state;
  }

  #unit(t: Translate, unit: ProfileUnit): TemplateResult {
    const formId = this.#formId(unit.unitId);
    const state = this.#state(unit.unitId);
    const busy = state.busy;
    const { occupants, occupantsDeclaredAt } = unit;
    const declared =
      occupants === null || occupantsDeclaredAt === null
        ? t('occupants.none')
        : t('occupants.declared', {
            count: occupants,
            date: dateLabel(occupantsDeclaredAt, this.atrium.locale, 'd MMMM yyyy'),
          });
    return html`<li part="unit" data-unit=${unit.unitId}>
      <form
        id=${formId}
        part="occupants-form"
        data-unit=${unit.unitId}
        novalidate
        aria-labelledby="${formId}-heading"
        aria-busy=${busy}
        @submit=${this.#onSubmit}
      >
        <h4 id="${formId}-heading">
          ${t('occupants.unit', { number: unit.unitNumber, property: unit.propertyName })}
        </h4>
        <p part="declared" id="${formId}-declared" tabindex="-1">${declared}</p>
        ${textField({
          id: `${formId}-count`,
          name: 'count',
          label: t('occupants.count'),
          hint: t('occupants.countHint'),
          errors: state.errors(t, 'count'),
          inputmode: 'numeric',
          value: occupants === null ? '' : String(occupants),
          required: true,
        })}
        ${formError(t, state, ['count'])}
        <button part="declare" type="submit" ?disabled=${busy}>
          ${busy ? t('occupants.declaring') : t('occupants.declare')}
        </button>
      </form>
    </li>`;
  }

  readonly #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const client = this.atrium.client;
    const form = event.currentTarget as HTMLFormElement;
    const unitId = form.dataset['unit'] ?? '';
    const state = this.#state(unitId);
    if (!client || state.busy) return;
    const body = state.check(validators.OccupantsDeclaration, {
      count: countOf(String(new FormData(form).get('count') ?? '')),
    });
    if (!body) return;
    const unit = await state.send((signal) =>
      client.profile.declareOccupants(unitId, body, { signal }),
    );
    if (!unit) return;
    this.onDeclared(unit);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#${this.#formId(unitId)}-declared`)?.focus();
  };
}

import { html, nothing, type TemplateResult } from 'lit';
import type { UnitLink } from '@atrium/sdk';
import type { Translate } from './i18n.js';

/** The value of the "all units" choice (OWN-1: an owner sees them summed). */
export const allUnits = '';

/**
 * The owner's choice of unit (OWN-1), with "all units" first unless `all` is false (a
 * widget that handles one unit at a time). Nothing to choose, and nothing shown, when the
 * person has one unit.
 */
export function unitPicker(options: {
  id: string;
  t: Translate;
  units: UnitLink[];
  value: string;
  onChange: (unitId: string) => void;
  all?: boolean;
}): TemplateResult | typeof nothing {
  const { id, t, units, value } = options;
  if (units.length < 2) return nothing;
  const changed = (event: Event) => options.onChange((event.target as HTMLSelectElement).value);
  const choices = units.map(
    (unit) =>
      html`<option value=${unit.id} ?selected=${value === unit.id}>
        ${t('units.unit', { number: unit.number })}
      </option>`,
  );
  return html`<div part="picker" class="field">
    <label for=${id}>${t('units.label')}</label>
    <select id=${id} @change=${changed}>
      ${
        options.all === false
          ? nothing
          : html`<option value=${allUnits} ?selected=${value === allUnits}>
              ${t('units.all')}
            </option>`
      }
      ${choices}
    </select>
  </div>`;
}

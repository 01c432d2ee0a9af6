import { html, nothing, type TemplateResult } from 'lit';
import type { UnitLink } from '@atrium/sdk';
import type { Translate } from './i18n.js';

/** The value of the "all units" choice (OWN-1: an owner sees them summed). */
export const allUnits = '';

/**
 * The owner's choice of unit (OWN-1), with "all units" first unless `all` is false (a
 * widget that handles one unit at a time). Nothing to choose, and nothing shown, when the
 * person has one unit. A widget that picks something of a unit (its account) names the
 * choice with `label` and each option with `optionLabel`.
 */
export function unitPicker<U extends Pick<UnitLink, 'id' | 'number'>>(options: {
  id: string;
  t: Translate;
  units: readonly U[];
  value: string;
  onChange: (unitId: string) => void;
  all?: boolean;
  label?: string;
  optionLabel?: (unit: U) => string;
}): TemplateResult | typeof nothing {
  const { id, t, units, value } = options;
  if (units.length < 2) return nothing;
  const changed = (event: Event) => options.onChange((event.target as HTMLSelectElement).value);
  const optionLabel =
    options.optionLabel ?? ((unit: U) => t('units.unit', { number: unit.number }));
  const choices = units.map(
    (unit) =>
      html`<option value=${unit.id} ?selected=${value === unit.id}>${optionLabel(unit)}</option>`,
  );
  return html`<div part="picker" class="field">
    <label for=${id}>${options.label ?? t('units.label')}</label>
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

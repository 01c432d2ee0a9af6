import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Meter } from '@atrium/sdk';
import type { Translate } from '../core/i18n.js';

export interface ReadingInputOptions {
  id: string;
  meter: Meter;
  /** The meter's name ("Cold water, meter WM-204518"), read out before the field's label. */
  name: string;
  value: string;
  /** Texts of the value's problems; any marks the input invalid. */
  errors: readonly string[];
  /** Ids of more text describing the input (an implausible jump's explanation). */
  describedBy?: string;
  t: Translate;
  onInput: (event: InputEvent) => void;
}

/** Characters a reading may have: digits and a decimal separator, a comma or a point. */
export function keepReadingCharacters(input: HTMLInputElement): void {
  const kept = input.value.replace(/[^\d.,]/g, '');
  if (kept !== input.value) input.value = kept;
}

/**
 * A meter's reading input: a decimal keyboard on phones, as wide and as long as the meter's
 * dial (`digits`, a separator, `decimals`), its hint saying so, its errors wired with
 * `aria-invalid` and `aria-describedby`. Parts: `entry-label`, `input`, `hint`, `field-error`.
 */
export function readingInput(options: ReadingInputOptions): TemplateResult {
  const { id, meter, name, value, errors, t } = options;
  const width = meter.digits + (meter.decimals ? meter.decimals + 1 : 0);
  const hint = meter.decimals
    ? t('input.hint', {
        whole: t('digits', { count: meter.digits }),
        fraction: t('digits', { count: meter.decimals }),
      })
    : t('input.hintWhole', { whole: t('digits', { count: meter.digits }) });
  const invalid = errors.length > 0 || Boolean(options.describedBy);
  const describedBy = [errors.length ? `${id}-error` : '', options.describedBy ?? '', `${id}-hint`]
    .join(' ')
    .trim();
  return html`<label part="entry-label" for=${id}>
      <span class="visually-hidden">${name}:</span>
      ${t('input.label', { measure: t(`measure.${meter.measure}`) })}
    </label>
    <input
      part="input"
      id=${id}
      data-meter=${meter.id}
      type="text"
      inputmode="decimal"
      autocomplete="off"
      spellcheck="false"
      size=${width}
      maxlength=${width}
      .value=${live(value)}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy || undefined)}
      @input=${options.onInput}
    />
    <p part="hint" id="${id}-hint" class="muted">${hint}</p>
    ${
      errors.length ? html`<p part="field-error" id="${id}-error">${errors.join(' ')}</p>` : nothing
    }`;
}

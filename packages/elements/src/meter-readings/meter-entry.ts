import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Locale, Meter, MeterReading, ReadingInput } from '@atrium/sdk';
import type { Translate } from '../core/i18n.js';
import { isBelowLast, type Draft, type ReadingProblem } from './local-checks.js';
import { problemText } from './problem-text.js';
import { readingInput } from './reading-input.js';
import { contractValue, valueText } from './reading-value.js';

export interface MeterEntryOptions {
  /** The prefix of the entry's ids, unique in the widget. */
  base: string;
  meter: Meter;
  /** The meter's name ("Cold water, meter WM-204518"). */
  name: string;
  draft: Draft;
  problems: readonly ReadingProblem[];
  /** An implausible jump waiting for the reader's confirmation. */
  jump: ReadingProblem | undefined;
  busy: boolean;
  locale: Locale;
  t: Translate;
  onValue: (event: InputEvent) => void;
  onRollover: (event: Event) => void;
  onComment: (event: InputEvent) => void;
  onConfirm: (event: Event) => void;
}

/**
 * A meter's new reading: its input with its problems, the roll-over box for a value below
 * the last reading, and an implausible jump's confirmation. Controls carry `data-meter`.
 */
export function meterEntry(options: MeterEntryOptions): TemplateResult {
  const { base, meter, name, draft, problems, jump, locale, t } = options;
  const texts = (...fields: ReadingProblem['field'][]) =>
    problems.filter((p) => fields.includes(p.field)).map((p) => problemText(t, p, meter, locale));
  const below = isBelowLast(meter, contractValue(draft.value));
  return html`${readingInput({
    id: `${base}-value`,
    meter,
    name,
    value: draft.value,
    // A roll-over refused while its box is hidden is the value's problem.
    errors: below ? texts('value') : texts('value', 'rollover'),
    ...(jump ? { describedBy: `${base}-jump` } : {}),
    t,
    onInput: options.onValue,
  })}
  ${below ? rolloverBox(options, texts('rollover')) : nothing}
  ${jump ? confirmation(options, problemText(t, jump, meter, locale), texts('comment')) : nothing}`;
}

/** "The meter passed its maximum and started from zero", offered for a value below the last. */
function rolloverBox(options: MeterEntryOptions, errors: string[]): TemplateResult {
  const { meter, draft, t } = options;
  const id = `${options.base}-rollover`;
  return html`<div class="check">
      <input
        type="checkbox"
        id=${id}
        data-meter=${meter.id}
        .checked=${live(draft.rollover)}
        aria-invalid=${errors.length ? 'true' : 'false'}
        aria-describedby=${errors.length ? `${id}-error` : nothing}
        @change=${options.onRollover}
      />
      <label for=${id}>${t('input.rollover')}</label>
    </div>
    ${errors.length ? html`<p part="field-error" id="${id}-error">${errors.join(' ')}</p>` : nothing}`;
}

/** An implausible jump (MTR-1): why, the comment it needs, and "Confirm this value". */
function confirmation(options: MeterEntryOptions, why: string, errors: string[]): TemplateResult {
  const { base, meter, draft, t } = options;
  const id = `${base}-comment`;
  return html`<div part="confirm">
    <p id="${base}-jump">${why}</p>
    <label for=${id}>${t('confirm.comment')}</label>
    <textarea
      part="comment"
      id=${id}
      data-meter=${meter.id}
      rows="2"
      required
      .value=${live(draft.comment)}
      aria-invalid=${errors.length ? 'true' : 'false'}
      aria-describedby=${errors.length ? `${id}-error` : nothing}
      @input=${options.onComment}
    ></textarea>
    ${errors.length ? html`<p part="field-error" id="${id}-error">${errors.join(' ')}</p>` : nothing}
    <button
      part="confirm-action"
      type="button"
      data-meter=${meter.id}
      aria-disabled=${options.busy ? 'true' : nothing}
      @click=${options.onConfirm}
    >
      ${t('confirm.action')}
    </button>
  </div>`;
}

/** What became of the meter's last reading sent: waiting to be sent, or stored (flagged?). */
export function meterOutcome(
  meter: Meter,
  waiting: ReadingInput | undefined,
  stored: MeterReading | undefined,
  locale: Locale,
  t: Translate,
): TemplateResult | typeof nothing {
  const measure = t(`measure.${meter.measure}`);
  const value = (shown: string) => valueText(shown, meter.decimals, locale);
  if (waiting) {
    return html`<p part="waiting">${t('waiting', { value: value(waiting.value), measure })}</p>`;
  }
  if (!stored) return nothing;
  return html`<p part="stored">
    ${t('stored', { value: value(stored.value), measure })}
    ${stored.flagged ? html`<span part="flagged">${t('flagged')}</span>` : nothing}
  </p>`;
}

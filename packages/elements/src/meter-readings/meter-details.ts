import { html, nothing, type TemplateResult } from 'lit';
import type { LastReading, Locale, Meter } from '@atrium/sdk';
import { dateLabel } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { valueText } from './reading-value.js';

/** "Cold water, meter WM-204518": how labels and captions name a meter. */
export function meterName(t: Translate, meter: Meter): string {
  return t('meter.name', { kind: t(`kind.${meter.kind}`), serial: meter.serialNumber });
}

/**
 * What the reader needs before typing: the serial number, the reading the new one is
 * checked against, this window's reading (which a new one replaces) and the verification
 * date, with a warning once it has passed.
 */
export function meterDetails(meter: Meter, t: Translate, locale: Locale): TemplateResult {
  const measure = t(`measure.${meter.measure}`);
  const reading = (shown: LastReading) =>
    t('meter.reading', {
      value: valueText(shown.value, meter.decimals, locale),
      measure,
      date: dateLabel(shown.submittedAt, locale, 'd MMMM yyyy'),
    });
  const sent = meter.windowReading;
  return html`<dl part="details">
    <div>
      <dt>${t('meter.serial')}</dt>
      <dd>${meter.serialNumber}</dd>
    </div>
    <div>
      <dt>${t('meter.last')}</dt>
      <dd data-detail="last">
        ${meter.lastReading ? reading(meter.lastReading) : t('meter.none')}
      </dd>
    </div>
    ${
      sent
        ? html`<div>
            <dt>${t('meter.sent')}</dt>
            <dd data-detail="sent">
              ${reading(sent)} <span class="muted">${t('meter.replaces')}</span>
            </dd>
          </div>`
        : nothing
    }
    <div>
      <dt>${t('meter.verification')}</dt>
      <dd data-detail="verification">
        ${dateLabel(meter.verificationDueOn, locale, 'd MMMM yyyy')}
        ${
          meter.verificationExpired
            ? html`<strong part="warning">${t('meter.expired')}</strong>`
            : nothing
        }
      </dd>
    </div>
  </dl>`;
}

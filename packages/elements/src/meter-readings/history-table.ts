import { html, type TemplateResult } from 'lit';
import type { Locale, Meter, MeterReading } from '@atrium/sdk';
import { columnHeads } from '../core/column-heads.js';
import { dateLabel, monthLabel } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { valueText } from './reading-value.js';

function notes(reading: MeterReading, t: Translate): string {
  return [
    reading.supersededAt ? t('history.replaced') : '',
    reading.kind === 'initial' ? t('history.initial') : '',
    reading.rollover ? t('history.rollover') : '',
    reading.flagged ? t('history.flagged') : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * A meter's readings (MTR-2), newest first: the month, the value, the use since the reading
 * before, when it was sent and its notes; a reading replaced within its window stays,
 * marked "replaced". Scrolls sideways on narrow screens, so it is a focusable, named region.
 */
export function historyTable(
  readings: readonly MeterReading[],
  meter: Meter,
  caption: string,
  locale: Locale,
  t: Translate,
): TemplateResult {
  const measure = t(`measure.${meter.measure}`);
  const rows = readings.map(
    (reading) =>
      html`<tr
        part="history-row"
        data-reading=${reading.id}
        class=${reading.supersededAt ? 'replaced' : ''}
      >
        <th scope="row">${monthLabel(reading.period, locale, 'LLLL yyyy')}</th>
        <td>${valueText(reading.value, meter.decimals, locale)}</td>
        <td>
          ${reading.consumption === null ? '—' : valueText(reading.consumption, meter.decimals, locale)}
        </td>
        <td>${dateLabel(reading.submittedAt, locale, 'PP')}</td>
        <td>${notes(reading, t)}</td>
      </tr>`,
  );
  return html`<div class="scroll" role="region" aria-label=${caption} tabindex="0">
    <table part="history-table" class="data-table numeric">
      <caption>
        ${caption}
      </caption>
      ${columnHeads([
        t('history.columns.period'),
        t('history.columns.value', { measure }),
        t('history.columns.consumption', { measure }),
        t('history.columns.date'),
        t('history.columns.notes'),
      ])}
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}

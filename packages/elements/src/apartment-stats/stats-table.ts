import { html, type TemplateResult } from 'lit';
import type { Locale, OwnerStats, StatsFigures } from '@atrium/sdk';
import { count, money, monthLabel, percent } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { columnHeads } from '../core/column-heads.js';

const columns = [
  'nightsSold',
  'nightsAvailable',
  'occupancy',
  'adr',
  'revpar',
  'accommodation',
  'extras',
  'penalty',
] as const;

function cells(figures: StatsFigures, currency: string, locale: Locale): string[] {
  const cash = (minor: number) => money(minor, currency, locale);
  return [
    count(figures.nightsSold, locale),
    count(figures.nightsAvailable, locale),
    percent(figures.occupancy, locale),
    cash(figures.adr),
    cash(figures.revpar),
    cash(figures.accommodationRevenue),
    cash(figures.extrasRevenue),
    cash(figures.penaltyRevenue),
  ];
}

/**
 * The statistics as a table: the same numbers as the charts, for everyone and for screen
 * readers (months are row headers, figures column headers, totals in the footer). Scrolls
 * sideways on narrow screens, so it is a focusable, named region.
 */
export function statsTable(
  stats: OwnerStats,
  caption: string,
  locale: Locale,
  t: Translate,
): TemplateResult {
  const row = (header: string, figures: StatsFigures) => {
    const data = cells(figures, stats.currency, locale).map((cell) => html`<td>${cell}</td>`);
    return html`<th scope="row">${header}</th>
      ${data}`;
  };
  const months = stats.months.map(
    (month) =>
      html`<tr part="row" data-month=${month.month}>
        ${row(monthLabel(month.month, locale, 'LLLL yyyy'), month.figures)}
      </tr>`,
  );
  return html`<div
    part="table-scroll"
    class="scroll"
    role="region"
    aria-label=${caption}
    tabindex="0"
  >
    <table part="table" class="data-table numeric">
      <caption>
        ${caption}
      </caption>
      ${columnHeads([t('table.month'), ...columns.map((column) => t(`table.${column}`))])}
      <tbody>
        ${months}
      </tbody>
      <tfoot>
        <tr part="totals-row">
          ${row(t('table.total'), stats.totals)}
        </tr>
      </tfoot>
    </table>
  </div>`;
}

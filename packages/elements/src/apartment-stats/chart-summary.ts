import type { Locale, MonthStats, StatsFigures } from '@atrium/sdk';
import { money, monthLabel, percent } from '../core/format.js';
import type { Translate } from '../core/i18n.js';

type Figure = 'occupancy' | 'adr';

/**
 * What a chart shows, in one sentence for its `aria-label`: the period, and the lowest
 * and highest month of a line; the period's totals of the revenue bars.
 */
export function chartSummary(
  chart: Figure | 'revenue',
  months: MonthStats[],
  totals: StatsFigures,
  currency: string,
  locale: Locale,
  t: Translate,
): string {
  const label = (month: MonthStats | undefined) =>
    month ? monthLabel(month.month, locale, 'LLLL yyyy') : '';
  const period = { from: label(months[0]), to: label(months.at(-1)) };
  const cash = (minor: number) => money(minor, currency, locale);
  if (chart === 'revenue') {
    return t('charts.revenueSummary', {
      ...period,
      accommodation: cash(totals.accommodationRevenue),
      extras: cash(totals.extrasRevenue),
      penalty: cash(totals.penaltyRevenue),
    });
  }
  const value = (m: MonthStats) => Number(m.figures[chart]);
  const shown = (m: MonthStats) =>
    chart === 'occupancy' ? percent(m.figures.occupancy, locale) : cash(m.figures.adr);
  const sorted = [...months].sort((a, b) => value(a) - value(b));
  const [min, max] = [sorted[0], sorted.at(-1)];
  return t('charts.summary', {
    ...period,
    title: t(`charts.${chart}`),
    min: min ? shown(min) : '',
    minMonth: label(min),
    max: max ? shown(max) : '',
    maxMonth: label(max),
  });
}

import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { Locale, MonthStats, StatsFigures } from '@atrium/sdk';
import { majorUnits, money, monthLabel, percent } from '../core/format.js';
import type { Translate } from '../core/i18n.js';

/** The colours and type the charts take from the design tokens. */
export interface ChartLook {
  primary: string;
  second: string;
  third: string;
  text: string;
  grid: string;
  font: string;
  animate: boolean;
}

export interface ChartInput {
  months: MonthStats[];
  currency: string;
  locale: Locale;
  t: Translate;
  look: ChartLook;
}

type Config = ChartConfiguration<'line' | 'bar'>;
type MoneyFigure = 'adr' | 'accommodationRevenue' | 'extrasRevenue' | 'penaltyRevenue';

/** One series: the figure it plots, its label and colour, and its stack (bars). */
interface Series {
  figure: keyof StatsFigures;
  label: string;
  color: string;
  stack?: string;
}

/**
 * A chart of `series` by month. Points are plotted in major units (or per cent); the
 * tooltip reads the exact figure back from the months, so it shows money to the kopek.
 */
function chart(input: ChartInput, type: 'line' | 'bar', series: Series[]): Config {
  const { look, locale, currency, months } = input;
  const isShare = series.every((s) => s.figure === 'occupancy');
  const plotted = (figures: StatsFigures, figure: keyof StatsFigures) =>
    figure === 'occupancy'
      ? Number(figures.occupancy) * 100
      : majorUnits(figures[figure as MoneyFigure], currency);
  const exact = (figures: StatsFigures, figure: keyof StatsFigures) =>
    figure === 'occupancy'
      ? percent(figures.occupancy, locale)
      : money(figures[figure as MoneyFigure], currency, locale);
  const compactMoney = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
  });
  const tick = (value: number) =>
    isShare ? percent(String(value / 100), locale) : compactMoney.format(value);
  const stacked = series.some((s) => s.stack);
  const axis = { color: look.text, font: { family: look.font } };
  const datasets = series.map((s): ChartDataset<'line' | 'bar'> => ({
    type,
    label: s.label,
    data: months.map((m) => plotted(m.figures, s.figure)),
    borderColor: s.color,
    backgroundColor: s.color,
    ...(s.stack ? { stack: s.stack } : {}),
  }));
  return {
    type,
    data: { labels: months.map((m) => monthLabel(m.month, locale, 'LLL yyyy')), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: look.animate ? { duration: 300 } : false,
      locale,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked, ticks: axis, grid: { color: look.grid } },
        y: {
          stacked,
          beginAtZero: true,
          ticks: { ...axis, callback: (value) => tick(Number(value)) },
          grid: { color: look.grid },
        },
      },
      plugins: {
        legend: { labels: axis },
        tooltip: {
          callbacks: {
            label: (item) => {
              const figures = months[item.dataIndex]?.figures;
              const figure = series[item.datasetIndex]?.figure;
              return figures && figure ? `${item.dataset.label}: ${exact(figures, figure)}` : '';
            },
          },
        },
      },
    },
  };
}

/** Occupancy per month, in per cent. */
export const occupancyChart = (input: ChartInput): Config =>
  chart(input, 'line', [
    { figure: 'occupancy', label: input.t('charts.occupancy'), color: input.look.primary },
  ]);

/** The average daily rate per month. */
export const adrChart = (input: ChartInput): Config =>
  chart(input, 'line', [{ figure: 'adr', label: input.t('charts.adr'), color: input.look.second }]);

/** Revenue per month: accommodation and extras stacked, penalties in a bar of their own (OWN-6). */
export const revenueChart = (input: ChartInput): Config =>
  chart(input, 'bar', [
    {
      figure: 'accommodationRevenue',
      label: input.t('charts.accommodation'),
      color: input.look.primary,
      stack: 'stay',
    },
    {
      figure: 'extrasRevenue',
      label: input.t('charts.extras'),
      color: input.look.second,
      stack: 'stay',
    },
    {
      figure: 'penaltyRevenue',
      label: input.t('charts.penalty'),
      color: input.look.third,
      stack: 'penalty',
    },
  ]);

import {
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  Tooltip,
  type ChartComponentLike,
  type ChartConfiguration,
} from 'chart.js';
import type { Locale, MeetingDetail, ResolutionResult } from '@atrium/sdk';
import type { Translate } from '../core/i18n.js';
import { areaShareText, areaText } from './weights.js';

/** What a stacked bar chart with a legend and a tooltip needs of chart.js. */
export const resultsChartParts: readonly ChartComponentLike[] = [
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
];

/** The four parts of the total area a resolution's result divides it into, in order. */
export const resultParts = [
  'for',
  'against',
  'abstain',
  'notVoted',
] as const satisfies readonly (keyof ResolutionResult)[];

export type ResultPart = (typeof resultParts)[number];

/** The colours and type the chart takes from the design tokens. */
export interface ResultsLook {
  parts: Record<ResultPart, string>;
  text: string;
  grid: string;
  font: string;
  animate: boolean;
}

/**
 * One horizontal bar per resolution, the total area split into for, against, abstained and
 * not voted. Lengths are plain numbers (precision there is the pixel's); the tooltip reads
 * the exact weights back, with their share of the total area.
 */
export function resultsChart(
  detail: MeetingDetail,
  t: Translate,
  locale: Locale,
  look: ResultsLook,
): ChartConfiguration<'bar'> {
  const resolutions = detail.resolutions;
  const axis = { color: look.text, font: { family: look.font } };
  const datasets = resultParts.map((part) => ({
    label: t(`results.columns.${part}`),
    data: resolutions.map((r) => Number(r.result?.[part] ?? 0)),
    backgroundColor: look.parts[part],
  }));
  return {
    type: 'bar',
    data: {
      labels: resolutions.map((r) => t('resolution.short', { number: r.number })),
      datasets,
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: look.animate ? { duration: 300 } : false,
      locale,
      scales: {
        x: {
          stacked: true,
          beginAtZero: true,
          max: Number(detail.totalArea),
          ticks: {
            ...axis,
            callback: (value) => areaText(t, String(value), locale),
          },
          grid: { color: look.grid },
        },
        y: { stacked: true, ticks: axis, grid: { display: false } },
      },
      plugins: {
        legend: { labels: axis },
        tooltip: {
          callbacks: {
            label: (item) => {
              const result = resolutions[item.dataIndex]?.result;
              const part = resultParts[item.datasetIndex];
              if (!result || !part) return '';
              const figure = areaShareText(t, result[part], detail.totalArea, locale);
              return `${item.dataset.label}: ${figure}`;
            },
          },
        },
      },
    },
  };
}

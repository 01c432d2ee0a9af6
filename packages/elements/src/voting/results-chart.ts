import { apportionedShares } from '@atrium/sdk';
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
import { count } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { areaShareText, areaText, SHARE_PLACES } from './weights.js';

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

type ResultPart = (typeof resultParts)[number];

/**
 * A result's four parts as shares of the total area, split by the largest remainder so that
 * they make 100.00 %: the figures the protocol prints, to the hundredth of a percent.
 */
export function resultShares(
  result: ResolutionResult,
  totalArea: string,
): Record<ResultPart, string> {
  const shares = apportionedShares(
    resultParts.map((part) => result[part]),
    totalArea,
    SHARE_PLACES,
  );
  return Object.fromEntries(resultParts.map((part, i) => [part, shares[i]])) as Record<
    ResultPart,
    string
  >;
}

/** The colours and type the chart takes from the design tokens. */
export interface ResultsLook {
  parts: Record<ResultPart, string>;
  /** The page behind the chart: the stripes and dots of the patterned parts. */
  background: string;
  text: string;
  grid: string;
  font: string;
  animate: boolean;
}

/**
 * "Against" is striped and "abstained" dotted, so that no part tells from its neighbour
 * by hue alone (red and green look alike to many readers); the legend shows the same.
 */
const patterns: Partial<Record<ResultPart, 'stripes' | 'dots'>> = {
  against: 'stripes',
  abstain: 'dots',
};

function patterned(color: string, background: string, kind: 'stripes' | 'dots') {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const context = tile.getContext('2d');
  if (!context) return color;
  context.fillStyle = color;
  context.fillRect(0, 0, 8, 8);
  context.fillStyle = context.strokeStyle = background;
  context.globalAlpha = 0.55;
  if (kind === 'dots') {
    context.beginPath();
    context.arc(4, 4, 1.5, 0, 2 * Math.PI);
    context.fill();
  } else {
    // A diagonal across the tile and its two corners, so the stripes join from tile to tile.
    context.lineWidth = 2;
    context.beginPath();
    for (const [x, y] of [
      [0, 8],
      [-4, 4],
      [4, 12],
    ] as const) {
      context.moveTo(x, y);
      context.lineTo(x + 8, y - 8);
    }
    context.stroke();
  }
  return context.createPattern(tile, 'repeat') ?? color;
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
  const datasets = resultParts.map((part) => {
    const pattern = patterns[part];
    const color = look.parts[part];
    return {
      label: t(`results.columns.${part}`),
      data: resolutions.map((r) => Number(r.result?.[part] ?? 0)),
      backgroundColor: pattern ? patterned(color, look.background, pattern) : color,
      borderColor: color,
      borderWidth: pattern ? 1 : 0,
    };
  });
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
            // Whole metres on the steps; the last tick, the total area, as the page writes it.
            callback: (value) =>
              Number.isInteger(value)
                ? t('area', { value: count(Number(value), locale) })
                : areaText(t, String(value), locale),
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
              const share = resultShares(result, detail.totalArea)[part];
              const figure = areaShareText(t, result[part], share, locale);
              return `${item.dataset.label}: ${figure}`;
            },
          },
        },
      },
    },
  };
}

import {
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  type ChartComponentLike,
  type ChartConfiguration,
} from 'chart.js';
import type { Locale, Meter, MeterReading } from '@atrium/sdk';
import { monthLabel } from '../core/format.js';
import { valueText } from './reading-value.js';

/** What a bar chart with a tooltip needs of chart.js, for the charts controller to register. */
export const useChartParts: readonly ChartComponentLike[] = [
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Tooltip,
];

/** One month's use: a current reading's consumption, by its period. */
export interface MonthlyUse {
  period: string;
  consumption: string;
}

/** The use per month of the readings read so far: current readings with a consumption, oldest first. */
export function monthlyUse(readings: readonly MeterReading[]): MonthlyUse[] {
  return readings
    .filter((r) => r.kind === 'reading' && !r.supersededAt && r.consumption !== null)
    .map((r) => ({ period: r.period, consumption: r.consumption ?? '0' }))
    .sort((a, b) => a.period.localeCompare(b.period));
}

/** The colours and type the chart takes from the design tokens. */
export interface ChartLook {
  bar: string;
  text: string;
  grid: string;
  font: string;
  animate: boolean;
}

/**
 * Bars of the use per month. Heights are plain numbers (precision there is the pixel's);
 * the tooltip reads the exact decimal back, in the reader's language and the meter's unit.
 */
export function useChart(
  use: MonthlyUse[],
  meter: Meter,
  measure: string,
  locale: Locale,
  look: ChartLook,
): ChartConfiguration<'bar'> {
  const axis = { color: look.text, font: { family: look.font } };
  return {
    type: 'bar',
    data: {
      labels: use.map((u) => monthLabel(u.period, locale, 'LLL yyyy')),
      datasets: [
        {
          label: measure,
          data: use.map((u) => Number(u.consumption)),
          backgroundColor: look.bar,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: look.animate ? { duration: 300 } : false,
      locale,
      scales: {
        x: { ticks: axis, grid: { display: false } },
        y: { beginAtZero: true, ticks: axis, grid: { color: look.grid } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => {
              const point = use[item.dataIndex];
              return point
                ? `${valueText(point.consumption, meter.decimals, locale)} ${measure}`
                : '';
            },
          },
        },
      },
    },
  };
}

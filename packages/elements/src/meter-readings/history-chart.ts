import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale, Meter, MeterReading } from '@atrium/sdk';
import { monthLabel } from '../core/format.js';
import { valueText } from './reading-value.js';

let registered = false;

// Only what a bar chart with a tooltip needs, registered on first use: `chart.js/auto`
// would add every controller, scale and plugin.
function register(): void {
  if (registered) return;
  registered = true;
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
}

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

/** A chart to keep on a canvas; `key` changes whenever the chart must be drawn anew. */
export interface ChartSpec {
  canvas: HTMLCanvasElement;
  key: string;
  config: () => ChartConfiguration<'bar'>;
}

/**
 * Keeps one chart.js chart on each canvas the host renders: draws it when the canvas
 * appears, redraws it when its key changes (data, language, theme), destroys it when the
 * canvas goes (a history closed) and when the host leaves the page.
 */
export class UseCharts implements ReactiveController {
  #charts = new Map<HTMLCanvasElement, { chart: Chart<'bar'>; key: string }>();

  constructor(
    host: ReactiveControllerHost,
    private readonly read: () => ChartSpec[],
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const specs = this.read();
    const canvases = new Set(specs.map((spec) => spec.canvas));
    for (const [canvas, { chart }] of this.#charts) {
      if (canvases.has(canvas)) continue;
      chart.destroy();
      this.#charts.delete(canvas);
    }
    for (const spec of specs) {
      const drawn = this.#charts.get(spec.canvas);
      if (drawn?.key === spec.key) continue;
      drawn?.chart.destroy();
      register();
      this.#charts.set(spec.canvas, {
        chart: new Chart(spec.canvas, spec.config()),
        key: spec.key,
      });
    }
  }

  hostDisconnected(): void {
    for (const { chart } of this.#charts.values()) chart.destroy();
    this.#charts.clear();
  }
}

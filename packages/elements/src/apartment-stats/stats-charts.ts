import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

let registered = false;

// Only what the three charts use, registered on first use: `chart.js/auto` would add
// every controller, scale and plugin (about 16 kB gzip more).
function register(): void {
  if (registered) return;
  registered = true;
  Chart.register(
    LineController,
    BarController,
    LineElement,
    PointElement,
    BarElement,
    CategoryScale,
    LinearScale,
    Tooltip,
    Legend,
  );
}

/** One chart to draw: its canvas and its chart.js configuration. */
export interface ChartSpec {
  canvas: HTMLCanvasElement;
  config: ChartConfiguration<'line' | 'bar'>;
}

/**
 * Keeps chart.js charts in step with the host: draws them when `read` returns specs,
 * redraws when their key changes (data, language, theme colours), destroys them when
 * `read` returns null (table view, no data) and when the host leaves the page.
 */
export class ChartsController implements ReactiveController {
  #charts: Chart<'line' | 'bar'>[] = [];
  #key: string | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly read: () => { key: string; specs: ChartSpec[] } | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const next = this.read();
    const canvases = next?.specs.map((spec) => spec.canvas) ?? [];
    const same = this.#charts.every((chart, i) => chart.canvas === canvases[i]);
    if (next && next.key === this.#key && same && this.#charts.length) return;
    this.#destroy();
    if (!next) return;
    register();
    this.#key = next.key;
    this.#charts = next.specs.map((spec) => new Chart(spec.canvas, spec.config));
  }

  hostDisconnected(): void {
    this.#destroy();
  }

  #destroy(): void {
    for (const chart of this.#charts) chart.destroy();
    this.#charts = [];
    this.#key = null;
  }
}

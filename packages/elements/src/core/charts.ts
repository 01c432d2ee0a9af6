import { Chart, type ChartComponentLike, type ChartConfiguration, type ChartType } from 'chart.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A chart to keep on a canvas; `key` changes whenever the chart must be drawn anew. */
export interface ChartSpec<T extends ChartType = ChartType> {
  canvas: HTMLCanvasElement;
  key: string;
  config: () => ChartConfiguration<T>;
}

/**
 * Keeps one chart.js chart on each canvas the host renders: draws it when the canvas
 * appears, redraws it when its key changes (data, language, theme), destroys it when the
 * canvas goes (a view closed or switched) and when the host leaves the page.
 *
 * `parts` are the controllers, elements, scales and plugins the charts use, registered on
 * first use: `chart.js/auto` would add every one of them (about 16 kB gzip more).
 */
export class ChartsController<T extends ChartType = ChartType> implements ReactiveController {
  #charts = new Map<HTMLCanvasElement, { chart: Chart<T>; key: string }>();
  #registered = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly parts: readonly ChartComponentLike[],
    private readonly read: () => ChartSpec<T>[],
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
      this.#register();
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

  #register(): void {
    if (this.#registered) return;
    this.#registered = true;
    Chart.register(...this.parts);
  }
}

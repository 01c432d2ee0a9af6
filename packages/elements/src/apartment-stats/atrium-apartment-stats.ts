import { html, nothing, type TemplateResult } from 'lit';
import { property, queryAll, state } from 'lit/decorators.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { OwnerStats } from '@atrium/sdk';
import { asFailure } from '../core/action-controller.js';
import { AtriumController } from '../core/atrium-controller.js';
import { AtriumWidget } from '../core/atrium-widget.js';
import { failureView, loadingView, statusMessage } from '../core/status-views.js';
import { count, money, monthLabel, percent } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { addMonths, monthsBack } from '../core/months.js';
import { ownerUnits } from '../core/owner-units.js';
import { tokenValue } from '../core/theme.js';
import { allUnits, unitPicker } from '../core/unit-picker.js';
import { ChartsController, type ChartSpec } from '../core/charts.js';
import { signedInView } from '../core/signed-in-view.js';
import { widgetFrame } from '../core/widget-frame.js';
import { chartStyles } from '../core/chart-styles.js';
import { tableStyles } from '../core/table-styles.js';
import { widgetStyles } from '../core/widget-styles.js';
import { apartmentStatsStyles } from './atrium-apartment-stats.styles.js';
import { adrChart, occupancyChart, revenueChart, type ChartInput } from './chart-specs.js';
import { chartSummary } from './chart-summary.js';
import { apartmentStatsMessages } from './locales/index.js';
import { statsChartParts } from './stats-charts.js';
import { statsTable } from './stats-table.js';

type View = 'charts' | 'table';

/** How far back the period can reach: two years of completed months. */
const RANGE_MONTHS = 24;
/** The period shown first, as the server's default: the last twelve completed months. */
const DEFAULT_MONTHS = 12;

const charts = ['occupancy', 'adr', 'revenue'] as const;
const chartConfig = { occupancy: occupancyChart, adr: adrChart, revenue: revenueChart };

let instances = 0;

/**
 * The signed-in owner's monthly statistics (OWN-1..4, OWN-6): occupancy, average daily
 * rate and revenue of completed months, from the server's daily snapshot. An owner of
 * several units picks one or sees them all summed; the period is chosen among the last 24
 * completed months. Shown as three charts or as a table of the same numbers (the
 * accessible alternative), with the period's totals. Money is in the tenant's currency,
 * months and numbers in the reader's language.
 *
 * Place it on the page whether or not anyone is signed in: signed out, it asks the reader
 * to sign in (with `<atrium-login>` elsewhere on the page) and shows the figures as soon as
 * they do, through the shared connection.
 *
 * @summary Occupancy, average daily rate and revenue of an owner's apartments by month.
 * @tagname atrium-apartment-stats
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The heading.
 * @csspart controls - The row of controls: unit, period and view.
 * @csspart picker - The unit picker (shown to owners of several units).
 * @csspart range - The period: its "from" and "to" month choices.
 * @csspart switch - The Charts / Table switch (two `aria-pressed` buttons).
 * @csspart status - Messages: signed out, no units, no completed month, loading, errors.
 * @csspart retry - The "Try again" button of an error.
 * @csspart skeleton - The placeholder shown while the figures load.
 * @csspart totals - The period's totals above the charts or the table.
 * @csspart charts - The charts' container.
 * @csspart chart - One chart (a figure with its caption and canvas).
 * @csspart table-scroll - The scrolling region around the table.
 * @csspart table - The table of figures by month.
 * @csspart row - One month's row.
 * @csspart totals-row - The table's totals row.
 *
 * @cssprop --atrium-color-primary - Buttons, the first chart series.
 * @cssprop --atrium-color-on-primary - Text on the pressed view button.
 * @cssprop --atrium-color-chart-2 - The second chart series (ADR, extra services).
 * @cssprop --atrium-color-chart-3 - The third chart series (cancellation penalties).
 * @cssprop --atrium-color-background - Controls' background.
 * @cssprop --atrium-color-text - Text.
 * @cssprop --atrium-color-muted - Secondary text, chart axes.
 * @cssprop --atrium-color-border - Borders, chart grid lines, the skeleton.
 * @cssprop --atrium-color-danger - Errors.
 * @cssprop --atrium-font-family - Font, in the charts too.
 * @cssprop --atrium-radius - Corner radius.
 * @cssprop --atrium-space-4 - Gaps; also `--atrium-space-1` … `--atrium-space-6`.
 * @cssprop --atrium-focus-ring - The focus outline (a box-shadow).
 */
export class AtriumApartmentStats extends AtriumWidget {
  static override styles = [widgetStyles, tableStyles, chartStyles, apartmentStatsStyles];

  /** Charts or the table of the same numbers. */
  @property({ reflect: true }) view: View = 'charts';

  @state() private unitId: string = allUnits;
  // Unset until the reader picks a period: the server's default is the last 12 months.
  @state() private from: string | undefined;
  @state() private to: string | undefined;

  readonly #atrium = new AtriumController(this, 'apartment-stats', apartmentStatsMessages);
  readonly #id = `atrium-apartment-stats-${++instances}`;

  readonly #stats = new Task(this, {
    task: async ([client, personId, unitId, from, to], { signal }) => {
      if (!client || !personId) return initialState;
      const query = { ...(unitId ? { unitId } : {}), ...(from && to ? { from, to } : {}) };
      return client.stats.ownerStats(query, { signal });
    },
    args: () =>
      [
        this.#atrium.client,
        this.#units.length ? this.#atrium.session.me?.id : undefined,
        this.#selectedUnit,
        this.from,
        this.to,
      ] as const,
  });

  @queryAll('canvas[data-chart]') private canvases!: NodeListOf<HTMLCanvasElement>;

  constructor() {
    super();
    new ChartsController(this, statsChartParts, () => this.#chartSpecs());
  }

  get #units() {
    return ownerUnits(this.#atrium.session.me);
  }

  /** The unit asked for: the only one when there is one, else the reader's choice. */
  get #selectedUnit(): string {
    const units = this.#units;
    return units.length === 1 ? (units[0]?.id ?? allUnits) : this.unitId;
  }

  protected override render(): TemplateResult {
    const t = this.#atrium.t;
    return widgetFrame({
      id: this.#id,
      heading: t('heading'),
      busy: this.#stats.status === TaskStatus.PENDING,
      body: signedInView(this.#atrium, t, () => this.#body(t)),
    });
  }

  #body(t: Translate): TemplateResult {
    if (!this.#units.length) return statusMessage(t('noUnits'));
    return this.#stats.render({
      initial: () => loadingView(t),
      pending: () => (this.#stats.value ? this.#figures(t, this.#stats.value) : loadingView(t)),
      complete: (stats) => this.#figures(t, stats),
      error: (reason) => failureView(t, asFailure(reason), this.#retry),
    });
  }

  #figures(t: Translate, stats: OwnerStats): TemplateResult {
    const last = stats.lastCompletedMonth;
    if (!last) return html`${this.#controls(t, null)}${statusMessage(t('empty'))}`;
    const locale = this.#atrium.locale;
    return html`${this.#controls(t, last)} ${this.#totals(t, stats)}
    ${
      this.view === 'table'
        ? statsTable(stats, t('table.caption', { unit: this.#unitName(t) }), locale, t)
        : html`<div part="charts">${this.#chartFigures(t, stats)}</div>`
    }`;
  }

  #chartFigures(t: Translate, stats: OwnerStats): TemplateResult[] {
    const locale = this.#atrium.locale;
    return charts.map((chart) => {
      const summary = chartSummary(chart, stats.months, stats.totals, stats.currency, locale, t);
      return html`<figure part="chart" data-chart=${chart}>
        <figcaption>${t(`charts.${chart}`)}</figcaption>
        <div class="canvas">
          <canvas role="img" data-chart=${chart} aria-label=${summary}></canvas>
        </div>
      </figure>`;
    });
  }

  #controls(t: Translate, last: string | null): TemplateResult {
    return html`<div part="controls">
      ${unitPicker({
        id: `${this.#id}-unit`,
        t,
        units: this.#units,
        value: this.unitId,
        onChange: this.#onUnit,
      })}
      ${last ? this.#range(t, last) : nothing} ${last ? this.#switch(t) : nothing}
    </div>`;
  }

  /** From/to among the last 24 completed months only (OWN-2), oldest first. */
  #range(t: Translate, last: string): TemplateResult {
    const months = monthsBack(last, RANGE_MONTHS).reverse();
    const [from, to] = this.#period(last);
    const options = (selected: string) =>
      months.map(
        (month) =>
          html`<option value=${month} ?selected=${month === selected}>
            ${monthLabel(month, this.#atrium.locale, 'LLLL yyyy')}
          </option>`,
      );
    return html`<fieldset part="range">
      <legend>${t('range.legend')}</legend>
      <div class="field">
        <label for="${this.#id}-from">${t('range.from')}</label>
        <select id="${this.#id}-from" data-range="from" @change=${this.#onFrom}>
          ${options(from)}
        </select>
      </div>
      <div class="field">
        <label for="${this.#id}-to">${t('range.to')}</label>
        <select id="${this.#id}-to" data-range="to" @change=${this.#onTo}>
          ${options(to)}
        </select>
      </div>
    </fieldset>`;
  }

  /** The period shown: the reader's, else the server's default of the last twelve months. */
  #period(last: string): [string, string] {
    return [this.from ?? addMonths(last, 1 - DEFAULT_MONTHS), this.to ?? last];
  }

  #switch(t: Translate): TemplateResult {
    const button = (view: View) =>
      html`<button
        type="button"
        data-view=${view}
        aria-pressed=${this.view === view}
        @click=${this.#onView}
      >
        ${t(`view.${view}`)}
      </button>`;
    return html`<div part="switch" role="group" aria-label=${t('view.label')}>
      ${button('charts')} ${button('table')}
    </div>`;
  }

  #totals(t: Translate, stats: OwnerStats): TemplateResult {
    const locale = this.#atrium.locale;
    const { totals, currency } = stats;
    const cash = (minor: number) => money(minor, currency, locale);
    const revenue = totals.accommodationRevenue + totals.extrasRevenue + totals.penaltyRevenue;
    return html`<dl part="totals" aria-label=${t('totals.heading')}>
      <div>
        <dt>${t('totals.occupancy')}</dt>
        <dd>
          <strong>${percent(totals.occupancy, locale)}</strong>
          <span class="muted">
            ${t('totals.nights', {
              count: totals.nightsSold,
              available: count(totals.nightsAvailable, locale),
            })}
          </span>
        </dd>
      </div>
      <div>
        <dt>${t('totals.adr')}</dt>
        <dd><strong>${cash(totals.adr)}</strong></dd>
      </div>
      <div>
        <dt>${t('totals.revenue')}</dt>
        <dd>
          <strong>${cash(revenue)}</strong>
          <span class="muted">
            ${t('totals.revenueParts', {
              accommodation: cash(totals.accommodationRevenue),
              extras: cash(totals.extrasRevenue),
              penalty: cash(totals.penaltyRevenue),
            })}
          </span>
        </dd>
      </div>
    </dl>`;
  }

  #unitName(t: Translate): string {
    const unit = this.#units.find((candidate) => candidate.id === this.#selectedUnit);
    return unit ? t('units.unit', { number: unit.number }) : t('units.all');
  }

  /** The charts to draw now: none in the table view or without completed months. */
  #chartSpecs(): ChartSpec<'line' | 'bar'>[] {
    const stats = this.#stats.value;
    if (this.view !== 'charts' || !stats?.months.length) return [];
    const look = {
      primary: tokenValue(this, 'color-primary'),
      second: tokenValue(this, 'color-chart-2'),
      third: tokenValue(this, 'color-chart-3'),
      text: tokenValue(this, 'color-muted'),
      grid: tokenValue(this, 'color-border'),
      font: tokenValue(this, 'font-family'),
      animate: !matchMedia('(prefers-reduced-motion: reduce)').matches,
    };
    const input: ChartInput = {
      months: stats.months,
      currency: stats.currency,
      locale: this.#atrium.locale,
      t: this.#atrium.t,
      look,
    };
    const key = JSON.stringify([input.locale, look, stats.currency, stats.months]);
    return [...this.canvases].map((canvas) => ({
      canvas,
      key,
      config: () => chartConfig[canvas.dataset['chart'] as (typeof charts)[number]](input),
    }));
  }

  readonly #retry = (): void => void this.#stats.run();

  readonly #onView = (event: Event): void => {
    this.view = (event.currentTarget as HTMLElement).dataset['view'] as View;
  };

  readonly #onUnit = (unitId: string): void => {
    this.unitId = unitId;
  };

  readonly #onFrom = (event: Event): void => {
    const from = (event.target as HTMLSelectElement).value;
    const [, to] = this.#period(this.#stats.value?.lastCompletedMonth ?? from);
    this.from = from;
    this.to = to < from ? from : to;
  };

  readonly #onTo = (event: Event): void => {
    const to = (event.target as HTMLSelectElement).value;
    const [from] = this.#period(this.#stats.value?.lastCompletedMonth ?? to);
    this.to = to;
    this.from = from > to ? to : from;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'atrium-apartment-stats': AtriumApartmentStats;
  }
}

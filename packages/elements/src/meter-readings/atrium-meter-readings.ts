import { html, nothing, type TemplateResult } from 'lit';
import { queryAll, state } from 'lit/decorators.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import {
  AtriumError,
  idempotencyKey,
  type AtriumClient,
  type Meter,
  type MeterPage,
  type MeterReading,
  type ReadingInput,
  type ReadingReceipt,
  type SubmissionWindow,
} from '@atrium/sdk';
import { ActionController, type Failure } from '../core/action-controller.js';
import { AtriumController } from '../core/atrium-controller.js';
import { AtriumWidget } from '../core/atrium-widget.js';
import { errorText } from '../core/error-text.js';
import { dateLabel, monthLabel } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { unitsWhere } from '../core/owner-units.js';
import { failureView, loadingView, statusMessage } from '../core/status-views.js';
import { tokenValue } from '../core/theme.js';
import { unitPicker } from '../core/unit-picker.js';
import { ChartsController, type ChartSpec } from '../core/charts.js';
import { signedInView } from '../core/signed-in-view.js';
import { widgetFrame } from '../core/widget-frame.js';
import { chartStyles } from '../core/chart-styles.js';
import { tableStyles } from '../core/table-styles.js';
import { widgetStyles } from '../core/widget-styles.js';
import { AtriumReadingsDownloadEvent } from '../events/atrium-readings-download.js';
import { AtriumReadingsSubmittedEvent } from '../events/atrium-readings-submitted.js';
import { saveFile } from '../core/save-file.js';
import { meterReadingsStyles } from './atrium-meter-readings.styles.js';
import { asFailure, isUnanswered } from '../core/action-controller.js';
import { monthlyUse, useChart, useChartParts } from './history-chart.js';
import { historyPanel } from './history-panel.js';
import { emptyDraft, localProblems, type Draft, type ReadingProblem } from './local-checks.js';
import { meterReadingsMessages } from './locales/index.js';
import { meterDetails, meterName } from './meter-details.js';
import { meterEntry, meterOutcome } from './meter-entry.js';
import { MeterHistories } from './meter-history.js';
import { ReadingsQueue, type QueuedReadings } from './offline-queue.js';
import { keepReadingCharacters } from './reading-input.js';
import { draftOf, problemsByMeter, readingOf, wholeSubmission } from './submission.js';

/** The contract's largest page: a unit has a handful of meters, so one page nearly always. */
const METERS_PER_PAGE = 100;

/** A unit's meters, with the unit they belong to (the page on screen must be the unit's). */
interface UnitMeters {
  unitId: string;
  page: MeterPage;
}

async function unitMeters(
  client: AtriumClient,
  unitId: string,
  signal: AbortSignal,
): Promise<UnitMeters> {
  const first = await client.meters.list({ unitId, limit: METERS_PER_PAGE }, { signal });
  const items = [...first.items];
  for (let cursor = first.nextCursor; cursor;) {
    const next = await client.meters.list({ unitId, cursor, limit: METERS_PER_PAGE }, { signal });
    items.push(...next.items);
    cursor = next.nextCursor;
  }
  return { unitId, page: { ...first, items, nextCursor: null } };
}

function without<V>(map: ReadonlyMap<string, V>, key: string): ReadonlyMap<string, V> {
  if (!map.has(key)) return map;
  const copy = new Map(map);
  copy.delete(key);
  return copy;
}

const meterIdOf = (event: Event) => (event.currentTarget as HTMLElement).dataset['meter'] ?? '';

let instances = 0;

/**
 * The meter readings of a unit's owners and residents (MTR-1, MTR-2). Each meter of the
 * unit shows what the reading is checked against (the last reading, this window's reading,
 * the verification date) and takes a new value sized to its dial, with a comma or a point.
 * The widget checks what it can before sending (the window, the verification, the digits,
 * a value below the last one unless the meter passed zero), sends every filled meter at
 * once, and shows the server's refusals by each meter; an implausible jump may be confirmed
 * with a comment, and is then flagged for the manager. Offline, the readings wait on the
 * device and go, under the same Idempotency-Key, when the connection is back. Each meter's
 * history lists its readings with the use between them, as a table, a bar chart and a CSV.
 *
 * Place it on the page whether or not anyone is signed in: signed out, it asks the reader
 * to sign in (with `<atrium-login>` elsewhere on the page) and shows the meters as soon as
 * they do, through the shared connection.
 *
 * @summary Residents' monthly meter readings, checked before and after sending, with history.
 * @tagname atrium-meter-readings
 *
 * @fires {AtriumReadingsSubmittedEvent} atrium-readings-submitted - The server stored readings; `detail.receipt` has them.
 * @fires {AtriumReadingsDownloadEvent} atrium-readings-download - A history's CSV arrived; cancel it to keep the widget from saving it.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The heading.
 * @csspart picker - The unit picker (shown to people of several units).
 * @csspart status - Messages: signed out, no units, no meters, loading, errors.
 * @csspart retry - The "Try again" button of an error.
 * @csspart skeleton - The placeholder shown while the meters load.
 * @csspart window - The submission window: open until a day, or when it opens.
 * @csspart form - The form of every meter's new reading.
 * @csspart meters - The list of meters.
 * @csspart meter - One meter.
 * @csspart meter-name - A meter's kind, its heading.
 * @csspart details - A meter's serial number, last reading, this window's reading, verification date.
 * @csspart warning - "Verification expired".
 * @csspart entry - A meter's new reading: its label, input, hint, errors and roll-over box.
 * @csspart entry-label - The label of a reading's input.
 * @csspart input - A reading's input.
 * @csspart hint - The digits the meter has.
 * @csspart field-error - Why a reading (or its comment) is refused.
 * @csspart confirm - An implausible jump's explanation, its comment and "Confirm this value".
 * @csspart comment - The comment confirming an implausible value.
 * @csspart confirm-action - The "Confirm this value" button.
 * @csspart stored - What the server stored for a meter.
 * @csspart flagged - "Flagged for the manager to check".
 * @csspart waiting - A reading waiting for the connection.
 * @csspart queued - The notice that readings wait on this device.
 * @csspart form-error - A problem of the whole submission.
 * @csspart submit - The "Send readings" button.
 * @csspart history-toggle - A meter's "Reading history" button.
 * @csspart history - An open history.
 * @csspart export - The CSV download button.
 * @csspart chart - The use per month (a figure with its caption, canvas and table).
 * @csspart history-table - A history's table of readings.
 * @csspart history-row - One reading in it.
 * @csspart more - A history's "Show more" button.
 *
 * @cssprop --atrium-color-primary - Buttons, the chart's bars, check boxes.
 * @cssprop --atrium-color-on-primary - Text on the "Send readings" button.
 * @cssprop --atrium-color-background - Controls' background.
 * @cssprop --atrium-color-text - Text.
 * @cssprop --atrium-color-muted - Secondary text, chart axes, replaced readings.
 * @cssprop --atrium-color-border - Borders, chart grid lines, the skeleton.
 * @cssprop --atrium-color-danger - Errors, a closed window, an expired verification.
 * @cssprop --atrium-color-success - A stored reading.
 * @cssprop --atrium-font-family - Font, in the chart too.
 * @cssprop --atrium-radius - Corner radius.
 * @cssprop --atrium-space-4 - Gaps; also `--atrium-space-1` … `--atrium-space-6`.
 * @cssprop --atrium-focus-ring - The focus outline (a box-shadow).
 */
export class AtriumMeterReadings extends AtriumWidget {
  static override styles = [widgetStyles, tableStyles, chartStyles, meterReadingsStyles];

  @state() private unitId = '';
  @state() private drafts: ReadonlyMap<string, Draft> = new Map();
  /** Problems per meter, from the checks before sending or from the server's answer. */
  @state() private problems: ReadonlyMap<string, readonly ReadingProblem[]> = new Map();
  /** Implausible jumps the reader may confirm with a comment, per meter. */
  @state() private confirmable: ReadonlyMap<string, ReadingProblem> = new Map();
  /** What the server stored of the last submission, per meter. */
  @state() private stored: ReadonlyMap<string, MeterReading> = new Map();
  @state() private queued: QueuedReadings | null = null;
  @state() private failure: Failure | null = null;
  @state() private nothingToSend = false;
  @state() private announcement = '';

  @queryAll('canvas[data-use-chart]') private canvases!: NodeListOf<HTMLCanvasElement>;

  readonly #atrium = new AtriumController(this, 'meter-readings', meterReadingsMessages);
  readonly #sending = new ActionController(this);
  readonly #histories = new MeterHistories(this, () => this.#atrium.client);
  readonly #id = `atrium-meter-readings-${++instances}`;
  #queue: ReadingsQueue | null = null;
  #queueOf = '';
  // The queue is sent once per page load and once per `online` event, not on every render.
  #queueTried = false;

  readonly #meters = new Task(this, {
    task: async ([client, personId, unitId], { signal }) => {
      if (!client || !personId || !unitId) return initialState;
      return unitMeters(client, unitId, signal);
    },
    args: () => [this.#atrium.client, this.#atrium.session.me?.id, this.#selectedUnit] as const,
  });

  constructor() {
    super();
    new ChartsController(this, useChartParts, () => this.#chartSpecs());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
  }

  get #units() {
    return unitsWhere(this.#atrium.session.me, ['owner', 'resident']);
  }

  /** The unit shown: the reader's choice, else their first. */
  get #selectedUnit(): string {
    const units = this.#units;
    return (units.find((unit) => unit.id === this.unitId) ?? units[0])?.id ?? '';
  }

  /** The meters on screen, once those of the selected unit have arrived. */
  #loaded(): UnitMeters | undefined {
    const loaded = this.#meters.value;
    return loaded?.unitId === this.#selectedUnit ? loaded : undefined;
  }

  #draft(meterId: string): Draft {
    return this.drafts.get(meterId) ?? emptyDraft;
  }

  // Another person or unit: their own queue, and nothing of the previous one's entries.
  protected override willUpdate(): void {
    const personId = this.#atrium.session.me?.id;
    const unitId = this.#selectedUnit;
    const owner = personId && unitId ? `${personId} ${unitId}` : '';
    if (owner === this.#queueOf) return;
    this.#queueOf = owner;
    this.#queue = personId && unitId ? new ReadingsQueue(personId, unitId) : null;
    this.queued = this.#queue?.read() ?? null;
    this.#queueTried = false;
    this.drafts = new Map();
    this.problems = new Map();
    this.confirmable = new Map();
    this.stored = new Map();
    this.failure = null;
    this.nothingToSend = false;
    this.#histories.closeAll();
  }

  protected override updated(): void {
    const queued = this.queued;
    if (!queued || this.#queueTried || !navigator.onLine || !this.#loaded()) return;
    this.#queueTried = true;
    // After this update, not inside it: sending re-renders the widget (busy).
    void this.updateComplete.then(() => this.#deliver(queued.readings, queued.idempotencyKey));
  }

  protected override render(): TemplateResult {
    const t = this.#atrium.t;
    return widgetFrame({
      id: this.#id,
      heading: t('heading'),
      busy: this.#meters.status === TaskStatus.PENDING,
      body: signedInView(this.#atrium, t, () => this.#body(t)),
      announcement: this.announcement,
    });
  }

  #body(t: Translate): TemplateResult {
    if (!this.#units.length) return statusMessage(t('noUnits'));
    const picker = unitPicker({
      id: `${this.#id}-unit`,
      t,
      units: this.#units,
      value: this.#selectedUnit,
      onChange: this.#onUnit,
      all: false,
    });
    const shown = () => {
      const loaded = this.#loaded();
      return loaded ? this.#readings(t, loaded.page) : loadingView(t);
    };
    return html`${picker}
    ${this.#meters.render({
      initial: () => loadingView(t),
      pending: shown,
      complete: shown,
      error: (reason) => failureView(t, asFailure(reason), this.#retry),
    })}`;
  }

  #readings(t: Translate, page: MeterPage): TemplateResult {
    const window = this.#window(t, page.window);
    if (!page.items.length) return html`${window} ${statusMessage(t('empty'))}`;
    const busy = this.#sending.busy;
    const meters = page.items.map((meter) => this.#meter(t, meter));
    return html`${window}
      <form part="form" novalidate @submit=${this.#onSubmit}>
        <ul part="meters" role="list">
          ${meters}
        </ul>
        ${this.queued ? html`<p part="queued">${t('queued')}</p>` : nothing}
        ${
          this.nothingToSend
            ? html`<p part="form-error" role="alert">${t('nothingToSend')}</p>`
            : nothing
        }
        ${
          this.failure
            ? html`<p part="form-error" role="alert">${errorText(t, this.failure)}</p>`
            : nothing
        }
        <button
          part="submit"
          type="submit"
          class="primary"
          aria-disabled=${busy ? 'true' : nothing}
        >
          ${busy ? t('sending') : t('send')}
        </button>
      </form>`;
  }

  #window(t: Translate, window: SubmissionWindow): TemplateResult {
    const locale = this.#atrium.locale;
    const text = window.isOpen
      ? t('window.open', {
          month: monthLabel(window.month, locale, 'LLLL yyyy'),
          closesOn: dateLabel(window.closesOn, locale, 'd MMMM'),
        })
      : t('window.closed', { opensOn: dateLabel(window.opensOn, locale, 'd MMMM') });
    return html`<p part="window" class=${window.isOpen ? 'open' : 'closed'}>${text}</p>`;
  }

  #meter(t: Translate, meter: Meter): TemplateResult {
    const locale = this.#atrium.locale;
    const name = meterName(t, meter);
    const base = `${this.#id}-${meter.id}`;
    const history = this.#histories.get(meter.id);
    const waiting = this.queued?.readings.find((reading) => reading.meterId === meter.id);
    return html`<li part="meter" data-meter=${meter.id} ?data-history-open=${history !== undefined}>
      <h3 part="meter-name" id="${base}-name">${t(`kind.${meter.kind}`)}</h3>
      ${meterDetails(meter, t, locale)}
      <div part="entry" class="field">
        ${meterEntry({
          base,
          meter,
          name,
          draft: this.#draft(meter.id),
          problems: this.problems.get(meter.id) ?? [],
          jump: this.confirmable.get(meter.id),
          busy: this.#sending.busy,
          locale,
          t,
          onValue: this.#onValue,
          onRollover: this.#onRollover,
          onComment: this.#onComment,
          onConfirm: this.#onConfirm,
        })}
      </div>
      ${meterOutcome(meter, waiting, this.stored.get(meter.id), locale, t)}
      <button
        part="history-toggle"
        type="button"
        data-meter=${meter.id}
        aria-expanded=${history ? 'true' : 'false'}
        aria-controls=${history ? `${base}-history` : nothing}
        aria-describedby="${base}-name"
        @click=${this.#onHistory}
      >
        ${t('history.toggle')}
      </button>
      ${
        history
          ? html`<div part="history" id="${base}-history">
              ${historyPanel({
                id: `${base}-history`,
                meter,
                name,
                view: history,
                locale,
                t,
                onMore: this.#onMore,
                onRetry: this.#onHistoryRetry,
                onExport: this.#onExport,
              })}
            </div>`
          : nothing
      }
    </li>`;
  }

  /** One chart per open history with a use to show, in the theme's colours. */
  #chartSpecs(): ChartSpec<'bar'>[] {
    const meters = this.#loaded()?.page.items ?? [];
    const locale = this.#atrium.locale;
    const look = {
      bar: tokenValue(this, 'color-primary'),
      text: tokenValue(this, 'color-muted'),
      grid: tokenValue(this, 'color-border'),
      font: tokenValue(this, 'font-family'),
      animate: !matchMedia('(prefers-reduced-motion: reduce)').matches,
    };
    return [...this.canvases].flatMap((canvas) => {
      const meter = meters.find((candidate) => candidate.id === canvas.dataset['useChart']);
      const view = meter && this.#histories.get(meter.id);
      if (!meter || !view) return [];
      const use = monthlyUse(view.readings);
      const measure = this.#atrium.t(`measure.${meter.measure}`);
      const key = JSON.stringify([locale, look, measure, use]);
      return [{ canvas, key, config: () => useChart(use, meter, measure, locale, look) }];
    });
  }

  readonly #retry = (): void => void this.#meters.run();

  readonly #onUnit = (unitId: string): void => {
    this.unitId = unitId;
  };

  readonly #onOnline = (): void => {
    this.#queueTried = false;
    // The meters failed to load while offline: load them, then the queue goes.
    if (this.#meters.status === TaskStatus.ERROR) void this.#meters.run();
    this.requestUpdate();
  };

  /** A change to a meter's entry: what the server or the checks said of it no longer holds. */
  #edit(meterId: string, change: Partial<Draft>): void {
    this.drafts = new Map(this.drafts).set(meterId, { ...this.#draft(meterId), ...change });
    this.problems = without(this.problems, meterId);
    this.stored = without(this.stored, meterId);
    this.nothingToSend = false;
  }

  readonly #onValue = (event: InputEvent): void => {
    const input = event.target as HTMLInputElement;
    keepReadingCharacters(input);
    const meterId = input.dataset['meter'] ?? '';
    // A new value is not the one the reader was asked to confirm.
    this.confirmable = without(this.confirmable, meterId);
    this.#edit(meterId, { value: input.value, confirm: false });
  };

  readonly #onRollover = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    this.#edit(box.dataset['meter'] ?? '', { rollover: box.checked });
  };

  readonly #onComment = (event: InputEvent): void => {
    const field = event.target as HTMLTextAreaElement;
    this.#edit(field.dataset['meter'] ?? '', { comment: field.value });
  };

  readonly #onConfirm = (event: Event): void => {
    if (this.#sending.busy) return;
    this.#edit(meterIdOf(event), { confirm: true });
    void this.#submit();
  };

  readonly #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#submit();
  };

  /** Checks every filled meter, then sends them all at once, with the readings still queued. */
  async #submit(): Promise<void> {
    const loaded = this.#loaded();
    if (!loaded || this.#sending.busy) return;
    const { items, window } = loaded.page;
    this.failure = null;
    const filled = items.filter((meter) => this.#draft(meter.id).value.trim());
    this.nothingToSend = !filled.length;
    if (!filled.length) return this.#focus('[part="input"]');
    const problems = new Map(
      filled
        .map((meter) => [meter.id, localProblems(meter, window, this.#draft(meter.id))] as const)
        .filter(([, found]) => found.length),
    );
    this.problems = problems;
    if (problems.size) return this.#focusProblem();
    const entered = new Set(filled.map((meter) => meter.id));
    const stillQueued = this.queued?.readings.filter((r) => !entered.has(r.meterId)) ?? [];
    const readings = [...filled.map((m) => readingOf(m, this.#draft(m.id))), ...stillQueued];
    await this.#deliver(readings, idempotencyKey());
  }

  /**
   * Sends readings under their Idempotency-Key. Unanswered (offline, network error, timeout)
   * they wait in the queue under the same key; answered, they leave it.
   */
  async #deliver(readings: ReadingInput[], idempotencyKey: string): Promise<void> {
    const client = this.#atrium.client;
    const queue = this.#queue;
    const unitId = this.#selectedUnit;
    if (!client || !queue) return;
    if (!navigator.onLine) return this.#keep(queue, { idempotencyKey, readings });
    let receipt: ReadingReceipt | undefined;
    const failure = await this.#sending.run(async (signal) => {
      receipt = await client.meters.submit({ readings }, { signal, idempotencyKey });
    });
    if (receipt) return this.#accepted(queue, unitId, receipt);
    if (!failure || failure.code === 'aborted') return;
    if (isUnanswered(failure)) return this.#keep(queue, { idempotencyKey, readings });
    this.#refused(queue, readings, failure);
  }

  #keep(queue: ReadingsQueue, queued: QueuedReadings): void {
    queue.write(queued);
    if (queue !== this.#queue) return; // the reader moved to another unit meanwhile
    this.#queueTried = true; // until the connection comes back (or the next load)
    const kept = new Set(queued.readings.map((reading) => reading.meterId));
    this.queued = queued;
    this.drafts = new Map([...this.drafts].filter(([meterId]) => !kept.has(meterId)));
    this.problems = new Map();
    this.confirmable = new Map();
    this.announcement = this.#atrium.t('queued');
  }

  #accepted(queue: ReadingsQueue, unitId: string, receipt: ReadingReceipt): void {
    queue.clear(); // what was queued went in this submission
    this.dispatchEvent(new AtriumReadingsSubmittedEvent({ unitId, receipt }));
    if (queue !== this.#queue) return;
    const sent = new Set(receipt.readings.map((reading) => reading.meterId));
    this.queued = null;
    this.stored = new Map(receipt.readings.map((reading) => [reading.meterId, reading]));
    this.drafts = new Map([...this.drafts].filter(([meterId]) => !sent.has(meterId)));
    this.problems = new Map();
    this.confirmable = new Map();
    this.announcement = this.#atrium.t('submitted', { count: receipt.readings.length });
    void this.#meters.run();
    this.#histories.reload();
  }

  /** The server answered no: its reasons by meter, the refused values back in their inputs. */
  #refused(queue: ReadingsQueue, readings: ReadingInput[], failure: Failure): void {
    queue.clear();
    if (queue !== this.#queue) return;
    this.queued = null;
    const drafts = new Map(this.drafts);
    for (const reading of readings) {
      if (!drafts.get(reading.meterId)?.value) drafts.set(reading.meterId, draftOf(reading));
    }
    this.drafts = drafts;
    const errors = failure instanceof AtriumError ? failure.fieldErrors : [];
    const byMeter = problemsByMeter(errors, readings);
    const general = byMeter.delete(wholeSubmission);
    const problems = new Map<string, ReadingProblem[]>();
    const confirmable = new Map<string, ReadingProblem>();
    for (const [meterId, found] of byMeter) {
      const jump = found.find((p) => p.code === 'reading_implausible' && p.params?.['confirmable']);
      if (jump) confirmable.set(meterId, jump);
      const rest = found.filter((p) => p !== jump);
      if (rest.length) problems.set(meterId, rest);
    }
    this.problems = problems;
    this.confirmable = confirmable;
    this.failure = general || !byMeter.size ? failure : null;
    if (byMeter.size) this.#focusProblem();
    else this.#focus('[part="submit"]');
  }

  readonly #onHistory = (event: Event): void => this.#histories.toggle(meterIdOf(event));

  readonly #onHistoryRetry = (event: Event): void => this.#histories.retry(meterIdOf(event));

  readonly #onMore = async (event: Event): Promise<void> => {
    const button = event.currentTarget as HTMLElement;
    const history = button.closest('[part="history"]');
    await this.#histories.more(meterIdOf(event));
    await this.updateComplete;
    // The last page came: the button is gone, so the reader continues in the table.
    if (!button.isConnected) history?.querySelector<HTMLElement>('.scroll')?.focus();
  };

  readonly #onExport = async (event: Event): Promise<void> => {
    const meter = this.#loaded()?.page.items.find((m) => m.id === meterIdOf(event));
    if (!meter) return;
    const file = await this.#histories.export(meter.id, this.#atrium.locale);
    if (!file) return;
    const { blob, fileName } = file;
    if (this.dispatchEvent(new AtriumReadingsDownloadEvent({ meter, blob, fileName }))) {
      saveFile(blob, fileName, this.renderRoot);
    }
    this.announcement = this.#atrium.t('history.downloaded', { fileName });
  };

  /**
   * Focuses the first field with an error, else the first marked invalid (a value whose
   * implausible jump waits to be confirmed), once the pending render is in the DOM.
   */
  #focusProblem(): void {
    void this.updateComplete.then(() => {
      const error = this.renderRoot.querySelector('[part="field-error"]');
      const field = error && this.renderRoot.querySelector(`[aria-describedby~="${error.id}"]`);
      const first = field ?? this.renderRoot.querySelector('[aria-invalid="true"]');
      (first as HTMLElement | null)?.focus();
    });
  }

  /** Focuses the first match once the pending render is in the DOM. */
  #focus(selector: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atrium-meter-readings': AtriumMeterReadings;
  }
}

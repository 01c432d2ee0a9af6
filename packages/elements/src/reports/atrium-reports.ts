import { html, nothing, type TemplateResult } from 'lit';
import { queryAll, state } from 'lit/decorators.js';
import { type Me, type Report, type ReportFile, type ReportPage } from '@atrium/sdk';
import { asFailure, type Failure } from '../core/action-controller.js';
import { AtriumController } from '../core/atrium-controller.js';
import { AtriumWidget } from '../core/atrium-widget.js';
import { SignedInLoad } from '../core/signed-in-load.js';
import { statusMessage } from '../core/status-views.js';
import { columnHeads } from '../core/column-heads.js';
import { errorText } from '../core/error-text.js';
import { MorePages } from '../core/more-pages.js';
import { fileSize, monthLabel } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { ownerUnits } from '../core/owner-units.js';
import { allUnits, unitPicker } from '../core/unit-picker.js';
import { signedInView } from '../core/signed-in-view.js';
import { widgetFrame } from '../core/widget-frame.js';
import { tableStyles } from '../core/table-styles.js';
import { widgetStyles } from '../core/widget-styles.js';
import { AtriumReportDownloadEvent } from '../events/atrium-report-download.js';
import { reportsStyles } from './atrium-reports.styles.js';
import { reportsMessages } from './locales/index.js';
import { saveFile } from '../core/save-file.js';
import { inLocale } from './in-locale.js';

/** Reports per page; "Show more" asks for the next page with the cursor. */
const PAGE_SIZE = 12;

interface Progress {
  loaded: number;
  total: number | null;
}

const fileKey = (report: Report, file: ReportFile) => `${report.id} ${file.format}`;

let instances = 0;

/**
 * The reports the signed-in person may download (OWN-5): an owner's monthly statements of
 * each unit and completed month, and the agent reports the managers uploaded for them,
 * newest month first; a manager sees every uploaded agent report. An owner of several
 * units may narrow the list to one. Each file downloads with a progress bar (a percentage
 * when the size is known) and is saved under the name the server gives; statements come
 * in the reader's language.
 *
 * Place it on the page whether or not anyone is signed in: signed out, it asks the reader
 * to sign in (with `<atrium-login>` elsewhere on the page) and lists the reports as soon as
 * they do, through the shared connection.
 *
 * @summary Downloadable agent reports and monthly statements, with download progress.
 * @tagname atrium-reports
 *
 * @fires {AtriumReportDownloadEvent} atrium-report-download - A file arrived; cancel it to keep the widget from saving it.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The heading.
 * @csspart picker - The unit picker (shown to owners of several units).
 * @csspart status - Messages: signed out, no reports, loading, errors.
 * @csspart retry - The "Try again" button of an error.
 * @csspart skeleton - The placeholder shown while the list loads.
 * @csspart list - The table of reports.
 * @csspart row - One report.
 * @csspart download - A download button (one per format).
 * @csspart progress - A download's progress bar.
 * @csspart row-error - Why a download failed.
 * @csspart more - The "Show more" button.
 *
 * @cssprop --atrium-color-primary - Buttons and progress bars.
 * @cssprop --atrium-color-background - Controls' background.
 * @cssprop --atrium-color-text - Text.
 * @cssprop --atrium-color-muted - Secondary text.
 * @cssprop --atrium-color-border - Borders and the skeleton.
 * @cssprop --atrium-color-danger - Errors.
 * @cssprop --atrium-font-family - Font.
 * @cssprop --atrium-radius - Corner radius.
 * @cssprop --atrium-space-4 - Gaps; also `--atrium-space-1` … `--atrium-space-6`.
 * @cssprop --atrium-focus-ring - The focus outline (a box-shadow).
 */
export class AtriumReports extends AtriumWidget {
  static override styles = [widgetStyles, tableStyles, reportsStyles];

  @state() private unitId: string = allUnits;
  @state() private progress: ReadonlyMap<string, Progress> = new Map();
  @state() private failures: ReadonlyMap<string, Failure> = new Map();
  @state() private announcement = '';

  @queryAll('[part="download"]') private downloadButtons!: NodeListOf<HTMLButtonElement>;

  readonly #atrium = new AtriumController(this, 'reports', reportsMessages);
  readonly #downloads = new Set<AbortController>();
  readonly #id = `atrium-reports-${++instances}`;

  readonly #firstPage = new SignedInLoad(this, this.#atrium, {
    args: () => [this.unitId] as const,
    load: (client, [unitId], signal) =>
      client.reports.list({ ...(unitId ? { unitId } : {}), limit: PAGE_SIZE }, { signal }),
  });

  readonly #more = new MorePages<ReportPage, Report>(this, {
    client: () => this.#atrium.client,
    first: () => this.#firstPage.value,
    pageOf: (first) => first,
    next: (client, cursor, signal) => {
      const unitId = this.unitId;
      return client.reports.list(
        { ...(unitId ? { unitId } : {}), cursor, limit: PAGE_SIZE },
        { signal },
      );
    },
    focus: (report) => this.#downloadButton(report.id, report.files[0]?.format)?.focus(),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const download of this.#downloads) download.abort();
  }

  protected override render(): TemplateResult {
    const t = this.#atrium.t;
    return widgetFrame({
      id: this.#id,
      heading: t('heading'),
      busy: this.#firstPage.pending,
      body: signedInView(this.#atrium, t, (me) => this.#body(t, me)),
      announcement: this.announcement,
    });
  }

  #body(t: Translate, me: Me): TemplateResult {
    const picker = unitPicker({
      id: `${this.#id}-unit`,
      t,
      units: ownerUnits(me),
      value: this.unitId,
      onChange: this.#onUnit,
    });
    return html`${picker}
    ${this.#firstPage.render(
      t,
      (first) => this.#list(t, first),
      // Another unit's reports are not shown while this unit's load.
      () => false,
    )}`;
  }

  #list(t: Translate, first: ReportPage): TemplateResult {
    const reports = this.#more.items(first);
    if (!reports.length) return statusMessage(t('empty'));
    const rows = reports.map((report) => this.#row(t, report));
    const unit = ownerUnits(this.#atrium.session.me).find((u) => u.id === this.unitId);
    const caption = t('caption', {
      unit: unit ? t('units.unit', { number: unit.number }) : t('units.all'),
    });
    return html`<table part="list" class="data-table">
        <caption>
          ${caption}
        </caption>
        ${columnHeads([
          t('columns.document'),
          t('columns.month'),
          t('columns.unit'),
          t('columns.files'),
        ])}
        <tbody>
          ${rows}
        </tbody>
      </table>
      ${this.#more.render(this.#id, t, first)}`;
  }

  #row(t: Translate, report: Report): TemplateResult {
    const locale = this.#atrium.locale;
    const name = this.#name(t, report);
    const files = report.files.map((file) => this.#file(t, report, file, name));
    const failure = report.files
      .map((file) => this.failures.get(fileKey(report, file)))
      .find(Boolean);
    return html`<tr part="row" data-report=${report.id}>
      <th scope="row">${t(`kind.${report.kind}`)}</th>
      <td>${monthLabel(report.month, locale, 'LLLL yyyy')}</td>
      <td>${report.unitNumber}</td>
      <td>
        <div class="files">${files}</div>
        ${failure ? html`<p part="row-error" role="alert">${errorText(t, failure)}</p>` : nothing}
      </td>
    </tr>`;
  }

  /**
   * A file's download button; while it downloads, the same button stays (so focus stays on
   * it), marked unavailable and described by the progress bar beside it.
   */
  #file(t: Translate, report: Report, file: ReportFile, name: string): TemplateResult {
    const format = file.format.toUpperCase();
    const progress = this.progress.get(fileKey(report, file));
    const progressId = `${this.#id}-progress-${report.id}-${file.format}`;
    const bar = progress
      ? this.#progress(t, progress, progressId, t('downloading', { format, name }))
      : nothing;
    return html`<button
        part="download"
        type="button"
        data-report=${report.id}
        data-format=${file.format}
        aria-label=${t('download', { format, name })}
        aria-disabled=${progress ? 'true' : nothing}
        aria-describedby=${progress ? progressId : nothing}
        @click=${this.#onDownload}
      >
        ${format}
      </button>
      ${bar}`;
  }

  #progress(t: Translate, { loaded, total }: Progress, id: string, label: string): TemplateResult {
    const locale = this.#atrium.locale;
    const shown = total
      ? new Intl.NumberFormat(locale, { style: 'percent' }).format(loaded / total)
      : t('received', { size: fileSize(loaded, locale) });
    return html`<span class="progress">
      <progress
        part="progress"
        id=${id}
        aria-label=${label}
        max=${total ?? nothing}
        value=${total ? loaded : nothing}
      ></progress>
      <span aria-hidden="true">${shown}</span>
    </span>`;
  }

  #name(t: Translate, report: Report): string {
    const month = monthLabel(report.month, this.#atrium.locale, 'LLLL yyyy');
    return `${t(`kind.${report.kind}`)}, ${month}, ${t('units.unit', { number: report.unitNumber })}`;
  }

  readonly #onUnit = (unitId: string): void => {
    this.unitId = unitId;
  };

  /** The reports listed now: the first page and the ones "Show more" added. */
  #reports(): Report[] {
    const first = this.#firstPage.value;
    return first ? this.#more.items(first) : [];
  }

  #downloadButton(reportId: string, format: string | undefined): HTMLButtonElement | undefined {
    return [...this.downloadButtons].find(
      (button) => button.dataset['report'] === reportId && button.dataset['format'] === format,
    );
  }

  readonly #onDownload = async (event: Event): Promise<void> => {
    const { report: reportId, format } = (event.currentTarget as HTMLElement).dataset;
    const report = this.#reports().find((item) => item.id === reportId);
    const file = report?.files.find((candidate) => candidate.format === format);
    const client = this.#atrium.client;
    if (!client || !report || !file) return;
    const key = fileKey(report, file);
    // The button stays while its file downloads, marked aria-disabled: a second press waits.
    if (this.progress.has(key)) return;
    const abort = new AbortController();
    this.#downloads.add(abort);
    this.failures = without(this.failures, key);
    this.progress = new Map(this.progress).set(key, { loaded: 0, total: file.size });
    const href = report.kind === 'statement' ? inLocale(file.href, this.#atrium.locale) : file.href;
    try {
      const downloaded = await client.reports.download(
        { ...file, href },
        {
          signal: abort.signal,
          onProgress: (loaded, total) => {
            this.progress = new Map(this.progress).set(key, { loaded, total });
          },
        },
      );
      const { blob, fileName } = downloaded;
      const event = new AtriumReportDownloadEvent({ report, file, blob, fileName });
      if (this.dispatchEvent(event)) saveFile(blob, fileName, this.renderRoot);
      this.announcement = this.#atrium.t('downloaded', { fileName });
    } catch (error) {
      if (!abort.signal.aborted) this.failures = new Map(this.failures).set(key, asFailure(error));
    } finally {
      this.#downloads.delete(abort);
      this.progress = without(this.progress, key);
    }
  };
}

function without<V>(map: ReadonlyMap<string, V>, key: string): ReadonlyMap<string, V> {
  const copy = new Map(map);
  copy.delete(key);
  return copy;
}

declare global {
  interface HTMLElementTagNameMap {
    'atrium-reports': AtriumReports;
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Meter } from '@atrium/sdk';
import { columnHeads } from '../core/column-heads.js';
import { errorText } from '../core/error-text.js';
import { monthLabel } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { monthlyUse } from './history-chart.js';
import { historyTable } from './history-table.js';
import type { HistoryView } from './meter-history.js';
import { valueText } from './reading-value.js';

export interface HistoryPanelOptions {
  id: string;
  meter: Meter;
  /** The meter's name ("Cold water, meter WM-204518"). */
  name: string;
  view: HistoryView;
  locale: Locale;
  t: Translate;
  onMore: (event: Event) => void;
  onRetry: (event: Event) => void;
  onExport: (event: Event) => void;
}

/**
 * An open history (MTR-2): the CSV download, the use per month as a bar chart with the same
 * numbers in a table for screen readers, the readings' table and "Show more". Buttons carry
 * `data-meter` for the host's handlers.
 */
export function historyPanel(options: HistoryPanelOptions): TemplateResult {
  const { id, meter, name, view, t } = options;
  if (!view.loaded) {
    return html`<p part="status" role="status">${t('history.loading')}</p>`;
  }
  if (!view.readings.length && view.failure) {
    return html`<div part="status">
      <p role="alert">${errorText(t, view.failure)}</p>
      <button part="retry" type="button" data-meter=${meter.id} @click=${options.onRetry}>
        ${t('retry')}
      </button>
    </div>`;
  }
  if (!view.readings.length) return html`<p part="status">${t('history.empty')}</p>`;
  return html`${exportButton(options)} ${useFigure(options)}
    ${historyTable(view.readings, meter, t('history.caption', { name }), options.locale, t)}
    ${view.failure ? html`<p part="status" role="alert">${errorText(t, view.failure)}</p>` : nothing}
    ${
      view.nextCursor
        ? html`<button
            part="more"
            type="button"
            data-meter=${meter.id}
            aria-describedby="${id}-shown"
            aria-disabled=${view.loadingMore ? 'true' : nothing}
            @click=${options.onMore}
          >
            ${view.loadingMore ? t('history.moreLoading') : t('history.more')}
          </button>`
        : nothing
    }
    <p id="${id}-shown" class="muted">${t('history.shown', { count: view.readings.length })}</p>`;
}

function exportButton({ meter, name, view, t, onExport }: HistoryPanelOptions): TemplateResult {
  return html`<div class="export">
    <button
      part="export"
      type="button"
      data-meter=${meter.id}
      aria-label=${t('history.exportLabel', { name })}
      aria-disabled=${view.exporting ? 'true' : nothing}
      @click=${onExport}
    >
      ${t('history.export')}
    </button>
    ${
      view.exportFailure
        ? html`<p part="status" role="alert">${errorText(t, view.exportFailure)}</p>`
        : nothing
    }
  </div>`;
}

/** The chart (drawn by the host on `canvas[data-use-chart]`) and its numbers as a table. */
function useFigure({
  id,
  meter,
  view,
  locale,
  t,
}: HistoryPanelOptions): TemplateResult | typeof nothing {
  const use = monthlyUse(view.readings);
  if (!use.length) return nothing;
  const measure = t(`measure.${meter.measure}`);
  const caption = t('history.chart', { measure });
  const rows = use.map(
    (point) =>
      html`<tr>
        <th scope="row">${monthLabel(point.period, locale, 'LLLL yyyy')}</th>
        <td>${valueText(point.consumption, meter.decimals, locale)}</td>
      </tr>`,
  );
  return html`<figure part="chart">
    <figcaption id="${id}-chart">${caption}</figcaption>
    <div class="canvas" aria-hidden="true">
      <canvas data-use-chart=${meter.id}></canvas>
    </div>
    <table class="visually-hidden" aria-labelledby="${id}-chart">
      ${columnHeads([t('history.columns.period'), t('history.columns.consumption', { measure })])}
      <tbody>
        ${rows}
      </tbody>
    </table>
  </figure>`;
}

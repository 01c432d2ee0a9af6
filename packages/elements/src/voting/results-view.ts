import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Locale, MeetingDetail, Resolution, ResolutionResult } from '@atrium/sdk';
import type { Failure } from '../core/action-controller.js';
import { columnHeads } from '../core/column-heads.js';
import type { Translate } from '../core/i18n.js';
import { downloadButton } from './download-button.js';
import { resultParts, resultShares } from './results-chart.js';
import { areaShareText } from './weights.js';

/** Whether it passed and whether the quorum was reached, in words (colour only adds to it). */
export function outcomeLine(
  t: Translate,
  result: ResolutionResult | null,
): TemplateResult | typeof nothing {
  if (!result) return nothing;
  const outcome = result.passed ? 'passed' : 'failed';
  return html`<p part="outcome" data-outcome=${outcome}>
    <strong>${t(`results.${outcome}`)}.</strong>
    ${t(result.quorumReached ? 'results.quorumLine' : 'results.quorumMissedLine')}
  </p>`;
}

export interface ResultsViewOptions {
  t: Translate;
  locale: Locale;
  /** A timestamp as the meeting's view writes it (on the tenant's clocks). */
  when: (timestamp: string) => string;
  /** The element id prefix of the meeting's view. */
  id: string;
  detail: MeetingDetail;
  protocolBusy: boolean;
  protocolFailure: Failure | null;
  onProtocol: () => void;
}

/**
 * The frozen results of a closed meeting (VOTE-3): a stacked bar chart of the weights per
 * resolution (drawn by the host on `canvas[data-results-chart]`), the same figures in a
 * table, and the protocol. The chart is hidden from screen readers: the table, right after
 * it, is what they read.
 */
export function resultsView(options: ResultsViewOptions): TemplateResult | typeof nothing {
  const { t, locale, when, id, detail } = options;
  if (detail.meeting.status !== 'closed') return nothing;
  const frozen = detail.resultsFrozenAt;
  if (!frozen) {
    return html`<p part="status" role="status">${t('results.counting')}</p>`;
  }
  const resolutions = detail.resolutions;
  const rows = resolutions.map((resolution) => resultRow(t, locale, detail, resolution));
  const heads = columnHeads([
    t('results.columns.resolution'),
    ...resultParts.map((part) => t(`results.columns.${part}`)),
    t('results.columns.quorum'),
    t('results.columns.outcome'),
  ]);
  // Room for each bar and the legend; chart.js sizes itself to the box.
  const height = `${6 + resolutions.length * 3}rem`;
  return html`<section part="results" aria-labelledby="${id}-results">
    <h4 id="${id}-results">${t('results.heading')}</h4>
    <p class="muted">${t('results.frozenAt', { date: when(frozen) })}</p>
    <figure part="chart" aria-hidden="true">
      <figcaption>${t('results.chart')}</figcaption>
      <div class="canvas" ${ref(sized(height))}>
        <canvas data-results-chart=${detail.meeting.id}></canvas>
      </div>
    </figure>
    <div class="scroll" role="region" aria-labelledby="${id}-table" tabindex="0">
      <table part="results-table" class="data-table numeric">
        <caption id="${id}-table">
          ${t('results.table')}
        </caption>
        ${heads}
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>
    ${protocolButton(options)}
  </section>`;
}

/**
 * Gives an element its block size through the CSSOM, which a page's Content-Security-Policy
 * allows; a `style` attribute (or styleMap's first render) is refused under `style-src 'self'`.
 */
function sized(blockSize: string) {
  return (element?: Element) => {
    if (element instanceof HTMLElement) element.style.blockSize = blockSize;
  };
}

function resultRow(
  t: Translate,
  locale: Locale,
  detail: MeetingDetail,
  resolution: Resolution,
): TemplateResult {
  const result = resolution.result;
  const shares = result && resultShares(result, detail.totalArea);
  const cells = resultParts.map(
    (part) =>
      html`<td data-part=${part}>
        ${result && shares ? areaShareText(t, result[part], shares[part], locale) : '—'}
      </td>`,
  );
  const quorum = result
    ? t(result.quorumReached ? 'results.quorumReached' : 'results.quorumMissed')
    : '—';
  const outcome = result ? t(result.passed ? 'results.passed' : 'results.failed') : '—';
  return html`<tr part="results-row" data-resolution=${resolution.id}>
    <th scope="row">${t('resolution.short', { number: resolution.number })}</th>
    ${cells}
    <td data-part="quorum">${quorum}</td>
    <td data-part="outcome">${outcome}</td>
  </tr>`;
}

function protocolButton(options: ResultsViewOptions): TemplateResult | typeof nothing {
  const { t, detail } = options;
  if (!detail.protocolHref) return nothing;
  return html`<div class="protocol">
    ${downloadButton({
      t,
      part: 'protocol',
      label: t('results.protocol'),
      busyLabel: t('results.protocolLoading'),
      busy: options.protocolBusy,
      failure: options.protocolFailure,
      onClick: options.onProtocol,
    })}
  </div>`;
}

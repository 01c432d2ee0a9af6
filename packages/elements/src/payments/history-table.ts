import { html, nothing, type TemplateResult } from 'lit';
import type { AccountEntry, Locale } from '@atrium/sdk';
import { columnHeads } from '../core/column-heads.js';
import { dateLabel, money, monthLabel } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { statusMessage } from '../core/status-views.js';
import { lineText } from './breakdown-table.js';

export interface HistoryOptions {
  t: Translate;
  locale: Locale;
  currency: string;
  entries: readonly AccountEntry[];
  /** "Show more" and the count shown, under the table. */
  more: TemplateResult;
}

/** What an entry is: a payment and how it came in, or a charge or settlement by its title. */
function entryText(t: Translate, entry: AccountEntry): string {
  if (entry.kind !== 'payment') return lineText(t, { kind: entry.kind, title: entry.title });
  return entry.method
    ? t('history.payment', { method: t(`method.${entry.method}`) })
    : t('title.payment');
}

/**
 * The account's entries (FIN-1), newest booked first: the day booked, what it is and for
 * which month (a payment, how it came in: transfer, online, points), and the amount as the
 * account sees it, a charge with a minus, a payment with a plus. Each row's date can take
 * the focus, so "Show more" moves it to the first row added. Scrolls sideways on narrow
 * screens, so it is a focusable region, named by the table's caption.
 */
export function historyTable(options: HistoryOptions): TemplateResult {
  const { t, locale, currency, entries } = options;
  if (!entries.length) return statusMessage(t('history.empty'));
  const rows = entries.map(
    (entry) =>
      html`<tr part="entry" data-entry=${entry.id} data-kind=${entry.kind}>
        <th scope="row"><span tabindex="-1">${dateLabel(entry.bookedAt, locale, 'P')}</span></th>
        <td>
          ${entryText(t, entry)}
          <span class="muted">· ${monthLabel(entry.month, locale, 'LLLL yyyy', true)}</span>
          ${entry.description ? html`<span class="description muted">${entry.description}</span>` : nothing}
        </td>
        <td class="amount">${money(entry.amount, currency, locale, true)}</td>
      </tr>`,
  );
  return html`<div class="scroll" role="region" aria-label=${t('history.caption')} tabindex="0">
      <table part="entries" class="data-table">
        <caption class="visually-hidden">
          ${t('history.caption')}
        </caption>
        ${columnHeads([t('history.date'), t('history.entry'), t('history.amount')])}
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>
    ${options.more}`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { AccountEntry, Locale } from '@atrium/sdk';
import { columnHeads } from '../core/column-heads.js';
import { dateLabel, money, monthLabel } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { monthOf } from '../core/months.js';
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
  return entry.method ? t(`paidBy.${entry.method}`) : t('title.payment');
}

/** The month an entry is for, said only when it is not the month it was booked in. */
function monthNote(t: Translate, locale: Locale, entry: AccountEntry) {
  if (entry.month === monthOf(new Date(entry.bookedAt))) return nothing;
  const month = monthLabel(entry.month, locale, 'LLLL yyyy', true);
  return html`<span class="note muted">${t('history.forMonth', { month })}</span>`;
}

/**
 * The account's entries (FIN-1), newest booked first: the day booked, what it is (a payment,
 * how it came in: transfer, online, points), the month it is for when that is not the month
 * booked (a settlement of an earlier one), and the amount as the account sees it, a charge
 * with a minus, a payment with a plus. Each row's date can take the focus, so "Show more"
 * moves it to the first row added. Scrolls sideways when a phone is narrower still, so it is
 * a focusable region, named by the table's caption.
 */
export function historyTable(options: HistoryOptions): TemplateResult {
  const { t, locale, currency, entries } = options;
  if (!entries.length) return statusMessage(t('history.empty'));
  const rows = entries.map(
    (entry) =>
      html`<tr part="entry" data-entry=${entry.id} data-kind=${entry.kind}>
        <th scope="row"><span tabindex="-1">${dateLabel(entry.bookedAt, locale, 'P')}</span></th>
        <td>
          ${entryText(t, entry)} ${monthNote(t, locale, entry)}
          ${entry.description ? html`<span class="note muted">${entry.description}</span>` : nothing}
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

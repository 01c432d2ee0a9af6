import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@atrium/sdk';
import { columnHeads } from '../core/column-heads.js';
import { money, monthLabel } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import type { Statement, StatementLine } from './statement.js';

export interface BreakdownOptions {
  t: Translate;
  locale: Locale;
  currency: string;
  statement: Statement;
}

/** What a charge or settlement line is called: its title; a settlement says it is one. */
export function lineText(t: Translate, line: Pick<StatementLine, 'kind' | 'title'>): string {
  const title = t(`title.${line.title}`);
  return line.kind === 'settlement' ? t('breakdown.settlement', { title }) : title;
}

/**
 * What makes up the balance, as what each line adds to the amount to pay: the debt (or
 * overpayment) of earlier months, the month's charges and settlements by title, the month's
 * payments taken off, and the total, owed or overpaid. The lines add up to it exactly.
 */
export function breakdownTable({ t, locale, currency, statement }: BreakdownOptions) {
  const toPay = (amount: number) => money(-amount, currency, locale);
  const month = monthLabel(statement.month, locale, 'LLLL yyyy', true);
  const row = (label: string, amount: number, line = false): TemplateResult =>
    html`<tr part="breakdown-row" class=${line ? 'line' : ''}>
      <th scope="row">${label}</th>
      <td>${toPay(amount)}</td>
    </tr>`;
  const { opening, paid, balance } = statement;
  const earlier = opening
    ? html`<tbody>
        ${row(t(opening < 0 ? 'breakdown.earlierDebt' : 'breakdown.earlierCredit'), opening)}
      </tbody>`
    : nothing;
  const lines = statement.lines.map((line) => row(lineText(t, line), line.amount, true));
  // The month's charges are a group of rows under their month.
  const charges = lines.length
    ? html`<tbody>
        <tr>
          <th scope="rowgroup" colspan="2" class="group">${t('breakdown.charges', { month })}</th>
        </tr>
        ${lines}
      </tbody>`
    : nothing;
  const payments = paid
    ? html`<tbody>
        ${row(t('breakdown.paid', { month }), paid)}
      </tbody>`
    : nothing;
  const total =
    balance > 0
      ? html`<th scope="row">${t('breakdown.overpaid')}</th>
          <td>${money(balance, currency, locale)}</td>`
      : html`<th scope="row">${t('breakdown.toPay')}</th>
          <td>${toPay(balance)}</td>`;
  return html`<table part="breakdown" class="data-table numeric">
    <caption>
      ${t('breakdown.caption')}
    </caption>
    ${columnHeads([t('breakdown.item'), t('breakdown.amount')])} ${earlier} ${charges} ${payments}
    <tfoot>
      <tr part="breakdown-total">
        ${total}
      </tr>
    </tfoot>
  </table>`;
}

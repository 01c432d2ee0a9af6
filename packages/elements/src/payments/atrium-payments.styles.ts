import { css } from 'lit';
import { token } from '../core/theme.js';

/** The payments widget's own look; headings, details and "Show more" come from listViewStyles. */
export const paymentsStyles = css`
  [part='base'] {
    container-type: inline-size;
  }
  /* Grid items as narrow as the widget: a wide table scrolls inside its region instead. */
  [part='base'] > *,
  [part='history'] > * {
    min-inline-size: 0;
  }
  [part='picker'] {
    justify-self: start;
    max-inline-size: 100%;
  }
  /* A long account name in a narrow widget: the select shrinks with it instead of overflowing. */
  [part='picker'] select {
    inline-size: 100%;
  }
  select {
    max-inline-size: 100%;
  }
  [part='balance'],
  [part='online'],
  [part='points'],
  [part='payment-form'],
  [part='history'],
  [part='quote'] {
    display: grid;
    gap: ${token('space-3')};
  }
  [part='online'],
  [part='points'],
  [part='payment-form'] {
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
  }
  [part='balance-amount'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${token('space-2')};
    font-size: 1.25em;
  }
  [part='balance-amount'] strong {
    font-size: 1.4em;
    font-variant-numeric: tabular-nums;
  }
  [data-balance='owed'] [part='balance-amount'] strong {
    color: ${token('color-danger')};
  }
  [data-balance='overpaid'] [part='balance-amount'] strong {
    color: ${token('color-success')};
  }
  /* The account's number, unit and property side by side even on a phone. */
  [part='balance'] [part='details'] {
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
  }
  .breakdown-skeleton {
    block-size: 8rem;
  }
  [part='breakdown'] {
    max-inline-size: 36rem;
  }
  .data-table th,
  .data-table td {
    padding-block: ${token('space-1')};
    padding-inline: ${token('space-2')};
  }
  [part='breakdown'] .group {
    padding-block-start: ${token('space-3')};
    text-align: start;
  }
  [part='breakdown'] th {
    white-space: normal;
  }
  [part='breakdown'] tbody [scope='row'] {
    font-weight: 400;
  }
  [part='breakdown'] .line [scope='row'] {
    padding-inline-start: ${token('space-4')};
  }
  [part='breakdown-total'] th,
  [part='breakdown-total'] td {
    border-block-end: none;
    font-weight: 700;
  }
  form {
    display: grid;
    gap: ${token('space-3')};
    max-inline-size: 32rem;
  }
  form button,
  [part='download'] {
    justify-self: start;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: ${token('space-3')};
  }
  [part='paid'] {
    color: ${token('color-success')};
    font-weight: 600;
  }
  /* The outcome's colour marks the note: its edge and a tint of it behind the text. */
  [part='payment-result'] {
    --outcome: ${token('color-primary')};
    padding: ${token('space-3')};
    border-inline-start: 4px solid var(--outcome);
    background: color-mix(in srgb, var(--outcome) 8%, transparent);
    font-weight: 600;
  }
  [part='payment-result'][data-outcome='succeeded'] {
    --outcome: ${token('color-success')};
  }
  /* A cancelled payment is the reader's own choice: it keeps the neutral colour. */
  [part='payment-result'][data-outcome='failed'],
  [part='payment-result'][data-outcome='unknown'] {
    --outcome: ${token('color-danger')};
  }
  [part='entries'] th,
  [part='entries'] td {
    text-align: start;
    vertical-align: top;
  }
  [part='entries'] tbody th {
    font-weight: 400;
    white-space: nowrap;
  }
  [part='entries'] .amount {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  [part='entries'] thead th:last-child {
    text-align: end;
  }
  [data-kind='payment'] .amount {
    color: ${token('color-success')};
  }
  /* An entry's month (when not the month booked) and its description, under its name. */
  [part='entries'] .note {
    display: block;
    font-size: 0.875em;
  }
  /* A phone: the forms and tables take the whole width, the boxes and cells less padding. */
  @container (max-width: 30rem) {
    [part='online'],
    [part='points'],
    [part='payment-form'] {
      padding: ${token('space-3')};
    }
    [part='breakdown'] {
      max-inline-size: none;
    }
    .data-table th,
    .data-table td {
      padding-inline: ${token('space-1')};
    }
    /* Two details a row; the property's long name has a row of its own. */
    [part='balance'] [part='details'] > :last-child {
      grid-column: 1 / -1;
    }
  }
`;

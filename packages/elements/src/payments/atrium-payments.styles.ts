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
  [part='payment-result'] {
    padding: ${token('space-3')};
    border-inline-start: 4px solid ${token('color-primary')};
    background: color-mix(in srgb, ${token('color-primary')} 8%, transparent);
    font-weight: 600;
  }
  [part='payment-result'][data-outcome='succeeded'] {
    border-color: ${token('color-success')};
  }
  [part='payment-result'][data-outcome='failed'],
  [part='payment-result'][data-outcome='cancelled'],
  [part='payment-result'][data-outcome='unknown'] {
    border-color: ${token('color-danger')};
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
  .description {
    display: block;
    font-size: 0.875em;
  }
  /* A phone: the forms and tables take the whole width, the boxes less padding. */
  @container (max-width: 30rem) {
    [part='online'],
    [part='points'],
    [part='payment-form'] {
      padding: ${token('space-3')};
    }
    [part='breakdown'] {
      max-inline-size: none;
    }
  }
`;

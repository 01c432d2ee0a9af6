import { css } from 'lit';
import { token } from '../core/theme.js';

export const meterReadingsStyles = css`
  [part='picker'] {
    justify-self: start;
  }
  [part='window'] {
    margin: 0;
  }
  [part='window'].closed,
  [part='warning'] {
    color: ${token('color-danger')};
  }
  [part='warning'] {
    display: block;
    font-weight: 600;
  }
  [part='skeleton'] {
    block-size: 12rem;
  }
  [part='form'] {
    display: grid;
    gap: ${token('space-4')};
  }
  [part='meters'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
    gap: ${token('space-4')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* an open history takes the whole row, so its table and chart have room */
  [part='meter'][data-history-open] {
    grid-column: 1 / -1;
  }
  [part='meter'] {
    display: grid;
    align-content: start;
    gap: ${token('space-3')};
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
  }
  [part='meter-name'] {
    margin: 0;
    font-size: 1.15em;
  }
  [part='details'] {
    display: grid;
    gap: ${token('space-1')};
    margin: 0;
  }
  [part='details'] div {
    display: grid;
    grid-template-columns: minmax(8rem, auto) 1fr;
    gap: ${token('space-2')};
  }
  [part='details'] dt {
    color: ${token('color-muted')};
    font-weight: normal;
  }
  [part='details'] dd {
    margin: 0;
  }
  [part='entry'] p,
  [part='confirm'] p {
    margin: 0;
  }
  input,
  textarea {
    padding: ${token('space-2')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-background')};
    color: inherit;
    font: inherit;
  }
  [part='input'] {
    justify-self: start;
    min-block-size: 2.5rem;
    max-inline-size: 100%;
    font-variant-numeric: tabular-nums;
    font-size: 1.25em;
    letter-spacing: 0.05em;
  }
  [aria-invalid='true'] {
    border-color: ${token('color-danger')};
  }
  [part='field-error'] {
    color: ${token('color-danger')};
  }
  .check {
    display: flex;
    align-items: start;
    gap: ${token('space-2')};
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: ${token('color-primary')};
  }
  .check label {
    font-weight: normal;
  }
  [part='confirm'] {
    display: grid;
    gap: ${token('space-2')};
    padding: ${token('space-3')};
    border-inline-start: 4px solid ${token('color-danger')};
    background: color-mix(in srgb, ${token('color-danger')} 6%, transparent);
  }
  [part='comment'] {
    inline-size: 100%;
    resize: vertical;
  }
  [part='confirm-action'],
  [part='history-toggle'],
  [part='export'],
  [part='more'] {
    justify-self: start;
  }
  [part='stored'],
  [part='waiting'] {
    margin: 0;
    font-weight: 600;
  }
  [part='stored'] {
    color: ${token('color-success')};
  }
  [part='flagged'] {
    display: block;
    color: ${token('color-text')};
    font-weight: normal;
  }
  [part='submit'] {
    justify-self: start;
  }
  [part='submit'][aria-disabled='true'],
  [part='export'][aria-disabled='true'],
  [part='more'][aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  [part='form-error'] {
    margin: 0;
  }
  [part='history'] {
    display: grid;
    gap: ${token('space-3')};
    min-inline-size: 0;
  }
  [part='history'] p {
    margin: 0;
  }
  .canvas {
    block-size: 10rem;
  }
  [part='history-table'] th,
  [part='history-table'] td {
    padding: ${token('space-1')} ${token('space-2')};
  }
  [part='history-table'] td:last-child,
  [part='history-table'] thead th:last-child {
    text-align: start;
  }
  [part='history-row'].replaced {
    color: ${token('color-muted')};
  }
  [part='history-row'].replaced td:nth-of-type(1) {
    text-decoration: line-through;
  }
`;

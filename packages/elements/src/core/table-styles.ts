import { css } from 'lit';
import { token } from './theme.js';

/**
 * Tables of the widgets (`class="data-table"`): full width, a caption on the start side,
 * rows ruled. `numeric` ones align their figures at the end with even digits, rows named
 * at the start. A `.scroll` wrapper lets a wide table scroll sideways on narrow screens.
 */
export const tableStyles = css`
  .scroll {
    overflow-x: auto;
  }
  .data-table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .data-table caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: ${token('space-2')};
  }
  .data-table th,
  .data-table td {
    border-block-end: 1px solid ${token('color-border')};
  }
  .numeric {
    font-variant-numeric: tabular-nums;
  }
  .numeric th,
  .numeric td {
    text-align: end;
    white-space: nowrap;
  }
  .numeric [scope='row'],
  .numeric thead th:first-child {
    text-align: start;
  }
`;

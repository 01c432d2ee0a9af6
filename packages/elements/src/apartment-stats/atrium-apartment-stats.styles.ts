import { css } from 'lit';
import { token } from '../core/theme.js';

export const apartmentStatsStyles = css`
  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: ${token('space-4')};
  }
  [part='range'] {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    margin: 0;
    padding: 0;
    border: 0;
  }
  [part='range'] legend {
    float: left;
    inline-size: 100%;
    margin-block-end: ${token('space-1')};
  }
  [part='switch'] {
    display: flex;
    gap: ${token('space-1')};
  }
  [part='skeleton'] {
    block-size: 16rem;
  }
  [part='totals'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: ${token('space-4')};
    margin: 0;
  }
  [part='totals'] dt {
    color: ${token('color-muted')};
  }
  [part='totals'] dd {
    display: grid;
    margin: 0;
  }
  [part='totals'] strong {
    font-size: 1.5em;
  }
  [part='charts'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
    gap: ${token('space-6')};
  }
  .canvas {
    block-size: 16rem;
  }
  [part='table'] th,
  [part='table'] td {
    padding: ${token('space-2')};
  }
  [part='totals-row'] {
    font-weight: 600;
  }
`;

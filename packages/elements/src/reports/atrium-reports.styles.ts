import { css } from 'lit';
import { token } from '../core/theme.js';

export const reportsStyles = css`
  [part='picker'] {
    justify-self: start;
  }
  [part='row-error'] {
    margin: 0;
  }
  [part='skeleton'] {
    block-size: 10rem;
  }
  [part='list'] th,
  [part='list'] td {
    padding: ${token('space-2')};
    text-align: start;
    vertical-align: middle;
  }
  .files {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }
  [part='download'][aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .progress {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-2')};
    min-block-size: 2.5rem;
  }
  [part='progress'] {
    inline-size: 6rem;
    accent-color: ${token('color-primary')};
  }
  [part='more'] {
    justify-self: start;
  }
`;

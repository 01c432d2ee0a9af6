import { css } from 'lit';
import { token } from './theme.js';

/** A chart's figure (`part="chart"`): its caption, and the `.canvas` box chart.js sizes itself to (the widget gives its height). */
export const chartStyles = css`
  [part='chart'] {
    margin: 0;
  }
  [part='chart'] figcaption {
    font-weight: 600;
    margin-block-end: ${token('space-2')};
  }
  .canvas {
    position: relative;
  }
`;

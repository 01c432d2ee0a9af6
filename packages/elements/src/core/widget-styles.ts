import { css } from 'lit';
import { token } from './theme.js';

/**
 * What every shadow-DOM widget shares: the host's type and colours from the design
 * tokens, form controls, buttons, focus ring, status texts, the loading skeleton.
 */
export const widgetStyles = css`
  :host {
    display: block;
    color: ${token('color-text')};
    font-family: ${token('font-family')};
    font-size: ${token('font-size')};
    line-height: ${token('line-height')};
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    display: grid;
    gap: ${token('space-4')};
  }
  [part='heading'] {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.2;
  }
  [part='status'] {
    margin: 0;
  }
  * {
    box-sizing: border-box;
  }
  .field {
    display: grid;
    gap: ${token('space-1')};
  }
  label,
  legend {
    font-weight: 600;
  }
  select,
  button {
    min-block-size: 2.5rem;
    padding-block: ${token('space-2')};
    padding-inline: ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-background')};
    color: inherit;
    font: inherit;
  }
  button {
    border-color: ${token('color-primary')};
    color: ${token('color-primary')};
    cursor: pointer;
  }
  button[aria-pressed='true'],
  button.primary {
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }
  button:disabled {
    cursor: progress;
    opacity: 0.7;
  }
  :focus-visible {
    outline: 2px solid transparent;
    box-shadow: ${token('focus-ring')};
  }
  .muted {
    color: ${token('color-muted')};
  }
  [role='alert'] {
    color: ${token('color-danger')};
  }
  .skeleton {
    border-radius: ${token('radius')};
    background: color-mix(in srgb, ${token('color-border')} 30%, transparent);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes pulse {
    to {
      opacity: 0.4;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

import { css } from 'lit';
import { token } from '../core/theme.js';

/** The registration widget's own look; headings and paragraphs come from listViewStyles. */
export const registrationStyles = css`
  [part='base'] {
    container-type: inline-size;
  }
  /* Grid items as narrow as the widget: a long address wraps instead of widening it. */
  [part='base'] > * {
    min-inline-size: 0;
  }
  form {
    display: grid;
    gap: ${token('space-3')};
    max-inline-size: 32rem;
  }
  select {
    justify-self: start;
    max-inline-size: 100%;
  }
  form button {
    justify-self: start;
  }
  [name='code'] {
    max-inline-size: 10rem;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.15em;
  }
  [part='code-sent'],
  [part='outcome'] {
    display: grid;
    gap: ${token('space-2')};
    padding: ${token('space-3')};
    border-inline-start: 4px solid ${token('color-primary')};
    background: color-mix(in srgb, ${token('color-primary')} 8%, transparent);
    overflow-wrap: anywhere;
  }
  [part='outcome'][data-status='attached'] {
    border-inline-start-color: ${token('color-success')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-3')};
  }
  /* A phone: every control the width of the widget, easy to tap. */
  @container (max-width: 24rem) {
    form button,
    .actions button,
    select {
      inline-size: 100%;
    }
    [part='resend-wait'] {
      inline-size: 100%;
    }
  }
`;

import { css } from 'lit';
import { token } from '../core/theme.js';

/** The profile widget's own look; headings and paragraphs come from listViewStyles. */
export const profileStyles = css`
  [part='base'] {
    container-type: inline-size;
  }
  /* Grid items as narrow as the widget: a long address wraps instead of widening it. */
  [part='base'] > * {
    min-inline-size: 0;
  }
  [part='contacts'],
  [part='email-change'],
  [part='occupants'],
  [part='notifications'] {
    display: grid;
    gap: ${token('space-3')};
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
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
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-3')};
  }
  [part='saved'],
  [part='email-result'][data-outcome='confirmed'] {
    color: ${token('color-success')};
    font-weight: 600;
  }
  [part='email'],
  [part='pending-email'] {
    overflow-wrap: anywhere;
  }
  [part='pending-email'] {
    padding: ${token('space-3')};
    border-inline-start: 4px solid ${token('color-primary')};
    background: color-mix(in srgb, ${token('color-primary')} 8%, transparent);
  }
  [part='email-result'] {
    display: grid;
    gap: ${token('space-2')};
    justify-items: start;
    padding: ${token('space-3')};
    border-inline-start: 4px solid ${token('color-primary')};
  }
  [part='email-result'][data-outcome='confirmed'] {
    border-inline-start-color: ${token('color-success')};
  }
  [part='email-result'][data-outcome='failed'] {
    border-inline-start-color: ${token('color-danger')};
  }
  [part='units'] {
    display: grid;
    gap: ${token('space-4')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='unit'] + [part='unit'] {
    padding-block-start: ${token('space-4')};
    border-block-start: 1px solid ${token('color-border')};
  }
  [part='occupants-form'] input {
    max-inline-size: 8rem;
  }
  .data-table th,
  .data-table td {
    padding-block: ${token('space-2')};
    padding-inline: ${token('space-2')};
    text-align: start;
    vertical-align: top;
  }
  .data-table tbody th {
    font-weight: 600;
  }
  .note {
    display: block;
    font-size: 0.875em;
    font-weight: 400;
  }
  [part='mine'] {
    gap: 0;
    padding: 0;
    border: 0;
  }
  [part='mine'] .choice {
    min-block-size: 2rem;
  }
  [part='setting-error'] {
    margin-block-start: ${token('space-1')};
  }
  /*
   * A phone: each kind a block of its own — its name, then the company's setting, the
   * reader's choice and whether it is sent, each under the column's name.
   */
  @container (max-width: 34rem) {
    [part='contacts'],
    [part='email-change'],
    [part='occupants'],
    [part='notifications'] {
      padding: ${token('space-3')};
    }
    [part='notification-table'] thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    [part='notification-table'],
    [part='notification-table'] tbody,
    [part='notification'],
    [part='notification'] > * {
      display: block;
    }
    [part='notification'] {
      padding-block: ${token('space-2')};
      border-block-end: 1px solid ${token('color-border')};
    }
    .data-table [part='notification'] > * {
      padding-inline: 0;
      border: 0;
    }
    [part='notification'] > td::before {
      /* Said by the column's header already: seen, not read out again. */
      content: attr(data-label) / '';
      display: block;
      color: ${token('color-muted')};
      font-size: 0.875em;
    }
  }
`;

import { css } from 'lit';
import { token } from '../core/theme.js';

/** The voting widget's own look; lists, views and their details come from listViewStyles. */
export const votingStyles = css`
  [part='review'],
  [part='protocol'],
  [part='text-toggle'] {
    justify-self: start;
  }
  h4 {
    font-size: 1.1em;
  }
  [part='documents'],
  [part='confirm-list'],
  [part='my-votes'],
  [part='weights'] ul {
    display: grid;
    gap: ${token('space-2')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
  }
  [data-status='open'] {
    --badge-color: ${token('color-primary')};
  }
  [data-status='scheduled'] {
    --badge-color: ${token('color-chart-2')};
  }
  [data-status='closed'] {
    --badge-color: ${token('color-muted')};
  }
  [part='countdown'] {
    font-weight: 600;
    white-space: nowrap;
  }
  [part='pending'].due {
    font-weight: 600;
  }
  [part='meeting'] {
    container-type: inline-size;
  }
  [part='meeting'],
  [part='ballot'],
  [part='results'],
  [part='turnout'],
  [part='weights'],
  [part='confirm'] {
    display: grid;
    gap: ${token('space-3')};
  }
  [part='description'],
  [part='text'] p {
    white-space: pre-line;
  }
  [part='text'] {
    display: grid;
    gap: ${token('space-2')};
  }
  [part='results-table'] th,
  [part='results-table'] td {
    padding-block: ${token('space-1')};
    padding-inline: ${token('space-2')};
  }
  /* A weight may wrap before its share, so the table fits; the area never breaks from its unit. */
  [part='results-table'] td[data-part] {
    white-space: normal;
  }
  [part='turnout-bar'] {
    inline-size: 100%;
    block-size: 1rem;
    accent-color: ${token('color-primary')};
  }
  .agenda-heading {
    margin-block-start: ${token('space-2')};
  }
  [part='resolution'] {
    display: grid;
    gap: ${token('space-3')};
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
  }
  /* A long text shows its first lines until unfolded; the whole of it stays in the page. */
  [part='text'].folded {
    max-block-size: 9lh;
    overflow: hidden;
    mask-image: linear-gradient(to bottom, black 60%, transparent);
  }
  [part='majority'] {
    color: ${token('color-muted')};
  }
  [part='document'] {
    overflow-wrap: anywhere;
    text-align: start;
  }
  [part='vote'][data-changed] {
    border-color: ${token('color-chart-3')};
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }
  [part='choice'] {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-2')};
    min-block-size: 2.5rem;
    padding-inline: ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    font-weight: 400;
    cursor: pointer;
  }
  [part='choice']:has(:checked) {
    border-color: ${token('color-primary')};
    background: color-mix(in srgb, ${token('color-primary')} 10%, transparent);
    font-weight: 600;
  }
  [part='choice']:has(:focus-visible) {
    box-shadow: ${token('focus-ring')};
  }
  [part='choice'] input:focus-visible {
    box-shadow: none;
  }
  [part='field-error'],
  [part='form-error'] {
    color: ${token('color-danger')};
  }
  [part='confirm'] {
    padding: ${token('space-4')};
    border: 2px solid ${token('color-primary')};
    border-radius: ${token('radius')};
  }
  [part='confirm-list'] {
    list-style: disc;
    padding-inline-start: ${token('space-6')};
  }
  [part='saved'] {
    color: ${token('color-success')};
    font-weight: 600;
  }
  [part='outcome'][data-outcome='passed'] strong {
    color: ${token('color-success')};
  }
  [part='outcome'][data-outcome='failed'] strong {
    color: ${token('color-danger')};
  }
  /* A narrow meeting (a phone) trades the resolutions' padding for room, and stacks the choices. */
  @container (max-width: 30rem) {
    [part='resolution'] {
      padding: ${token('space-3')};
    }
    [part='vote'] {
      padding: ${token('space-2')};
    }
    .choices {
      display: grid;
    }
  }
`;

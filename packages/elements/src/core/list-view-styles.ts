import { css } from 'lit';
import { token } from './theme.js';

/**
 * A widget that lists records and opens one (tickets, meetings): headings and paragraphs
 * without margins, the list's rows (`list`, `row`, `.row-head`, the `open` link-like
 * button), the view's head (`.view-head`), its `details` (see detailsList), "Back" and
 * "Show more", and the focus on a view's heading or a message focused after an action.
 */
export const listViewStyles = css`
  [part='skeleton'] {
    block-size: 10rem;
  }
  [part='back'],
  [part='more'] {
    justify-self: start;
  }
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.25em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0;
  }
  [part='list'] {
    display: grid;
    gap: ${token('space-3')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='row'] {
    display: grid;
    gap: ${token('space-1')};
    padding-block-end: ${token('space-3')};
    border-block-end: 1px solid ${token('color-border')};
  }
  .row-head,
  .view-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
  }
  [part='open'] {
    border-color: transparent;
    padding-inline: 0;
    background: transparent;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
  }
  [part='details'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: ${token('space-3')};
    margin: 0;
  }
  [part='details'] dt {
    color: ${token('color-muted')};
    font-size: 0.875em;
  }
  [part='details'] dd {
    margin: 0;
  }
  [tabindex='-1'] {
    justify-self: start;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    box-shadow: ${token('focus-ring')};
  }
`;

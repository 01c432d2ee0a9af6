import { css } from 'lit';
import { token } from '../core/theme.js';

export const announcementsStyles = css`
  [part='filter'] {
    justify-self: start;
  }
  [part='unread-count'] {
    display: inline-block;
    margin-inline-start: ${token('space-2')};
    padding-block: 0.125rem;
    padding-inline: ${token('space-2')};
    border-radius: 999px;
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
    font-size: 0.6em;
    font-weight: 600;
    vertical-align: middle;
  }
  [part='item'] {
    display: grid;
    gap: ${token('space-1')};
    padding-block-end: ${token('space-3')};
    padding-inline-start: ${token('space-3')};
    border-block-end: 1px solid ${token('color-border')};
    border-inline-start: 3px solid transparent;
  }
  /* Unread: a bar, a bold title and the word "Unread", not the colour alone. */
  [part='item'][data-read='false'] {
    border-inline-start-color: ${token('color-primary')};
  }
  [part='item'] h3 {
    font-size: 1.0625em;
  }
  [part='toggle'] {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    inline-size: 100%;
    padding-inline: 0;
    border-color: transparent;
    background: transparent;
    color: inherit;
    font-weight: 400;
    text-align: start;
  }
  .toggle-text {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-1')} ${token('space-2')};
  }
  [part='title'] {
    color: ${token('color-primary')};
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  [data-read='false'] [part='title'] {
    font-weight: 700;
  }
  .chevron {
    flex: none;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    margin-block-start: 0.4em;
    margin-inline: 0.125rem ${token('space-2')};
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(45deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  [part='unread'],
  [part='internal'] {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    padding-block: 0.125rem;
    padding-inline: ${token('space-2')};
    border: 1px solid;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    white-space: nowrap;
  }
  [part='unread'] {
    border-color: ${token('color-primary')};
    color: ${token('color-primary')};
  }
  [part='unread'] .dot {
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 50%;
    background: currentColor;
  }
  [part='internal'] {
    border-color: ${token('color-chart-3')};
    border-style: dashed;
  }
  [data-status='scheduled'] {
    --badge-color: ${token('color-chart-2')};
  }
  [data-status='ended'] {
    --badge-color: ${token('color-muted')};
  }
  [part='meta'],
  [part='window'] {
    color: ${token('color-muted')};
    font-size: 0.875em;
  }
  [part='body'] {
    display: grid;
    gap: ${token('space-2')};
    padding-block-start: ${token('space-2')};
    overflow-wrap: anywhere;
  }
  [part='body'][hidden] {
    display: none;
  }
  [part='body'] :is(p, ul, ol, blockquote, pre, h1, h2, h3, h4, h5, h6) {
    margin: 0;
  }
  [part='body'] :is(ul, ol) {
    padding-inline-start: 1.5em;
  }
  [part='body'] ul {
    list-style: disc;
  }
  [part='body'] li + li {
    margin-block-start: ${token('space-1')};
  }
  [part='body'] :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1em;
    font-weight: 700;
  }
  [part='body'] a {
    color: ${token('color-primary')};
    text-decoration: underline;
  }
  [part='body'] a:focus-visible {
    border-radius: 2px;
    outline: 2px solid transparent;
    box-shadow: ${token('focus-ring')};
  }
  [part='body'] :is(strong, b) {
    font-weight: 700;
  }
  [part='body'] blockquote {
    padding-inline-start: ${token('space-3')};
    border-inline-start: 3px solid ${token('color-border')};
    color: ${token('color-muted')};
  }
  [part='body'] code {
    padding-inline: 0.2em;
    border-radius: ${token('radius')};
    background: color-mix(in srgb, ${token('color-border')} 25%, transparent);
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  [part='body'] pre {
    padding: ${token('space-2')};
    border-radius: ${token('radius')};
    background: color-mix(in srgb, ${token('color-border')} 25%, transparent);
    white-space: pre-wrap;
  }
  [part='body'] pre code {
    padding: 0;
    background: none;
  }
  /* A wide table scrolls sideways in its own box on a phone. */
  [part='body'] table {
    display: block;
    max-inline-size: 100%;
    overflow-x: auto;
    border-collapse: collapse;
  }
  [part='body'] :is(th, td) {
    padding-block: ${token('space-1')};
    padding-inline: ${token('space-2')};
    border-block-end: 1px solid ${token('color-border')};
    text-align: start;
    overflow-wrap: normal;
  }
  [part='body'] hr {
    inline-size: 100%;
    border: 0;
    border-block-start: 1px solid ${token('color-border')};
  }
`;

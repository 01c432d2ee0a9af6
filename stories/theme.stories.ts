import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../packages/elements/src/define/atrium-login.js';
import { defaultTheme } from '../packages/elements/src/core/theme.js';
import { storyClient } from './support/story-client.js';

/**
 * Widgets read `--atrium-*` design tokens. A page sets them on any ancestor; a tenant's
 * branding (ORG-2) sets its colours inline on the provider or standalone widget, so they
 * win over inherited page values (set a token on the widget with `!important` to overrule).
 */
const meta: Meta = { title: 'Theme' };
export default meta;

export const Tokens: StoryObj = {
  render: () => {
    const rows = Object.entries(defaultTheme).map(
      ([name, value]) =>
        html`<tr>
          <th scope="row"><code>--atrium-${name}</code></th>
          <td><code>${value}</code></td>
          <td>
            <span
              style=${styleMap({
                display: 'inline-block',
                inlineSize: '2rem',
                blockSize: '1rem',
                background: name.startsWith('color') ? value : 'none',
              })}
            ></span>
          </td>
        </tr>`,
    );
    return html`<table>
      <caption>
        Design tokens and their defaults
      </caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Default</th>
          <th scope="col">Swatch</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`;
  },
};

/** A page theme: tokens set on a wrapper; the widget has no tenant branding here. */
export const CustomTheme: StoryObj = {
  render: () =>
    html`<div
      style=${styleMap({
        '--atrium-color-primary': '#7c3aed',
        '--atrium-color-login-background': '#faf5ff',
        '--atrium-radius': '1rem',
        '--atrium-font-family': 'Georgia, serif',
        '--atrium-space-4': '1.25rem',
      })}
    >
      <atrium-login .client=${storyClient({ branding: 'none' })} locale="en"></atrium-login>
    </div>`,
};

/**
 * `atrium-login` renders in the light DOM (password managers need that), so its inner
 * pieces are styled by `data-part`, not `::part()`; its own rules have zero specificity.
 */
export const DataPartRules: StoryObj = {
  render: () => {
    // eslint-disable-next-line lit/prefer-static-styles -- page CSS, as an integrator writes it
    return html`<style>
        .squared atrium-login [data-part='panel'] {
          border: 2px solid currentColor;
          border-radius: 0;
        }
        .squared atrium-login [data-part='submit'] {
          text-transform: uppercase;
          letter-spacing: 0.05em;
        }
        .squared atrium-login [data-part='label'] {
          font-weight: 400;
        }
      </style>
      <div class="squared">
        <atrium-login .client=${storyClient({ branding: 'none' })} locale="ru"></atrium-login>
      </div> `;
  },
};

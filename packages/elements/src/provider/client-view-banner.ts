import { css, html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../core/i18n.js';
import { token } from '../core/theme.js';
import type { ClientViewState } from './client-view.js';

/**
 * The banner above the widgets while a client view is on (AUTH-3): whose portal this is and
 * that nothing can be changed, with "End view"; once the view ended by itself, that it ended.
 * The status paragraph is always in the page, empty without a view, so that screen readers
 * announce what is put in it.
 */
export function clientViewBanner(
  t: Translate,
  state: ClientViewState | null,
  actions: { end: () => void },
): TemplateResult {
  const text =
    state && t(state.on ? 'clientView.on' : 'clientView.ended', { name: state.person.name });
  return html`<div part="client-view" data-state=${state ? (state.on ? 'on' : 'ended') : nothing}>
    <p part="client-view-status" role="status">${text ?? nothing}</p>
    ${
      state
        ? html`<button part="client-view-end" type="button" @click=${actions.end}>
            ${t(state.on ? 'clientView.end' : 'clientView.close')}
          </button>`
        : nothing
    }
  </div>`;
}

export const clientViewBannerStyles = css`
  [part='client-view']:not([data-state]) {
    display: contents;
  }
  [part='client-view'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('space-2')} ${token('space-4')};
    margin-block-end: ${token('space-4')};
    padding: ${token('space-3')} ${token('space-4')};
    border: 2px solid ${token('color-primary')};
    border-radius: ${token('radius')};
    background: ${token('color-background')};
    color: ${token('color-text')};
    font-family: ${token('font-family')};
    font-size: ${token('font-size')};
    line-height: ${token('line-height')};
  }
  [part='client-view-status'] {
    margin: 0;
  }
  [part='client-view'][data-state='on'] [part='client-view-status'] {
    font-weight: 600;
  }
  [part='client-view-end'] {
    min-block-size: 2.5rem;
    padding-block: ${token('space-2')};
    padding-inline: ${token('space-3')};
    border: 1px solid ${token('color-primary')};
    border-radius: ${token('radius')};
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
    font: inherit;
    cursor: pointer;
  }
  [part='client-view-end']:focus-visible {
    outline: 2px solid transparent;
    box-shadow: ${token('focus-ring')};
  }
`;

import { css, html, type TemplateResult } from 'lit';
import type { Translate } from './i18n.js';
import { token } from './theme.js';

/**
 * A status as a badge: its name in words (`status.<status>` of the widget; colour only adds
 * to it), preceded for screen readers by the widget's `statusLabel` ("Status:"). Coloured per
 * status by the widget through `data-status` and `--badge-color`.
 */
export function statusBadge(t: Translate, status: string): TemplateResult {
  return html`<span part="badge" data-status=${status}>
    <span class="visually-hidden">${t('statusLabel')}</span>
    <span class="dot" aria-hidden="true"></span>${t(`status.${status}`)}
  </span>`;
}

/** The badge's pill and dot, in `--badge-color` (the primary colour unless the widget says). */
export const badgeStyles = css`
  [part='badge'] {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    padding-block: 0.125rem;
    padding-inline: ${token('space-2')};
    border: 1px solid var(--badge-color);
    border-radius: 999px;
    font-size: 0.875em;
    --badge-color: ${token('color-primary')};
  }
  [part='badge'] .dot {
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: 50%;
    background: var(--badge-color);
  }
`;

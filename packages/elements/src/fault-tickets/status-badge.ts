import { html, type TemplateResult } from 'lit';
import type { TicketStatus } from '@atrium/sdk';
import type { Translate } from '../core/i18n.js';

/**
 * A ticket's status as a badge: its name in words (colour only adds to it), preceded for
 * screen readers by "Status:". Styled per status through `data-status`.
 */
export function statusBadge(t: Translate, status: TicketStatus): TemplateResult {
  return html`<span part="badge" data-status=${status}>
    <span class="visually-hidden">${t('statusLabel')}</span>
    <span class="dot" aria-hidden="true"></span>${t(`status.${status}`)}
  </span>`;
}

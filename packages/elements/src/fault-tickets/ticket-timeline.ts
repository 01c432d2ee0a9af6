import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, TicketEvent } from '@atrium/sdk';
import { dateTime } from '../core/format.js';
import type { Translate } from '../core/i18n.js';

/**
 * A ticket's history, oldest first, as the server sends it: who did what and when, status
 * changes from → to, comments. Staff's internal notes (the server sends them to staff only)
 * are marked in words and by style.
 */
export function ticketTimeline(
  t: Translate,
  locale: Locale,
  events: readonly TicketEvent[],
): TemplateResult {
  const items = events.map((event) => {
    const what = t(`timeline.${event.kind}`, {
      from: event.fromStatus ? t(`status.${event.fromStatus}`) : '',
      to: event.toStatus ? t(`status.${event.toStatus}`) : '',
    });
    const author = event.author.staff
      ? `${event.author.name} (${t('timeline.staff')})`
      : event.author.name;
    return html`<li part="event" data-kind=${event.kind} ?data-internal=${event.internal}>
      <p class="event-head">
        <strong>${author}</strong>
        <time datetime=${event.at}>${dateTime(event.at, locale)}</time>
      </p>
      <p>${what}</p>
      ${event.comment ? html`<p part="comment" class="comment">${event.comment}</p>` : nothing}
      ${event.internal ? html`<p part="internal-mark">${t('timeline.internal')}</p>` : nothing}
    </li>`;
  });
  return html`<ol part="timeline">
    ${items}
  </ol>`;
}

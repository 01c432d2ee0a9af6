import { html, nothing, type TemplateResult } from 'lit';
import type { Fraction, Locale, Meeting, Resolution } from '@atrium/sdk';
import { timeLeft, zonedDateTime } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import type { Countdowns } from './countdown.js';

/** A fraction as written in a statute: `2/3`. */
export function fractionText(t: Translate, fraction: Fraction): string {
  return t('fraction', fraction);
}

/** What a resolution needs to pass, in words. */
export function majorityText(t: Translate, resolution: Resolution): string {
  const fraction = resolution.qualifiedFraction;
  return t(`majority.${resolution.majority}`, {
    fraction: fraction ? fractionText(t, fraction) : '',
  });
}

export interface WindowLineOptions {
  t: Translate;
  locale: Locale;
  meeting: Meeting;
  countdowns: Countdowns;
}

/**
 * When voting closes (open), opens (scheduled) or closed, on the tenant's clocks, with the
 * time left to the minute for the first two. The countdown is plain text, read when the reader reaches it: a live
 * region would interrupt every minute.
 */
export function windowLine(options: WindowLineOptions): TemplateResult {
  const { t, locale, meeting, countdowns } = options;
  const { status, opensAt, closesAt } = meeting;
  const when = (timestamp: string) => zonedDateTime(timestamp, locale, meeting.timeZone);
  if (status === 'closed') {
    return html`<p part="window">${t('window.closed', { date: when(closesAt) })}</p>`;
  }
  const deadline = status === 'open' ? closesAt : opensAt;
  const duration = timeLeft(countdowns.until(deadline), locale);
  const left = duration
    ? t(status === 'open' ? 'window.left' : 'window.startsIn', { duration })
    : t('window.over');
  const date = when(deadline);
  return html`<p part="window">
    ${t(status === 'open' ? 'window.closes' : 'window.opens', { date })}
    <span part="countdown">${left}</span>
  </p>`;
}

/** How many of the reader's votes are still to cast, when they hold any in an open meeting. */
export function pendingNote(t: Translate, meeting: Meeting): TemplateResult | typeof nothing {
  const pending = meeting.votesPending;
  if (pending === null || meeting.status !== 'open') return nothing;
  const text = pending ? t('pending', { count: pending }) : t('pendingNone');
  return html`<p part="pending" class=${pending ? 'due' : 'done'}>${text}</p>`;
}

import { escapeHtml } from '../html.js';
import type { MailMessage } from './outbox.js';

/** What a mail carrying one link says, in order: the link comes after `action`. */
export interface LinkMailLines {
  greeting: string;
  reason: string;
  action: string;
  ignore: string;
}

/** A mail whose point is one link (a reset, an invitation), as text and as HTML. */
export function linkMail(
  to: string,
  subject: string,
  { greeting, reason, action, ignore }: LinkMailLines,
  link: string,
): MailMessage {
  return {
    to,
    subject,
    text: [greeting, '', reason, action, link, '', ignore].join('\n'),
    html: [
      `<p>${escapeHtml(greeting)}</p>`,
      `<p>${escapeHtml(reason)} ${escapeHtml(action)}</p>`,
      `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
      `<p>${escapeHtml(ignore)}</p>`,
    ].join('\n'),
  };
}

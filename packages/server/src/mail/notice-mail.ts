import { escapeHtml } from '../html.js';
import type { MailMessage } from './outbox.js';

/** A mail that only tells something, a paragraph a line, as text and as HTML. */
export function noticeMail(to: string, subject: string, paragraphs: string[]): MailMessage {
  return {
    to,
    subject,
    text: paragraphs.join('\n\n'),
    html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
  };
}

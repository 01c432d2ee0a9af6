import { html, nothing, type TemplateResult } from 'lit';
import { validators, type AtriumClient, type CommentInput, type Ticket } from '@atrium/sdk';
import { formValues } from '../core/form-values.js';
import type { Translate } from '../core/i18n.js';
import { statusMessage } from '../core/status-views.js';
import { SubmissionKeys } from '../core/submission-keys.js';
import { textArea } from '../core/fields.js';
import { TicketActionForm } from './ticket-action-form.js';
import { finalStatuses } from './ticket-actions.js';

/**
 * Comments on a ticket; staff may mark one internal (residents never get it). A resident's
 * comment on a ticket waiting for them sends it back to work: the server moves it.
 */
export class CommentForm extends TicketActionForm<CommentInput> {
  protected readonly change = 'comment';
  readonly #keys = new SubmissionKeys();

  render(t: Translate, ticket: Ticket, staff: boolean): TemplateResult {
    if (finalStatuses.includes(ticket.status)) {
      return statusMessage(t('comment.closed', { status: t(`status.${ticket.status}`) }));
    }
    const internal = staff
      ? html`<label class="choice">
          <input type="checkbox" name="internal" />
          ${t('comment.internal')}
        </label>`
      : nothing;
    return this.form(
      t,
      ticket,
      { part: 'comment-form', texts: 'comment' },
      html`${textArea({
        id: `${this.formId}-text`,
        name: 'text',
        label: t('comment.text'),
        errors: this.state.errors(t, 'text'),
        required: true,
        rows: 3,
      })}
      ${internal}`,
    );
  }

  protected read(form: HTMLFormElement): CommentInput | null {
    const { text } = formValues(form, 'text');
    const internal = new FormData(form).has('internal');
    return this.state.check(validators.CommentInput, { text, ...(internal ? { internal } : {}) });
  }

  protected async send(
    client: AtriumClient,
    ticketId: string,
    input: CommentInput,
    signal: AbortSignal,
  ) {
    const idempotencyKey = this.#keys.for({ ticketId, ...input });
    const answer = await client.tickets.comment(ticketId, input, { signal, idempotencyKey });
    this.#keys.forget();
    return answer;
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import { validators, type Ticket } from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import { errorText } from '../core/error-text.js';
import { formValues } from '../core/form-values.js';
import type { Translate } from '../core/i18n.js';
import { statusMessage } from '../core/status-views.js';
import { textArea } from './fields.js';
import { FormState, type FormHost } from './form-state.js';
import { SubmissionKeys } from '../core/submission-keys.js';
import { finalStatuses, staleCodes, type OnTicketChanged } from './ticket-actions.js';

/**
 * Comments on a ticket; staff may mark one internal (residents never get it). A resident's
 * comment on a ticket waiting for them sends it back to work: the server moves it.
 */
export class CommentForm {
  readonly #state: FormState;
  readonly #keys = new SubmissionKeys();

  constructor(
    host: FormHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly onChanged: OnTicketChanged,
    private readonly onStale: () => void,
  ) {
    this.#state = new FormState(host, `${id}-comment`);
  }

  /** Forgets what the form last said: another ticket is shown. */
  clear(): void {
    this.#state.clear();
  }

  render(t: Translate, ticket: Ticket, staff: boolean): TemplateResult {
    if (finalStatuses.includes(ticket.status)) {
      return statusMessage(t('comment.closed', { status: t(`status.${ticket.status}`) }));
    }
    const id = `${this.id}-comment`;
    const busy = this.#state.busy;
    const failure = this.#state.failure;
    const internal = staff
      ? html`<label class="choice">
          <input type="checkbox" name="internal" />
          ${t('comment.internal')}
        </label>`
      : nothing;
    return html`<form
      id=${id}
      part="comment-form"
      data-ticket=${ticket.id}
      novalidate
      aria-busy=${busy}
      @submit=${this.#onSubmit}
    >
      <h4>${t('comment.heading')}</h4>
      ${textArea({
        id: `${id}-text`,
        name: 'text',
        label: t('comment.text'),
        errors: this.#state.errors(t, 'text'),
        required: true,
        rows: 3,
      })}
      ${internal}
      ${failure ? html`<p part="form-error" role="alert">${errorText(t, failure)}</p>` : nothing}
      <button part="submit" type="submit" ?disabled=${busy}>
        ${busy ? t('comment.submitting') : t('comment.submit')}
      </button>
    </form>`;
  }

  readonly #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const ticketId = form.dataset['ticket'];
    const client = this.atrium.client;
    if (!ticketId || !client || this.#state.busy) return;
    const { text } = formValues(form, 'text');
    const internal = new FormData(form).has('internal');
    const input = this.#state.check(validators.CommentInput, {
      text,
      ...(internal ? { internal } : {}),
    });
    if (!input) return;
    const idempotencyKey = this.#keys.for({ ticketId, ...input });
    const answer = await this.#state.send((signal) =>
      client.tickets.comment(ticketId, input, { signal, idempotencyKey }),
    );
    if (answer) {
      this.#keys.forget();
      form.reset();
      this.onChanged(answer, 'comment');
    } else if (staleCodes.has(this.#state.failure?.code ?? '')) {
      this.onStale();
    }
  };
}

import { html, nothing, type TemplateResult } from 'lit';
import { validators, type Ticket } from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import { errorText } from '../core/error-text.js';
import { formValues } from '../core/form-values.js';
import type { Translate } from '../core/i18n.js';
import { selectField, textArea } from './fields.js';
import { FormState, type FormHost } from './form-state.js';
import { staleCodes, type OnTicketChanged } from './ticket-actions.js';

/**
 * Staff move a ticket to another status, with an optional comment the resident sees.
 * Every other status is offered: which moves are allowed is the server's to say (the
 * contract's `changeTicketStatus`), and a refused move comes back as `invalid_transition`,
 * shown in words, with the ticket reloaded. No copy of the transition table to drift.
 */
export class StaffActions {
  readonly #state: FormState;

  constructor(
    host: FormHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly onChanged: OnTicketChanged,
    private readonly onStale: () => void,
  ) {
    this.#state = new FormState(host, `${id}-status`);
  }

  /** Forgets what the form last said: another ticket is shown. */
  clear(): void {
    this.#state.clear();
  }

  render(t: Translate, ticket: Ticket): TemplateResult {
    const id = `${this.id}-status`;
    const busy = this.#state.busy;
    const failure = this.#state.failure;
    const choices = validators.TicketStatus.options
      .filter((status) => status !== ticket.status)
      .map((status) => ({ value: status, label: t(`status.${status}`) }));
    const choose = { value: '', label: t('form.choose') };
    return html`<form
      id=${id}
      part="status-form"
      data-ticket=${ticket.id}
      novalidate
      aria-busy=${busy}
      @submit=${this.#onSubmit}
    >
      <h4>${t('staff.heading')}</h4>
      ${selectField({
        id: `${id}-status`,
        name: 'status',
        label: t('staff.status'),
        choices: [choose, ...choices],
        value: '',
        errors: this.#state.errors(t, 'status'),
        required: true,
      })}
      ${textArea({
        id: `${id}-comment`,
        name: 'comment',
        label: t('staff.comment'),
        errors: this.#state.errors(t, 'comment'),
        rows: 2,
      })}
      ${failure ? html`<p part="form-error" role="alert">${errorText(t, failure)}</p>` : nothing}
      <button part="submit" type="submit" ?disabled=${busy}>
        ${busy ? t('staff.submitting') : t('staff.submit')}
      </button>
    </form>`;
  }

  readonly #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const ticketId = form.dataset['ticket'];
    const client = this.atrium.client;
    if (!ticketId || !client || this.#state.busy) return;
    const values = formValues(form, 'status', 'comment');
    const input = this.#state.check(validators.StatusChangeInput, {
      status: values.status,
      ...(values.comment ? { comment: values.comment } : {}),
    });
    if (!input) return;
    const answer = await this.#state.send((signal) =>
      client.tickets.changeStatus(ticketId, input, { signal }),
    );
    if (answer) {
      form.reset();
      this.onChanged(answer, 'status');
    } else if (staleCodes.has(this.#state.failure?.code ?? '')) {
      this.onStale();
    }
  };
}

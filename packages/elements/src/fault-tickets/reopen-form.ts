import { html, nothing, type TemplateResult } from 'lit';
import { validators, type Ticket } from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import { errorText } from '../core/error-text.js';
import { dateTime } from '../core/format.js';
import { formValues } from '../core/form-values.js';
import type { Translate } from '../core/i18n.js';
import { textArea } from './fields.js';
import { FormState, type FormHost } from './form-state.js';
import { staleCodes, type OnTicketChanged } from './ticket-actions.js';

/**
 * "Reopen" for a resolved ticket whose fault came back, while `reopenableUntil` is ahead
 * (the tenant's days after the resolution), with that deadline shown and a required
 * comment saying what is still wrong. The ticket goes back to `accepted`.
 */
export class ReopenForm {
  readonly #state: FormState;

  constructor(
    host: FormHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly onChanged: OnTicketChanged,
    private readonly onStale: () => void,
  ) {
    this.#state = new FormState(host, `${id}-reopen`);
  }

  /** Forgets what the form last said: another ticket is shown. */
  clear(): void {
    this.#state.clear();
  }

  render(t: Translate, ticket: Ticket): TemplateResult | typeof nothing {
    const until = ticket.reopenableUntil;
    if (!until || Date.parse(until) <= Date.now()) return nothing;
    const id = `${this.id}-reopen`;
    const busy = this.#state.busy;
    const failure = this.#state.failure;
    return html`<form
      id=${id}
      part="reopen-form"
      data-ticket=${ticket.id}
      novalidate
      aria-busy=${busy}
      @submit=${this.#onSubmit}
    >
      <h4>${t('reopen.heading')}</h4>
      <p>${t('reopen.until', { date: dateTime(until, this.atrium.locale) })}</p>
      ${textArea({
        id: `${id}-comment`,
        name: 'comment',
        label: t('reopen.comment'),
        errors: this.#state.errors(t, 'comment'),
        required: true,
        rows: 3,
      })}
      ${failure ? html`<p part="form-error" role="alert">${errorText(t, failure)}</p>` : nothing}
      <button part="submit" type="submit" ?disabled=${busy}>
        ${busy ? t('reopen.submitting') : t('reopen.submit')}
      </button>
    </form>`;
  }

  readonly #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const ticketId = form.dataset['ticket'];
    const client = this.atrium.client;
    if (!ticketId || !client || this.#state.busy) return;
    const input = this.#state.check(validators.ReopenInput, formValues(form, 'comment'));
    if (!input) return;
    const answer = await this.#state.send((signal) =>
      client.tickets.reopen(ticketId, input, { signal }),
    );
    if (answer) {
      form.reset();
      this.onChanged(answer, 'reopened');
    } else if (staleCodes.has(this.#state.failure?.code ?? '')) {
      this.onStale();
    }
  };
}

import { html, nothing, type TemplateResult } from 'lit';
import { validators, type AtriumClient, type ReopenInput, type Ticket } from '@atrium/sdk';
import { dateTime } from '../core/format.js';
import { formValues } from '../core/form-values.js';
import type { Translate } from '../core/i18n.js';
import { textArea } from '../core/fields.js';
import { TicketActionForm } from './ticket-action-form.js';

/**
 * "Reopen" for a resolved ticket whose fault came back, while `reopenableUntil` is ahead
 * (the tenant's days after the resolution), with that deadline shown and a required
 * comment saying what is still wrong. The ticket goes back to `accepted`.
 */
export class ReopenForm extends TicketActionForm<ReopenInput> {
  protected readonly change = 'reopened';

  render(t: Translate, ticket: Ticket): TemplateResult | typeof nothing {
    const until = ticket.reopenableUntil;
    if (!until || Date.parse(until) <= Date.now()) return nothing;
    return this.form(
      t,
      ticket,
      { part: 'reopen-form', texts: 'reopen' },
      html`<p>${t('reopen.until', { date: dateTime(until, this.atrium.locale) })}</p>
        ${textArea({
          id: `${this.formId}-comment`,
          name: 'comment',
          label: t('reopen.comment'),
          errors: this.state.errors(t, 'comment'),
          required: true,
          rows: 3,
        })}`,
    );
  }

  protected read(form: HTMLFormElement): ReopenInput | null {
    return this.state.check(validators.ReopenInput, formValues(form, 'comment'));
  }

  protected send(client: AtriumClient, ticketId: string, input: ReopenInput, signal: AbortSignal) {
    return client.tickets.reopen(ticketId, input, { signal });
  }
}

import { html, type nothing, type TemplateResult } from 'lit';
import {
  validators,
  type AtriumClient,
  type StatusChangeInput,
  type Ticket,
  type TicketStatus,
} from '@atrium/sdk';
import { formValues } from '../core/form-values.js';
import type { Translate } from '../core/i18n.js';
import { selectField, textArea } from '../core/fields.js';
import { TicketActionForm } from './ticket-action-form.js';

/**
 * Staff move a ticket to another status, with an optional comment the resident sees. Only
 * the moves the server offers (`nextStatuses`) are listed, so no copy of the transition
 * table can drift; a move refused meanwhile (`invalid_transition`, another person moved it
 * first) is shown in words, with the ticket reloaded.
 */
export class StaffActions extends TicketActionForm<StatusChangeInput> {
  protected readonly change = 'status';

  render(
    t: Translate,
    ticket: Ticket,
    next: readonly TicketStatus[],
  ): TemplateResult | typeof nothing {
    if (!next.length) return this.failureNote(t);
    const choices = next.map((status) => ({ value: status, label: t(`status.${status}`) }));
    const choose = { value: '', label: t('form.choose') };
    return this.form(
      t,
      ticket,
      { part: 'status-form', texts: 'staff' },
      html`${selectField({
        id: `${this.formId}-status`,
        name: 'status',
        label: t('staff.status'),
        choices: [choose, ...choices],
        value: '',
        errors: this.state.errors(t, 'status'),
        required: true,
      })}
      ${textArea({
        id: `${this.formId}-comment`,
        name: 'comment',
        label: t('staff.comment'),
        errors: this.state.errors(t, 'comment'),
        rows: 2,
      })}`,
    );
  }

  protected read(form: HTMLFormElement): StatusChangeInput | null {
    const values = formValues(form, 'status', 'comment');
    return this.state.check(validators.StatusChangeInput, {
      status: values.status,
      ...(values.comment ? { comment: values.comment } : {}),
    });
  }

  protected send(
    client: AtriumClient,
    ticketId: string,
    input: StatusChangeInput,
    signal: AbortSignal,
  ) {
    return client.tickets.changeStatus(ticketId, input, { signal });
  }
}

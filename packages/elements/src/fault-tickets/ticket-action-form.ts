import { html, nothing, type TemplateResult } from 'lit';
import type { AtriumClient, Ticket, TicketDetail } from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import { errorText } from '../core/error-text.js';
import type { Translate } from '../core/i18n.js';
import type { TicketChange } from '../events/atrium-ticket-updated.js';
import { FormState } from '../core/form-state.js';
import type { PartHost } from '../core/part-host.js';
import { staleCodes, type OnTicketChanged } from './ticket-actions.js';

/** How an action form is named: its shadow part and the prefix of its texts (`comment` → `comment.heading`). */
export interface ActionFormNames {
  part: string;
  texts: string;
}

/**
 * What every action on an open ticket shares (comment, reopen, status change): one form
 * with a heading, the failure and a send button; the body checked, sent once at a time,
 * the server's answer passed on, and a refusal meaning the ticket moved on reloading it.
 */
export abstract class TicketActionForm<I> {
  protected readonly state: FormState;
  /** What the action did, told with the answer. */
  protected abstract readonly change: TicketChange;

  constructor(
    host: PartHost,
    protected readonly atrium: AtriumController,
    /** The form's element id. */
    protected readonly formId: string,
    private readonly onChanged: OnTicketChanged,
    private readonly onStale: () => void,
  ) {
    this.state = new FormState(host, formId);
  }

  /** Forgets what the form last said: another ticket is shown. */
  clear(): void {
    this.state.clear();
  }

  /** The body from the form's fields; null when the validator refused it (the problems are shown). */
  protected abstract read(form: HTMLFormElement): I | null;

  protected abstract send(
    client: AtriumClient,
    ticketId: string,
    input: I,
    signal: AbortSignal,
  ): Promise<TicketDetail>;

  protected form(
    t: Translate,
    ticket: Ticket,
    { part, texts }: ActionFormNames,
    fields: TemplateResult,
  ): TemplateResult {
    const busy = this.state.busy;
    return html`<form
      id=${this.formId}
      part=${part}
      data-ticket=${ticket.id}
      novalidate
      aria-busy=${busy}
      @submit=${this.#onSubmit}
    >
      <h4>${t(`${texts}.heading`)}</h4>
      ${fields} ${this.failureNote(t)}
      <button part="submit" type="submit" ?disabled=${busy}>
        ${busy ? t(`${texts}.submitting`) : t(`${texts}.submit`)}
      </button>
    </form>`;
  }

  /** The last failure, said on its own when the form is gone because the ticket moved on. */
  protected failureNote(t: Translate): TemplateResult | typeof nothing {
    const failure = this.state.failure;
    return failure ? html`<p part="form-error" role="alert">${errorText(t, failure)}</p>` : nothing;
  }

  readonly #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const ticketId = form.dataset['ticket'];
    const client = this.atrium.client;
    if (!ticketId || !client || this.state.busy) return;
    const input = this.read(form);
    if (!input) return;
    const answer = await this.state.send((signal) => this.send(client, ticketId, input, signal));
    if (answer) {
      form.reset();
      this.onChanged(answer, this.change);
    } else if (staleCodes.has(this.state.failure?.code ?? '')) {
      this.onStale();
    }
  };
}

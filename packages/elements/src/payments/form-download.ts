import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Account } from '@atrium/sdk';
import { ActionController, type Failure } from '../core/action-controller.js';
import type { AtriumController } from '../core/atrium-controller.js';
import { errorText } from '../core/error-text.js';
import { selectField } from '../core/fields.js';
import { monthLabel } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { monthsBack } from '../core/months.js';
import type { PartHost } from '../core/part-host.js';
import { saveFile } from '../core/save-file.js';
import { AtriumPaymentFormDownloadEvent } from '../events/atrium-payment-form-download.js';

/** The months a form can be asked for: the year up to the month charged now. */
const MONTHS = 12;

/**
 * The monthly payment form (FIN-3): a month of the last year, and its PDF in the reader's
 * language. The file is offered to the page (a cancelable event), then saved.
 */
export class FormDownload {
  #month: string | null = null;
  #failure: Failure | null = null;
  readonly #action: ActionController;
  #account: Account | null = null;

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly onSaved: (fileName: string) => void,
  ) {
    this.#action = new ActionController(host);
  }

  /** Another account is shown: its latest month is offered first. */
  reset(): void {
    this.#month = null;
    this.#failure = null;
  }

  /** `latest`: the month the account is charged for now. */
  render(t: Translate, account: Account, latest: string): TemplateResult {
    this.#account = account;
    const locale = this.atrium.locale;
    const months = monthsBack(latest, MONTHS);
    const chosen = this.#month && months.includes(this.#month) ? this.#month : latest;
    const busy = this.#action.busy;
    return html`<section part="payment-form" aria-labelledby="${this.id}-form-heading">
      <h3 id="${this.id}-form-heading">${t('form.heading')}</h3>
      <div class="row">
        ${selectField({
          id: `${this.id}-form-month`,
          name: 'month',
          label: t('form.month'),
          choices: months.map((month) => ({
            value: month,
            label: monthLabel(month, locale, 'LLLL yyyy'),
          })),
          value: chosen,
          errors: [],
          onChange: this.#onMonth,
        })}
        <button
          part="download"
          type="button"
          aria-disabled=${ifDefined(busy ? 'true' : undefined)}
          @click=${this.#onDownload}
        >
          ${busy ? t('form.downloading') : t('form.download')}
        </button>
      </div>
      ${this.#failure ? html`<p part="status" role="alert">${errorText(t, this.#failure)}</p>` : nothing}
    </section>`;
  }

  readonly #onMonth = (event: Event): void => {
    this.#month = (event.target as HTMLSelectElement).value;
  };

  readonly #onDownload = async (): Promise<void> => {
    const client = this.atrium.client;
    const account = this.#account;
    const select = this.host.renderRoot.querySelector<HTMLSelectElement>(`#${this.id}-form-month`);
    const month = select?.value;
    if (!client || !account || !month || this.#action.busy) return;
    const locale = this.atrium.locale;
    this.#failure = await this.#action.run(async (signal) => {
      const { blob, fileName } = await client.payments.downloadForm(account, month, {
        locale,
        signal,
      });
      const event = new AtriumPaymentFormDownloadEvent({
        accountId: account.id,
        month,
        blob,
        fileName,
      });
      if (this.host.dispatchEvent(event)) saveFile(blob, fileName, this.host.renderRoot);
      this.onSaved(fileName);
    });
    if (this.#failure?.code === 'aborted') this.#failure = null;
    this.host.requestUpdate();
  };
}

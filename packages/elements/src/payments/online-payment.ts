import { html, nothing, type TemplateResult } from 'lit';
import {
  returnedPaymentParam,
  validators,
  type Account,
  type Payment,
  type PaymentType,
} from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import { selectField, textField } from '../core/fields.js';
import { currencyDigits, money } from '../core/format.js';
import { formError } from '../core/form-error.js';
import { FormState } from '../core/form-state.js';
import type { Translate } from '../core/i18n.js';
import type { PartHost } from '../core/part-host.js';
import { SubmissionKeys } from '../core/submission-keys.js';
import { currencySign, minorUnitsOf } from './amounts.js';
import { presentLimit, typedFigure } from './refusals.js';

/** Refusals that mean the debt shown is no longer the account's. */
const staleCodes = new Set(['amount_over_debt', 'nothing_owed']);

/** Where the provider sends the reader back: this page, without the result of a payment before. */
function returnUrlOf(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(returnedPaymentParam);
  return url.href;
}

/**
 * Paying the debt online (FIN-2): the whole amount owed, or another amount up to it, through
 * one of the tenant's `money` payment types. The server makes the payment at the provider;
 * the reader is then sent to the provider's page (see `onMade`). A retried click sends the
 * same Idempotency-Key, so it never makes a second payment.
 */
export class OnlinePayment {
  #another = false;
  /** What the form shown pays: the account and the types it was rendered with. */
  #shown: { account: Account; types: readonly PaymentType[] } | null = null;
  readonly #state: FormState;
  readonly #keys = new SubmissionKeys();

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly onMade: (payment: Payment) => void,
    /** The server found the debt other than shown (paid meanwhile): the balance is loaded again. */
    private readonly onStale: () => void,
  ) {
    this.#state = new FormState(host, this.formId);
  }

  get formId(): string {
    return `${this.id}-online`;
  }

  /** Another account is shown: nothing chosen there, nothing said. */
  reset(): void {
    this.#another = false;
    this.#state.clear();
    this.#keys.forget();
  }

  /** The form for `account`, which owes money: nothing is paid online otherwise (FIN-2). */
  render(t: Translate, account: Account, types: readonly PaymentType[]): TemplateResult {
    this.#shown = { account, types };
    const debt = -account.balance;
    const locale = this.atrium.locale;
    const present = presentLimit(t, locale, account.currency, null);
    const errors = (field: string) => this.#state.errors(t, field, present);
    const busy = this.#state.busy;
    const whole = money(debt, account.currency, locale);
    const choice = (value: 'all' | 'another', label: string) =>
      html`<label class="choice">
        <input
          type="radio"
          name="choice"
          .value=${value}
          .checked=${this.#another === (value === 'another')}
          @change=${this.#onChoice}
        />
        ${label}
      </label>`;
    const amount = this.#another
      ? textField({
          id: `${this.formId}-amount`,
          name: 'amount',
          label: t('online.amount', { currency: currencySign(account.currency, locale) }),
          hint: t('online.amountHint', { max: whole }),
          errors: errors('amount'),
          inputmode: 'decimal',
          required: true,
        })
      : nothing;
    const type =
      types.length > 1
        ? selectField({
            id: `${this.formId}-type`,
            name: 'paymentTypeId',
            label: t('online.type'),
            choices: types.map((candidate) => ({ value: candidate.id, label: candidate.name })),
            value: types[0]?.id ?? '',
            errors: errors('paymentTypeId'),
            required: true,
          })
        : nothing;
    return html`<section part="online" aria-labelledby="${this.id}-online-heading">
      <h3 id="${this.id}-online-heading">${t('online.heading')}</h3>
      <form
        id=${this.formId}
        part="online-form"
        novalidate
        aria-busy=${busy}
        @submit=${this.#onSubmit}
      >
        <fieldset part="amount-choice">
          <legend>${t('online.amountChoice')}</legend>
          ${choice('all', t('online.all', { amount: whole }))}
          ${choice('another', t('online.part'))}
        </fieldset>
        ${amount} ${type} ${formError(t, this.#state, this.#fields(types), present)}
        <button part="pay" class="primary" type="submit" ?disabled=${busy}>
          ${busy ? t('online.paying') : t('online.pay')}
        </button>
      </form>
    </section>`;
  }

  /** The fields the form shows: a refusal of any other is said for the whole form. */
  #fields(types: readonly PaymentType[]): string[] {
    return [...(this.#another ? ['amount'] : []), ...(types.length > 1 ? ['paymentTypeId'] : [])];
  }

  // The amount's field follows the choices: Tab reaches it; focus stays where arrows put it.
  readonly #onChoice = (event: Event): void => {
    this.#another = (event.target as HTMLInputElement).value === 'another';
    this.#state.clear();
  };

  /** The amount the reader chose, or null when refused here (the refusal is then shown). */
  #amount(form: HTMLFormElement, account: Account, debt: number): number | null {
    if (!this.#another) return debt;
    const typed = String(new FormData(form).get('amount') ?? '');
    const digits = currencyDigits(account.currency);
    const figure = typedFigure('amount', typed, (text) => minorUnitsOf(text, digits), {
      code: 'amount_over_debt',
      limit: debt,
      params: { limit: debt, currency: account.currency },
    });
    if ('value' in figure) return figure.value;
    this.#state.refuse([figure.problem]);
    return null;
  }

  readonly #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const client = this.atrium.client;
    const form = event.currentTarget as HTMLFormElement;
    if (!client || !this.#shown || this.#state.busy) return;
    const { account, types } = this.#shown;
    const amount = this.#amount(form, account, -account.balance);
    if (amount === null) return;
    const chosen = new FormData(form).get('paymentTypeId');
    const input = this.#state.check(validators.PaymentInput, {
      paymentTypeId: typeof chosen === 'string' ? chosen : types[0]?.id,
      amount,
      returnUrl: returnUrlOf(location.href),
    });
    if (!input) return;
    const idempotencyKey = this.#keys.for({ accountId: account.id, ...input });
    const payment = await this.#state.send((signal) =>
      client.payments.pay(account.id, input, { signal, idempotencyKey }),
    );
    if (!payment) {
      const stale = this.#state.problems.some((problem) => staleCodes.has(problem.code));
      if (stale) this.onStale();
      return;
    }
    this.#keys.forget();
    this.onMade(payment);
  };
}

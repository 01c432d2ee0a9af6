import { html, nothing, type TemplateResult } from 'lit';
import {
  validators,
  type Account,
  type Payment,
  type PaymentType,
  type PointsQuote,
} from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import { detailsList } from '../core/details-list.js';
import { textField } from '../core/fields.js';
import { money, percent } from '../core/format.js';
import { formError } from '../core/form-error.js';
import { FormState } from '../core/form-state.js';
import type { Translate } from '../core/i18n.js';
import type { PartHost } from '../core/part-host.js';
import { statusMessage } from '../core/status-views.js';
import { SubmissionKeys } from '../core/submission-keys.js';
import { cardNumberOf, pointsOf, pointsText } from './amounts.js';
import { presentLimit, typedFigure } from './refusals.js';

/** A card looked up for one account: the number typed and the server's quote. */
interface Quoted {
  accountId: string;
  cardNumber: string;
  quote: PointsQuote;
}

/**
 * Paying with one loyalty program's points (FIN-5, FIN-6): only while money is owed; the
 * card is looked up first (its balance, and how many points may pay now: at most the type's
 * share of the debt), then the points, at most that many, are paid: debited and booked
 * together by the server, or neither.
 */
export class PointsPayment {
  #quoted: Quoted | null = null;
  /** The last payment made here, said until the reader looks a card up again. */
  #paid: Payment | null = null;
  #shown: { account: Account; type: PaymentType } | null = null;
  readonly #lookUp: FormState;
  readonly #pay: FormState;
  readonly #keys = new SubmissionKeys();

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly onPaid: (payment: Payment) => void,
  ) {
    this.#lookUp = new FormState(host, `${id}-card`);
    this.#pay = new FormState(host, `${id}-pay`);
  }

  /** Another account is shown: its card is looked up anew. */
  reset(): void {
    this.#quoted = null;
    this.#paid = null;
    this.#lookUp.clear();
    this.#pay.clear();
    this.#keys.forget();
  }

  /**
   * The program's card form for `account` while it owes money (FIN-6); once it owes nothing,
   * only the note of points just paid, if any.
   */
  render(t: Translate, account: Account, type: PaymentType): TemplateResult | typeof nothing {
    this.#shown = { account, type };
    const owed = account.balance < 0;
    const paid = this.#paidNote(t, account, type);
    if (!owed && paid === nothing) return nothing;
    const locale = this.atrium.locale;
    const rule = t('points.rule', {
      percent: percent(String(type.maxPercent / 100), locale, 0),
      one: pointsText(t, locale, type, 1),
      value: money(type.pointValue ?? 0, account.currency, locale),
    });
    const body = owed
      ? html`<p class="muted">${rule}</p>
          ${this.#cardForm(t, account, type)} ${this.#quoteView(t, account, type)}`
      : nothing;
    return html`<section part="points" data-type=${type.id} aria-labelledby="${this.id}-heading">
      <h3 id="${this.id}-heading">${type.name}</h3>
      ${paid} ${body}
    </section>`;
  }

  #present(t: Translate, account: Account, type: PaymentType) {
    return presentLimit(t, this.atrium.locale, account.currency, type);
  }

  #cardForm(t: Translate, account: Account, type: PaymentType): TemplateResult {
    const busy = this.#lookUp.busy;
    const present = this.#present(t, account, type);
    return html`<form
      id="${this.id}-card"
      part="card-form"
      novalidate
      aria-busy=${busy}
      @submit=${this.#onLookUp}
    >
      ${textField({
        id: `${this.id}-card-number`,
        name: 'cardNumber',
        label: t('points.card'),
        hint: t('points.cardHint'),
        errors: this.#lookUp.errors(t, 'cardNumber', present),
        inputmode: 'numeric',
        required: true,
        onInput: this.#onCardInput,
      })}
      ${formError(t, this.#lookUp, ['cardNumber'], present)}
      <button part="look-up" type="submit" ?disabled=${busy}>
        ${busy ? t('points.lookingUp') : t('points.lookUp')}
      </button>
    </form>`;
  }

  /** The card's balance and the points that may pay now, and the form that pays them. */
  #quoteView(t: Translate, account: Account, type: PaymentType): TemplateResult | typeof nothing {
    const quoted = this.#quoted;
    if (!quoted || quoted.accountId !== account.id) return nothing;
    const { quote } = quoted;
    const locale = this.atrium.locale;
    const points = (count: number) => pointsText(t, locale, type, count);
    const available = t('points.worth', {
      points: points(quote.available),
      amount: money(quote.available * quote.pointValue, account.currency, locale),
    });
    return html`<div part="quote">
      <p id="${this.id}-quote" tabindex="-1">
        <strong>${t('points.quote', { card: quote.card })}</strong>
      </p>
      ${detailsList([
        [t('points.cardBalance'), points(quote.cardBalance)],
        [t('points.available'), available],
      ])}
      ${
        quote.available > 0
          ? this.#payForm(t, account, type, quote)
          : statusMessage(t('points.noneAvailable'))
      }
    </div>`;
  }

  #payForm(t: Translate, account: Account, type: PaymentType, quote: PointsQuote): TemplateResult {
    const busy = this.#pay.busy;
    const present = this.#present(t, account, type);
    return html`<form
      id="${this.id}-pay"
      part="points-form"
      novalidate
      aria-busy=${busy}
      @submit=${this.#onPay}
    >
      ${textField({
        id: `${this.id}-points`,
        name: 'points',
        label: t('points.points'),
        hint: t('points.pointsHint', {
          max: pointsText(t, this.atrium.locale, type, quote.available),
        }),
        errors: this.#pay.errors(t, 'points', present),
        inputmode: 'numeric',
        value: String(quote.available),
        required: true,
      })}
      ${formError(t, this.#pay, ['points'], present)}
      <button part="pay-points" class="primary" type="submit" ?disabled=${busy}>
        ${busy ? t('points.paying') : t('points.pay')}
      </button>
    </form>`;
  }

  #paidNote(t: Translate, account: Account, type: PaymentType): TemplateResult | typeof nothing {
    const paid = this.#paid;
    if (!paid || paid.accountId !== account.id) return nothing;
    const text = t('points.paid', {
      points: pointsText(t, this.atrium.locale, type, paid.points ?? 0),
      amount: money(paid.amount, paid.currency, this.atrium.locale),
    });
    return html`<p part="paid" tabindex="-1">${text}</p>`;
  }

  /** A quote is for the card it was asked for: another number drops it. */
  readonly #onCardInput = (event: InputEvent): void => {
    const typed = cardNumberOf((event.target as HTMLInputElement).value);
    if (this.#quoted && typed !== this.#quoted.cardNumber) {
      this.#quoted = null;
      this.#pay.clear();
    }
  };

  readonly #onLookUp = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const client = this.atrium.client;
    if (!client || !this.#shown || this.#lookUp.busy) return;
    const { account, type } = this.#shown;
    const typed = cardNumberOf(
      String(new FormData(event.currentTarget as HTMLFormElement).get('cardNumber') ?? ''),
    );
    const card = this.#lookUp.check(validators.PointsCard, {
      paymentTypeId: type.id,
      cardNumber: typed || undefined,
    });
    if (!card) return;
    this.#paid = null;
    this.#quoted = null;
    this.#pay.clear();
    const quote = await this.#lookUp.send((signal) =>
      client.payments.quotePoints(account.id, card, { signal }),
    );
    if (!quote) return;
    this.#quoted = { accountId: account.id, cardNumber: card.cardNumber, quote };
    this.host.requestUpdate();
    this.#focus(`#${this.id}-quote`);
  };

  readonly #onPay = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const client = this.atrium.client;
    const quoted = this.#quoted;
    if (!client || !this.#shown || !quoted || this.#pay.busy) return;
    const { account, type } = this.#shown;
    const typed = String(new FormData(event.currentTarget as HTMLFormElement).get('points') ?? '');
    const { available } = quoted.quote;
    const figure = typedFigure('points', typed, pointsOf, {
      code: 'points_over_available',
      limit: available,
      params: { limit: available },
    });
    if ('problem' in figure) return this.#pay.refuse([figure.problem]);
    const body = { paymentTypeId: type.id, cardNumber: quoted.cardNumber, points: figure.value };
    const idempotencyKey = this.#keys.for({ accountId: account.id, ...body });
    const payment = await this.#pay.send((signal) =>
      client.payments.payWithPoints(account.id, body, { signal, idempotencyKey }),
    );
    if (!payment) return;
    this.#keys.forget();
    this.#quoted = null;
    this.#paid = payment;
    this.host.requestUpdate();
    this.onPaid(payment);
    this.#focus('[part="paid"]');
  };

  #focus(selector: string): void {
    void this.host.updateComplete.then(() =>
      this.host.renderRoot
        .querySelector<HTMLElement>(
          `[part="points"][data-type="${this.#shown?.type.id}"] ${selector}`,
        )
        ?.focus(),
    );
  }
}

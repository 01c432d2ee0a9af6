import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  paginate,
  type Account,
  type AtriumClient,
  type Me,
  type Payment,
  type PaymentType,
} from '@atrium/sdk';
import { AtriumController } from '../core/atrium-controller.js';
import { AtriumWidget } from '../core/atrium-widget.js';
import { choiceStyles } from '../core/choice-styles.js';
import { detailsList } from '../core/details-list.js';
import { fieldStyles } from '../core/field-styles.js';
import { money } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { listViewStyles } from '../core/list-view-styles.js';
import { monthOf } from '../core/months.js';
import { signedInView } from '../core/signed-in-view.js';
import { SignedInLoad } from '../core/signed-in-load.js';
import { isStaff } from '../core/staff.js';
import { statusMessage } from '../core/status-views.js';
import { tableStyles } from '../core/table-styles.js';
import { unitPicker } from '../core/unit-picker.js';
import { widgetFrame } from '../core/widget-frame.js';
import { widgetStyles } from '../core/widget-styles.js';
import { AtriumPaymentCompletedEvent } from '../events/atrium-payment-completed.js';
import { AtriumPaymentRedirectEvent } from '../events/atrium-payment-redirect.js';
import { AccountStatement } from './account-statement.js';
import { paymentsStyles } from './atrium-payments.styles.js';
import { FormDownload } from './form-download.js';
import { paymentsMessages } from './locales/index.js';
import { OnlinePayment } from './online-payment.js';
import { PointsPayment } from './points-payment.js';
import { ReturnedPayment, type Returned } from './returned-payment.js';

/** The contract's largest page: a person's accounts are few, so one page nearly always. */
const ALL = 100;

/** The reader's accounts and the enabled ways to pay them. */
interface Accounts {
  accounts: Account[];
  types: PaymentType[];
}

async function loadAccounts(client: AtriumClient, signal: AbortSignal): Promise<Accounts> {
  const accounts: Account[] = [];
  const pages = paginate((query) => client.payments.accounts(query, { signal }), { limit: ALL });
  const [{ items }] = await Promise.all([
    client.payments.types({ signal }),
    (async () => {
      for await (const page of pages) accounts.push(...page);
    })(),
  ]);
  // Staff are shown every type, the disabled ones too: no one pays with those.
  return { accounts, types: items.filter((type) => type.enabled) };
}

let instances = 0;

/**
 * A unit's account and paying it (FIN-1..3, FIN-5, FIN-6). The balance — owed or overpaid,
 * in the tenant's currency — and what makes it up: the month charged now, by title, and
 * what was owed before it; the history of charges, payments (with how they came in) and
 * settlements, newest first. The reader pays the whole debt or a part of it online, through
 * the provider's payment page, and comes back to this page to see the outcome; or pays with
 * a loyalty program's points, within its share of the debt. The monthly payment form
 * downloads as a PDF in the reader's language. A person with several accounts picks one.
 *
 * Place it on the page whether or not anyone is signed in: signed out, it asks the reader
 * to sign in and shows the accounts as soon as they do, through the shared connection. The
 * page the reader pays from is where the provider sends them back, with `atrium-payment` in
 * its address, which the widget reads and then takes out.
 *
 * @summary Account balance, its breakdown and history; pay online or with loyalty points; the monthly payment form.
 * @tagname atrium-payments
 *
 * @fires {AtriumPaymentRedirectEvent} atrium-payment-redirect - An online payment was made; cancel it to send the reader to `detail.url` yourself.
 * @fires {AtriumPaymentCompletedEvent} atrium-payment-completed - A payment has its outcome (points paid, or an online one come back from); `detail.payment` says which.
 * @fires {AtriumPaymentFormDownloadEvent} atrium-payment-form-download - A payment form arrived; cancel it to keep the widget from saving it.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The heading.
 * @csspart status - Messages: signed out, no accounts, nothing to pay, loading, errors.
 * @csspart retry - The "Try again" button of an error.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart picker - The account picker (shown to people with several accounts).
 * @csspart payment-result - The outcome of a payment the reader came back from (with `data-outcome`: checking, pending, succeeded, failed, cancelled, unknown).
 * @csspart balance - The balance: the account's details, the amount and its breakdown (with `data-balance`: owed, overpaid, settled).
 * @csspart details - The account's number, unit and property.
 * @csspart balance-amount - The amount owed or overpaid.
 * @csspart breakdown - The table of what makes up the balance.
 * @csspart breakdown-row - One of its lines.
 * @csspart breakdown-total - Its total.
 * @csspart online - Paying online.
 * @csspart online-form - Its form.
 * @csspart amount-choice - The whole amount owed, or another amount.
 * @csspart pay - "Go to payment".
 * @csspart points - Paying with one loyalty program's points (with `data-type`: the payment type's id).
 * @csspart card-form - The loyalty card's look-up.
 * @csspart look-up - "Check the card".
 * @csspart quote - The card's balance and the points that may pay now.
 * @csspart points-form - The points to pay.
 * @csspart pay-points - "Pay with points".
 * @csspart paid - The note of the points just paid and the amount booked.
 * @csspart field - A labelled field.
 * @csspart hint - A field's hint.
 * @csspart field-error - Why a field was refused.
 * @csspart form-error - Why a form was refused as a whole.
 * @csspart payment-form - The monthly payment form's month and download.
 * @csspart download - The button that downloads the month's payment form (PDF).
 * @csspart history - The history of entries.
 * @csspart entries - Its table.
 * @csspart entry - One entry (with `data-kind`: charge, payment, settlement).
 * @csspart more - The "Show more" button of the history.
 *
 * @cssprop --atrium-color-primary - Buttons, the focus ring.
 * @cssprop --atrium-color-on-primary - Text on primary buttons.
 * @cssprop --atrium-color-background - Controls' background.
 * @cssprop --atrium-color-text - Text.
 * @cssprop --atrium-color-muted - Secondary text.
 * @cssprop --atrium-color-border - Borders, table rules, the skeleton.
 * @cssprop --atrium-color-danger - Errors; the amount owed.
 * @cssprop --atrium-color-success - An overpayment; a payment that went through.
 * @cssprop --atrium-font-family - Font.
 * @cssprop --atrium-radius - Corner radius.
 * @cssprop --atrium-space-4 - Gaps; also `--atrium-space-1` … `--atrium-space-6`.
 * @cssprop --atrium-focus-ring - The focus outline (a box-shadow).
 */
export class AtriumPayments extends AtriumWidget {
  static override styles = [
    widgetStyles,
    listViewStyles,
    choiceStyles,
    fieldStyles,
    tableStyles,
    paymentsStyles,
  ];

  /** The account shown; without it, the first of the reader's accounts. Set when one is picked. */
  @property({ attribute: 'account-id' }) accountId: string | null = null;

  @state() private announcement = '';

  readonly #atrium = new AtriumController(this, 'payments', paymentsMessages);
  readonly #id = `atrium-payments-${++instances}`;
  readonly #accounts = new SignedInLoad(this, this.#atrium, {
    args: () => [] as const,
    load: (client, _args, signal) => loadAccounts(client, signal),
  });
  readonly #statement = new AccountStatement(this, this.#atrium, this.#id);
  readonly #online = new OnlinePayment(
    this,
    this.#atrium,
    this.#id,
    (payment) => this.#redirect(payment),
    () => this.#refresh(),
  );
  readonly #points = new Map<string, PointsPayment>();
  readonly #form = new FormDownload(this, this.#atrium, this.#id, (fileName) => {
    this.announcement = this.#atrium.t('form.downloaded', { fileName });
  });
  readonly #returned = new ReturnedPayment(this, this.#atrium, (returned, text) =>
    this.#outcome(returned, text),
  );

  protected override willUpdate(): void {
    const accounts = this.#accounts.value?.accounts ?? [];
    this.#statement.accountId = this.#shownAccount(accounts)?.id ?? null;
  }

  protected override render(): TemplateResult {
    const t = this.#atrium.t;
    return widgetFrame({
      id: this.#id,
      heading: t('heading'),
      busy: this.#accounts.pending || this.#statement.pending,
      body: signedInView(this.#atrium, t, (me) => this.#body(t, me)),
      announcement: this.announcement,
    });
  }

  #body(t: Translate, me: Me): TemplateResult {
    return html`${this.#returned.render(t)}
    ${this.#accounts.render(t, (loaded) => this.#accountView(t, me, loaded))}`;
  }

  #accountView(t: Translate, me: Me, { accounts, types }: Accounts): TemplateResult {
    const account = this.#shownAccount(accounts);
    if (!account) return statusMessage(t('empty'));
    const picker = unitPicker({
      id: `${this.#id}-account`,
      t,
      units: accounts.map(({ id, unitNumber, number }) => ({
        id,
        number: unitNumber,
        account: number,
      })),
      value: account.id,
      onChange: this.#onAccount,
      all: false,
      label: t('account.label'),
      optionLabel: (candidate) =>
        t('account.option', { unit: candidate.number, number: candidate.account }),
    });
    // The management company pays nothing (FIN-2): staff see the accounts, owners pay them.
    const paying = isStaff(me) ? nothing : this.#paying(t, account, types);
    return html`${picker} ${this.#balance(t, account)} ${paying}
      ${this.#form.render(t, account, this.#statement.month ?? monthOf(new Date()))}
      <section part="history" aria-labelledby="${this.#id}-history">
        <h3 id="${this.#id}-history">${t('history.heading')}</h3>
        ${this.#statement.history(t, account)}
      </section>`;
  }

  /**
   * Paying online through the `money` types, and with each `points` type's points, while
   * money is owed; else one line says there is nothing to pay (FIN-2, FIN-6).
   */
  #paying(t: Translate, account: Account, types: readonly PaymentType[]): TemplateResult {
    const online = types.filter((type) => type.kind === 'money');
    // A program's section stays for its note of points paid when they paid the debt off.
    const points = types
      .filter((type) => type.kind === 'points')
      .map((type) => this.#pointsOf(type.id).render(t, account, type));
    if (account.balance >= 0) return html`${statusMessage(t('nothingToPay'))} ${points}`;
    return html`${online.length ? this.#online.render(t, account, online) : nothing} ${points}`;
  }

  /** The balance, owed or overpaid, then the account it is of and what makes it up. */
  #balance(t: Translate, account: Account): TemplateResult {
    const { balance, currency } = account;
    const standing = balance < 0 ? 'owed' : balance > 0 ? 'overpaid' : 'settled';
    const amount =
      standing === 'settled'
        ? nothing
        : html`<strong>${money(Math.abs(balance), currency, this.#atrium.locale)}</strong>`;
    return html`<section
      part="balance"
      data-balance=${standing}
      aria-labelledby="${this.#id}-balance"
    >
      <h3 id="${this.#id}-balance">${t('balance.heading')}</h3>
      <p part="balance-amount"><span>${t(`balance.${standing}`)}</span> ${amount}</p>
      ${detailsList([
        [t('account.number'), account.number],
        [t('account.unit'), account.unitNumber],
        [t('account.property'), account.propertyName],
      ])}
      ${this.#statement.breakdown(t, account)}
    </section>`;
  }

  /** The account asked for, else the first; none when the reader has no account. */
  #shownAccount(accounts: readonly Account[]): Account | undefined {
    return accounts.find((account) => account.id === this.accountId) ?? accounts[0];
  }

  #pointsOf(typeId: string): PointsPayment {
    let form = this.#points.get(typeId);
    if (!form) {
      form = new PointsPayment(
        this,
        this.#atrium,
        `${this.#id}-points-${this.#points.size}`,
        (payment) => this.#paid(payment),
      );
      this.#points.set(typeId, form);
    }
    return form;
  }

  readonly #onAccount = (accountId: string): void => {
    this.accountId = accountId;
    this.announcement = '';
    this.#online.reset();
    this.#form.reset();
    for (const form of this.#points.values()) form.reset();
  };

  /** The balance and the history again: a payment was booked. */
  #refresh(): void {
    this.#accounts.reload();
    this.#statement.reload();
  }

  /** The online payment was made: to the provider's page, unless the page takes the reader there itself. */
  #redirect(payment: Payment): void {
    const url = payment.redirectUrl;
    if (!url) return this.#refresh();
    const event = new AtriumPaymentRedirectEvent({ payment, url });
    if (!this.dispatchEvent(event)) return;
    this.announcement = this.#atrium.t('online.redirecting');
    location.assign(url);
  }

  #paid(payment: Payment): void {
    this.#refresh();
    this.#completed(payment);
  }

  #completed(payment: Payment): void {
    const event = new AtriumPaymentCompletedEvent({ payment });
    this.dispatchEvent(event);
  }

  /** Back from the provider: the outcome said, its account shown with its new balance. */
  #outcome({ payment, gaveUp }: Returned, text: string): void {
    this.announcement = text;
    this.accountId ??= payment.accountId;
    this.#refresh();
    if (!gaveUp) this.#completed(payment);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atrium-payments': AtriumPayments;
  }
}

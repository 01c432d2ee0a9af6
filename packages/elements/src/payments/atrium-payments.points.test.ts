import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Account, AtriumClient, Locale, PaymentType } from '@atrium/sdk';
import type { AtriumPaymentCompletedEvent } from '../events/atrium-payment-completed.js';
import type { AtriumPaymentRedirectEvent } from '../events/atrium-payment-redirect.js';
import type { AtriumPayments } from './atrium-payments.js';
import { demo, locales, shadowPart, signedInClient, typeInto } from '../testing/atrium-server.js';
import {
  accountOf,
  bookTransfer,
  clientNotingKeys,
  demoCards,
  paymentsOf,
  providerUnavailableText,
  sandboxFails,
  sandboxFlaps,
  sandboxRecovers,
  typesOf,
} from '../testing/payments.js';
import { all, focused, root, textOf } from '../testing/widget-queries.js';

const text = {
  points: {
    ru: { one: 'балл', few: 'балла', many: 'баллов', other: 'балла' },
    pl: { one: 'punkt', few: 'punkty', many: 'punktów', other: 'punktu' },
    en: { one: 'point', few: 'points', many: 'points', other: 'points' },
  } as Record<Locale, Record<string, string>>,
  cardNotFound: {
    ru: 'Карта с таким номером не найдена.',
    pl: 'Nie znaleziono karty o tym numerze.',
    en: 'No card with this number was found.',
  },
  overAvailable: {
    ru: (limit: string) => `Больше, чем можно списать сейчас (${limit}).`,
    pl: (limit: string) => `To więcej, niż można teraz wykorzystać (${limit}).`,
    en: (limit: string) => `That is more than can be used now (${limit}).`,
  },
  nothingToPay: {
    ru: 'Оплачивать нечего.',
    pl: 'Nie ma nic do zapłaty.',
    en: 'There is nothing to pay.',
  },
  settled: { ru: 'Задолженности нет', pl: 'Brak zaległości', en: 'Nothing is owed' },
  paidByPoints: {
    ru: 'Оплата бонусными баллами',
    pl: 'Wpłata punktami lojalnościowymi',
    en: 'Payment with loyalty points',
  },
  paid: {
    ru: (points: string, amount: string) =>
      `Списано с карты: ${points}. На лицевой счёт зачислено ${amount}.`,
    pl: (points: string, amount: string) =>
      `Wykorzystano z karty: ${points}. Zaksięgowano wpłatę ${amount}.`,
    en: (points: string, amount: string) =>
      `${points} used from the card; ${amount} is booked on the account.`,
  },
} as const;

const spaced = (figure: string) => figure.replace(/\s+/g, ' ');
const written = (minor: number, currency: string, locale: Locale) =>
  spaced(new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 100));

/** Points of the demo's `points` program in the language's words and plural. */
const pointsWritten = (count: number, locale: Locale) =>
  spaced(
    `${new Intl.NumberFormat(locale).format(count)} ${text.points[locale][new Intl.PluralRules(locale).select(count)]}`,
  );

let irina: AtriumClient;
/** Unit 101: owes; paid with points here. */
let owing: Account;
/** Unit 204: its debt paid by a transfer before these tests, so nothing is owed (FIN-6). */
let settled: Account;
/** The program counting in points (a point is 0,50 ₽, at most 10 % of the debt). */
let program: PaymentType;

before(async () => {
  irina = await signedInClient(demo.irina);
  owing = await accountOf(irina, '101');
  const toSettle = await accountOf(irina, '204');
  if (toSettle.balance < 0) await bookTransfer(toSettle.id, -toSettle.balance);
  settled = await accountOf(irina, '204');
  const found = (await typesOf(irina, 'points')).find((type) => type.loyaltyCurrency === 'points');
  if (!found) throw new Error('the demo has no program counting in points');
  program = found;
});

const section = (el: Element) => shadowPart(el, `[part="points"][data-type="${program.id}"]`);
const inSection = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) =>
  section(el).querySelector<T>(selector) as T;

/** Types a card number in the program's form and looks it up. */
async function lookUp(el: AtriumPayments, card: string): Promise<void> {
  await typeInto(inSection<HTMLInputElement>(el, 'input[name="cardNumber"]'), card);
  inSection(el, '[part="look-up"]').click();
  await waitUntil(
    () => section(el).querySelector('[part="quote"], [part="field-error"], [role="alert"]'),
    'the look-up never answered',
    { timeout: 10000 },
  );
  await el.updateComplete;
}

describe('atrium-payments with loyalty points', () => {
  for (const locale of locales) {
    it(`FIN-5, FIN-6: Irina looks a demo card up, sees the points available, and pays with them, in ${locale}`, async () => {
      const before = await accountOf(irina, '101');
      const quote = await irina.payments.quotePoints(owing.id, {
        paymentTypeId: program.id,
        cardNumber: demoCards.plenty,
      });
      // The card holds plenty: the cap, 10 % of the debt in whole points, is the limit.
      const cap = Math.floor(
        (-before.balance * program.maxPercent) / 100 / (program.pointValue ?? 1),
      );
      expect(quote.available).to.equal(Math.min(quote.cardBalance, cap));
      const el = await paymentsOf(irina, locale, owing.id);
      await lookUp(el, demoCards.plenty);
      expect(focused(el)).to.equal(inSection(el, '[part="quote"] [tabindex="-1"]'));
      const figures = [...section(el).querySelectorAll('[part="quote"] dd')].map((dd) =>
        textOf(dd),
      );
      expect(figures).to.deep.equal([
        pointsWritten(quote.cardBalance, locale),
        `${pointsWritten(quote.available, locale)} (${written(quote.available * quote.pointValue, before.currency, locale)})`,
      ]);
      await expect(el).to.be.accessible();

      const input = inSection<HTMLInputElement>(el, 'input[name="points"]');
      expect(input.value).to.equal(String(quote.available));
      input.select();
      await typeInto(input, '3');
      const completed = oneEvent(
        el,
        'atrium-payment-completed',
      ) as Promise<AtriumPaymentCompletedEvent>;
      inSection(el, '[part="pay-points"]').click();
      const { detail } = await completed;
      const worth = 3 * quote.pointValue;
      expect(detail.payment).to.include({
        status: 'succeeded',
        method: 'points',
        points: 3,
        amount: worth,
      });
      await waitUntil(() => section(el).querySelector('[part="paid"]'), 'never paid');
      await el.updateComplete;
      expect(textOf(inSection(el, '[part="paid"]'))).to.equal(
        text.paid[locale](pointsWritten(3, locale), written(worth, before.currency, locale)),
      );
      expect(focused(el)).to.equal(inSection(el, '[part="paid"]'));
      // Booked at once: the account's balance and its history say so.
      expect((await accountOf(irina, '101')).balance).to.equal(before.balance + worth);
      await waitUntil(
        () => all(el, '[part="entry"]')[0]?.dataset['kind'] === 'payment',
        'the payment is not in the history',
      );
      expect(textOf(all(el, '[part="entry"]')[0]?.querySelector('td'))).to.contain(
        text.paidByPoints[locale],
      );
      await expect(el).to.be.accessible();
    });

    it(`FIN-6: a card the program does not know is refused next to its field (422), in ${locale}`, async () => {
      const el = await paymentsOf(irina, locale, owing.id);
      await lookUp(el, '7000000000009999');
      const input = inSection<HTMLInputElement>(el, 'input[name="cardNumber"]');
      await waitUntil(() => focused(el) === input, 'the card field never took the focus');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(textOf(inSection(el, '[part="field-error"]'))).to.equal(text.cardNotFound[locale]);
      expect(section(el).querySelector('[part="quote"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it(`FIN-6: more points than may pay now are refused before anything is sent, in ${locale}`, async () => {
      const before = await accountOf(irina, '101');
      const el = await paymentsOf(irina, locale, owing.id);
      await lookUp(el, demoCards.fifty);
      const quote = await irina.payments.quotePoints(owing.id, {
        paymentTypeId: program.id,
        cardNumber: demoCards.fifty,
      });
      // The 50-point card is its own limit here: 10 % of the debt is more.
      expect(quote.available).to.equal(50);
      const input = inSection<HTMLInputElement>(el, 'input[name="points"]');
      input.select();
      await typeInto(input, '51');
      inSection(el, '[part="pay-points"]').click();
      await waitUntil(() => input.getAttribute('aria-invalid') === 'true', 'not refused');
      expect(textOf(inSection(el, '[part="points-form"] [part="field-error"]'))).to.equal(
        text.overAvailable[locale](pointsWritten(50, locale)),
      );
      expect((await accountOf(irina, '101')).balance).to.equal(before.balance);
      await expect(el).to.be.accessible();
    });

    it(`FIN-6: with nothing owed, the widget says there is nothing to pay and offers neither points nor online, in ${locale}`, async () => {
      expect(settled.balance).to.equal(0);
      const el = await paymentsOf(irina, locale, settled.id);
      expect(textOf(shadowPart(el, '[part="balance-amount"]'))).to.equal(text.settled[locale]);
      const said = all(el, '[part="status"]').map((status) => textOf(status));
      expect(said).to.include(text.nothingToPay[locale]);
      for (const part of ['points', 'card-form', 'online']) {
        expect(root(el).querySelector(`[part="${part}"]`), part).to.equal(null);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('an owner of two units picks the other account: its balance and history follow', async () => {
    const el = await paymentsOf(irina, 'ru');
    const picker = shadowPart<HTMLSelectElement>(el, '[part="picker"] select');
    expect(picker.value).to.equal(owing.id);
    picker.value = settled.id;
    picker.dispatchEvent(new Event('change'));
    await waitUntil(
      () => textOf(shadowPart(el, '[part="balance-amount"]')) === text.settled.ru,
      'the other account never showed',
    );
    const { items } = await irina.payments.entries(settled.id, { limit: 20 });
    await waitUntil(() => all(el, '[part="entry"]')[0]?.dataset['entry'] === items[0]?.id);
    await expect(el).to.be.accessible();
  });

  it('keyboard only: Tab to the card, type it, Enter looks it up, Tab to the points, Enter pays', async () => {
    const el = await paymentsOf(irina, 'ru', owing.id);
    const card = inSection<HTMLInputElement>(el, 'input[name="cardNumber"]');
    shadowPart(el, '[part="picker"] select').focus();
    for (let i = 0; i < 40 && focused(el) !== card; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(card);
    await sendKeys({ type: demoCards.plenty });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => section(el).querySelector('[part="quote"]'), 'no quote', {
      timeout: 10000,
    });
    await el.updateComplete;
    expect(focused(el)).to.equal(inSection(el, '[part="quote"] [tabindex="-1"]'));
    await sendKeys({ press: 'Tab' });
    const points = inSection<HTMLInputElement>(el, 'input[name="points"]');
    expect(focused(el)).to.equal(points);
    points.select();
    await sendKeys({ type: '2' });
    const completed = oneEvent(
      el,
      'atrium-payment-completed',
    ) as Promise<AtriumPaymentCompletedEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await completed).detail.payment.points).to.equal(2);
    await waitUntil(() => focused(el) === section(el).querySelector('[part="paid"]'), 'no note');
    await expect(el).to.be.accessible();
  });

  it('keyboard only: arrows choose another amount, Tab reaches it, Enter goes to the payment page', async () => {
    const anna = await signedInClient(demo.anna);
    const el = await paymentsOf(anna, 'pl');
    el.addEventListener('atrium-payment-redirect', (event) => event.preventDefault());
    const whole = shadowPart<HTMLInputElement>(el, '[part="amount-choice"] input[value="all"]');
    // From the top of the page: the whole debt is the first choice Tab meets.
    (document.activeElement as HTMLElement | null)?.blur();
    for (let i = 0; i < 20 && focused(el) !== whole; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(whole);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(shadowPart<HTMLInputElement>(el, 'input[value="another"]').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(shadowPart(el, 'input[name="amount"]'));
    await sendKeys({ type: '50' });
    const redirected = oneEvent(
      el,
      'atrium-payment-redirect',
    ) as Promise<AtriumPaymentRedirectEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await redirected;
    expect(detail.payment.amount).to.equal(5000);
    await expect(el).to.be.accessible();
  });
});

describe('atrium-payments with the loyalty program failing', () => {
  afterEach(() => sandboxRecovers('loyalty'));

  /** Irina's widget with a quote for the demo card and `count` points typed to pay. */
  async function pointsTyped(client: AtriumClient, count: number): Promise<AtriumPayments> {
    const el = await paymentsOf(client, 'en', owing.id);
    await lookUp(el, demoCards.plenty);
    const input = inSection<HTMLInputElement>(el, 'input[name="points"]');
    input.focus();
    input.select();
    await sendKeys({ type: String(count) });
    return el;
  }
  const paid = (el: AtriumPayments) =>
    oneEvent(el, 'atrium-payment-completed') as Promise<AtriumPaymentCompletedEvent>;

  it('FIN-6 keyboard only: the program failing on the debit, the widget says nothing was paid and when to try again; Tab back to "Pay" and Enter pays once, under the same key', async () => {
    const { client, keys } = await clientNotingKeys(demo.irina, '/points-payments', false);
    const el = await pointsTyped(client, 1);
    await sandboxFails('loyalty', 1, { on: 'debit' });
    await sendKeys({ press: 'Enter' });
    const said = () => section(el).querySelector('[part="points-form"] [part="form-error"]');
    await waitUntil(() => said() && focused(el) === said(), 'no refusal focused', {
      timeout: 10000,
    });
    expect(textOf(said())).to.equal(providerUnavailableText.en);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(inSection(el, '[part="pay-points"]'));
    const completed = paid(el);
    await sendKeys({ press: 'Enter' });
    expect((await completed).detail.payment).to.include({ status: 'succeeded', points: 1 });
    expect(keys).to.have.length(2);
    expect(new Set(keys).size, 'the retry is the same payment').to.equal(1);
  });

  it('FIN-6: the program failing on the card look-up, the card form says so and when to try again', async () => {
    const { client } = await clientNotingKeys(demo.irina, '/points-payments', false);
    const el = await paymentsOf(client, 'ru', owing.id);
    await sandboxFails('loyalty', 1, { on: 'lookup' });
    await lookUp(el, demoCards.plenty);
    const said = section(el).querySelector('[part="card-form"] [part="form-error"]');
    expect(textOf(said)).to.equal(providerUnavailableText.ru);
    expect(focused(el)).to.equal(said);
    await expect(el).to.be.accessible();
  });

  it('FIN-6: a flapping program refusing every other debit: the SDK asks again after Retry-After under the same key, and the points are paid once with no refusal shown', async () => {
    const { client, keys } = await clientNotingKeys(demo.irina, '/points-payments');
    const el = await pointsTyped(client, 1);
    await sandboxFlaps('loyalty', { on: 'debit' });
    const completed = paid(el);
    inSection(el, '[part="pay-points"]').click();
    expect((await completed).detail.payment).to.include({ status: 'succeeded', points: 1 });
    expect(keys).to.have.length(2);
    expect(new Set(keys).size, 'the retry is the same payment').to.equal(1);
    expect(section(el).querySelector('[part="form-error"]')).to.equal(null);
  });
});

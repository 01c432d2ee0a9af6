import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { pl } from 'date-fns/locale/pl';
import { ru } from 'date-fns/locale/ru';
import type { AccountEntry, AtriumClient, EntryTitle, Locale } from '@atrium/sdk';
import type { AtriumPaymentRedirectEvent } from '../events/atrium-payment-redirect.js';
import type { AtriumPaymentFormDownloadEvent } from '../events/atrium-payment-form-download.js';
import type { AtriumPayments } from './atrium-payments.js';
import {
  baseUrl,
  demo,
  failingFetch,
  locales,
  shadowPart,
  signedInClient,
  typeInto,
} from '../testing/atrium-server.js';
import {
  accountOf,
  payAtSandbox,
  paymentsOf,
  returnedWith,
  settledPayment,
  shownAccount,
} from '../testing/payments.js';
import { all, root, textOf, retryLoads } from '../testing/widget-queries.js';

const text = {
  signedOut: {
    ru: 'Войдите, чтобы увидеть лицевой счёт и оплатить начисления.',
    pl: 'Zaloguj się, aby zobaczyć saldo swojego lokalu i zapłacić.',
    en: 'Sign in to see your account’s balance and pay.',
  },
  owed: { ru: 'Задолженность', pl: 'Zaległość', en: 'Amount owed' },
  toPay: { ru: 'Итого к оплате', pl: 'Do zapłaty', en: 'To pay' },
  earlierDebt: {
    ru: 'Задолженность за прошлые месяцы',
    pl: 'Zaległość z poprzednich miesięcy',
    en: 'Owed from earlier months',
  },
  titles: {
    maintenance: { ru: 'Содержание и ремонт', pl: 'Koszty zarządu', en: 'Maintenance' },
    repair_fund: { ru: 'Взнос на капитальный ремонт', pl: 'Fundusz remontowy', en: 'Repair fund' },
    heating: { ru: 'Отопление', pl: 'Centralne ogrzewanie', en: 'Heating' },
    water: { ru: 'Водоснабжение и водоотведение', pl: 'Woda i ścieki', en: 'Water and sewage' },
    waste: { ru: 'Обращение с ТКО', pl: 'Wywóz odpadów', en: 'Waste collection' },
  } as Partial<Record<EntryTitle, Record<Locale, string>>>,
  paidIn: { ru: 'Оплачено за', pl: 'Wpłaty za', en: 'Paid for' },
  paidOnline: { ru: 'Оплата онлайн', pl: 'Wpłata online', en: 'Online payment' },
  succeeded: {
    ru: (amount: string) => `Оплата ${amount} прошла и зачислена на лицевой счёт.`,
    pl: (amount: string) => `Płatność ${amount} została przyjęta i zaksięgowana.`,
    en: (amount: string) => `Your payment of ${amount} went through and is booked on the account.`,
  },
  declined: {
    ru: (amount: string) => `Оплата ${amount} отклонена. Деньги не списаны.`,
    pl: (amount: string) => `Płatność ${amount} została odrzucona. Pieniądze nie zostały pobrane.`,
    en: (amount: string) => `The payment of ${amount} was declined. No money was taken.`,
  },
  // Typed as a reader of each language writes an amount.
  typedHundred: { ru: '100,00', pl: '100,00', en: '100.00' },
  overDebt: {
    ru: (limit: string) => `Сумма больше задолженности (${limit}).`,
    pl: (limit: string) => `Ta kwota jest większa niż zaległość (${limit}).`,
    en: (limit: string) => `That is more than the amount owed (${limit}).`,
  },
  notFound: 'Оплата, с которой вы вернулись, не найдена. Проверьте сальдо и историю операций.',
} as const;

const dateLocales = { ru, pl, en: enGB };
const titleOrder: EntryTitle[] = ['maintenance', 'repair_fund', 'heating', 'water', 'waste'];

// Intl writes some spaces as no-break spaces; the widget's text is compared with spaces.
const spaced = (figure: string) => figure.replace(/\s+/g, ' ');

/** Money as the test expects it: the API's minor units, written by Intl in the language. */
const written = (minor: number, currency: string, locale: Locale, signed = false) =>
  spaced(
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(signed ? { signDisplay: 'exceptZero' } : {}),
    }).format(minor / 100),
  );

const balanceText = (el: Element) => textOf(shadowPart(el, '[part="balance-amount"]'));

/** The breakdown's rows as [label, amount] pairs, total last. */
const breakdownRows = (el: Element) =>
  all(el, '[part="breakdown-row"], [part="breakdown-total"]').map((row) => [
    textOf(row.querySelector('th')),
    textOf(row.querySelector('td')),
  ]);

let anna: AtriumClient;

before(async () => {
  anna = await signedInClient(demo.anna);
});

describe('atrium-payments', () => {
  for (const locale of locales) {
    it(`FIN-1: Anna's balance, what makes it up and her history are the API's figures, in ${locale}`, async () => {
      const account = await accountOf(anna, '12');
      const history = await anna.payments.entries(account.id, { limit: 20 });
      const month = history.items
        .map((entry) => entry.month)
        .sort()
        .at(-1) as string;
      const ofMonth = (
        await anna.payments.entries(account.id, { from: month, to: month, limit: 100 })
      ).items;
      const el = await paymentsOf(anna, locale);
      const { currency, balance } = account;
      expect(balance, 'the demo account owes').to.be.below(0);
      expect(balanceText(el)).to.equal(
        `${text.owed[locale]} ${written(-balance, currency, locale)}`,
      );

      // The month's charges by title, in the contract's order, what was owed before, the
      // month's payments taken off, the total: they add up to the debt.
      const monthTotal = ofMonth.reduce((sum, entry) => sum + entry.amount, 0);
      const charges = new Map<EntryTitle, number>();
      for (const entry of ofMonth.filter((e) => e.kind === 'charge')) {
        charges.set(entry.title, (charges.get(entry.title) ?? 0) + entry.amount);
      }
      const paid = ofMonth
        .filter((e) => e.kind === 'payment')
        .reduce((sum, e) => sum + e.amount, 0);
      const monthWords = format(new Date(`${month}-01T00:00`), 'LLLL yyyy', {
        locale: dateLocales[locale],
      });
      const expected = [
        [text.earlierDebt[locale], written(-(balance - monthTotal), currency, locale)],
        ...titleOrder
          .filter((title) => charges.has(title))
          .map((title) => [
            text.titles[title]?.[locale],
            written(-(charges.get(title) ?? 0), currency, locale),
          ]),
        ...(paid
          ? [[`${text.paidIn[locale]} ${monthWords}`, written(-paid, currency, locale)]]
          : []),
        [text.toPay[locale], written(-balance, currency, locale)],
      ];
      expect(breakdownRows(el)).to.deep.equal(expected);

      // The history: newest first, each amount as the account sees it.
      const rows = all(el, '[part="entry"]');
      expect(rows.map((row) => row.dataset['entry'])).to.deep.equal(history.items.map((e) => e.id));
      history.items.forEach((entry: AccountEntry, i) => {
        const amount = textOf(rows[i]?.querySelector('.amount'));
        expect(amount, entry.id).to.equal(written(entry.amount, currency, locale, true));
      });
      await expect(el).to.be.accessible();

      // "Show more" adds the next page and takes the focus to its first entry.
      const next = await anna.payments.entries(account.id, {
        limit: 20,
        cursor: history.nextCursor ?? '',
      });
      shadowPart(el, '[part="more"]').click();
      await waitUntil(() => all(el, '[part="entry"]').length > 20, 'no second page');
      await el.updateComplete;
      const added = all(el, '[part="entry"]')[20];
      expect(added?.dataset['entry']).to.equal(next.items[0]?.id);
      expect(root(el).activeElement).to.equal(added?.querySelector('[tabindex]'));
      await expect(el).to.be.accessible();
    });

    it(`FIN-2: Anna pays part of her debt online; back from the sandbox's page, the widget says it went through and shows the new balance, in ${locale}`, async () => {
      const before = await accountOf(anna, '12');
      const el = await paymentsOf(anna, locale);
      el.addEventListener('atrium-payment-redirect', (event) => event.preventDefault());
      const redirected = oneEvent(
        el,
        'atrium-payment-redirect',
      ) as Promise<AtriumPaymentRedirectEvent>;
      shadowPart<HTMLInputElement>(el, '[part="amount-choice"] input[value="another"]').click();
      await el.updateComplete;
      await typeInto(
        shadowPart<HTMLInputElement>(el, 'input[name="amount"]'),
        text.typedHundred[locale],
      );
      shadowPart(el, '[part="pay"]').click();
      const { detail } = await redirected;
      expect(detail.url).to.equal(detail.payment.redirectUrl);
      expect(detail.url.startsWith(`${baseUrl}/sandbox/payments/pay/`), detail.url).to.equal(true);
      expect(detail.payment).to.include({ amount: 10000, status: 'pending', method: 'online' });

      // The person pays on the sandbox's page, which sends the browser back to this page.
      const back = new URL(await payAtSandbox(detail.url));
      expect(back.origin).to.equal(location.origin);
      expect(back.searchParams.get('atrium-payment')).to.equal(detail.payment.id);
      const restore = returnedWith(detail.payment.id);
      try {
        const returned = await paymentsOf(anna, locale);
        await waitUntil(
          () => root(returned).querySelector('[part="payment-result"][data-outcome="succeeded"]'),
          'the outcome never showed',
          { timeout: 10000 },
        );
        const said = text.succeeded[locale](written(10000, before.currency, locale));
        expect(textOf(shadowPart(returned, '[part="payment-result"]'))).to.equal(said);
        expect(textOf(shadowPart(returned, '[role="status"].visually-hidden'))).to.equal(said);
        // The address no longer names the payment: a reload does not report it again.
        expect(new URL(location.href).searchParams.has('atrium-payment')).to.equal(false);
        const after = before.balance + 10000;
        await waitUntil(
          () =>
            balanceText(returned) ===
            `${text.owed[locale]} ${written(-after, before.currency, locale)}`,
          'the balance never changed',
        );
        expect((await accountOf(anna, '12')).balance).to.equal(after);
        await waitUntil(() => all(returned, '[part="entry"]')[0]?.dataset['kind'] === 'payment');
        const first = all(returned, '[part="entry"]')[0];
        expect(textOf(first?.querySelector('td'))).to.contain(text.paidOnline[locale]);
        expect(textOf(first?.querySelector('.amount'))).to.equal(
          written(10000, before.currency, locale, true),
        );
        await expect(returned).to.be.accessible();
      } finally {
        restore();
      }
    });

    it(`FIN-2: a payment declined at the sandbox's page is said so, and nothing is booked, in ${locale}`, async () => {
      const before = await accountOf(anna, '12');
      const payment = await anna.payments.pay(before.id, {
        paymentTypeId: (await anna.payments.types()).items[0]?.id ?? '',
        amount: 2500,
        returnUrl: location.href,
      });
      await payAtSandbox(payment.redirectUrl ?? '', 'declined');
      const restore = returnedWith(payment.id);
      try {
        const el = await paymentsOf(anna, locale);
        await waitUntil(
          () => root(el).querySelector('[part="payment-result"][data-outcome="failed"]'),
          'the outcome never showed',
          { timeout: 10000 },
        );
        expect(textOf(shadowPart(el, '[part="payment-result"]'))).to.equal(
          text.declined[locale](written(2500, before.currency, locale)),
        );
        expect((await settledPayment(anna, payment.id)).status).to.equal('failed');
        expect((await accountOf(anna, '12')).balance).to.equal(before.balance);
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it(`FIN-2: an amount over the debt is refused next to its field, in the language's money, in ${locale}`, async () => {
      const account = await accountOf(anna, '12');
      const el = await paymentsOf(anna, locale);
      shadowPart<HTMLInputElement>(el, '[part="amount-choice"] input[value="another"]').click();
      await el.updateComplete;
      const input = shadowPart<HTMLInputElement>(el, 'input[name="amount"]');
      await typeInto(input, String(Math.ceil(-account.balance / 100) + 1));
      shadowPart(el, '[part="pay"]').click();
      await el.updateComplete;
      await waitUntil(() => root(el).activeElement === input, 'the field never took the focus');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(textOf(shadowPart(el, '[part="online"] [part="field-error"]'))).to.equal(
        text.overDebt[locale](written(-account.balance, account.currency, locale)),
      );
      await expect(el).to.be.accessible();
    });

    it(`signed out, it asks to sign in, in ${locale}`, async () => {
      const el = await fixture<AtriumPayments>(
        html`<atrium-payments
          base-url=${baseUrl}
          tenant="lesna-5"
          locale=${locale}
        ></atrium-payments>`,
      );
      await waitUntil(() => root(el).querySelector('[part="status"]'), 'no prompt');
      expect(textOf(shadowPart(el, '[part="status"]'))).to.equal(text.signedOut[locale]);
      await expect(el).to.be.accessible();
    });

    it(`an unreachable server is said, with "Try again" that loads the accounts, in ${locale}`, async () => {
      const client = await signedInClient(demo.anna, {
        fetch: failingFetch(/\/accounts$/, 1),
        retry: { limit: 0 },
      });
      await retryLoads(await paymentsOf(client, locale), locale, '[part="entries"]');
    });

    it(`FIN-3: the month's payment form downloads as a PDF in the reader's language, in ${locale}`, async () => {
      const el = await paymentsOf(anna, locale);
      el.addEventListener('atrium-payment-form-download', (event) => event.preventDefault(), {
        once: true,
      });
      const arrived = oneEvent(
        el,
        'atrium-payment-form-download',
      ) as Promise<AtriumPaymentFormDownloadEvent>;
      const month = shadowPart<HTMLSelectElement>(el, '[part="payment-form"] select').value;
      shadowPart(el, '[part="payment-form"] [part="download"]').click();
      const { detail } = await arrived;
      expect(detail.month).to.equal(month);
      expect(detail.fileName).to.match(/\.pdf$/);
      const head = new TextDecoder().decode(await detail.blob.slice(0, 5).arrayBuffer());
      expect(head).to.equal('%PDF-');
      await waitUntil(() => textOf(shadowPart(el, '[role="status"].visually-hidden')));
      await expect(el).to.be.accessible();
    });
  }

  it('FIN-1: the management company sees every account of the tenant, and pays none', async () => {
    const katarzyna = await signedInClient(demo.katarzyna);
    const { items } = await katarzyna.payments.accounts({ limit: 100 });
    const el = await paymentsOf(katarzyna, 'pl');
    const options = all<HTMLOptionElement>(el, '[part="picker"] option');
    expect(options.map((option) => option.value)).to.deep.equal(items.map((a) => a.id));
    for (const part of ['online', 'points', 'card-form']) {
      expect(root(el).querySelector(`[part="${part}"]`), part).to.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  it("another tenant's resident gets nothing of Leśna 5: neither its accounts nor its payments", async () => {
    const account = await accountOf(anna, '12');
    const payment = await anna.payments.pay(account.id, {
      paymentTypeId: (await anna.payments.types()).items[0]?.id ?? '',
      amount: 100,
      returnUrl: location.href,
    });
    const irina = await signedInClient(demo.irina);
    const restore = returnedWith(payment.id);
    try {
      const el = await paymentsOf(irina, 'ru');
      await waitUntil(
        () => root(el).querySelector('[part="payment-result"][data-outcome="unknown"]'),
        'the payment was not refused',
      );
      expect(textOf(shadowPart(el, '[part="payment-result"]'))).to.equal(text.notFound);
      const options = all<HTMLOptionElement>(el, '[part="picker"] option').map((o) => textOf(o));
      expect(options).to.have.length(2);
      expect(root(el).textContent).to.not.contain('LES5');
      await shownAccount(el);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
    const refused = await irina.payments.entries(account.id).catch((error: unknown) => error);
    expect(refused).to.have.property('code', 'not_found');
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AtriumError, type AtriumClient, type Locale } from '@atrium/sdk';
import '../define/atrium-provider.js';
import '../define/atrium-fault-tickets.js';
import '../define/atrium-payments.js';
import type { AtriumClientViewEvent } from '../events/atrium-client-view.js';
import type { AtriumProvider } from './atrium-provider.js';
import { demo, locales, shadowPart, signedInClient, testClient } from '../testing/atrium-server.js';
import { all, root, textOf } from '../testing/widget-queries.js';

const text = {
  on: {
    ru: 'Портал глазами клиента: Anna Nowak. Это только просмотр — изменить здесь ничего нельзя.',
    pl: 'Portal oczami klienta: Anna Nowak. To tylko podgląd — niczego tu nie można zmienić.',
    en: 'The portal as the client sees it: Anna Nowak. This is a view only — nothing can be changed here.',
  },
  end: { ru: 'Завершить просмотр', pl: 'Zakończ podgląd', en: 'End view' },
  ended: {
    ru: 'Просмотр портала глазами клиента (Anna Nowak) завершён.',
    pl: 'Podgląd portalu oczami klienta (Anna Nowak) zakończył się.',
    en: 'The view of the portal as the client sees it (Anna Nowak) has ended.',
  },
  close: { ru: 'Закрыть', pl: 'Zamknij', en: 'Close' },
  readOnly: {
    ru: 'Это просмотр портала глазами клиента: здесь ничего нельзя изменить.',
    pl: 'To podgląd portalu oczami klienta: niczego tu nie można zmienić.',
    en: "This is a view of the client's portal: nothing can be changed here.",
  },
} satisfies Record<string, Record<Locale, string>>;

/** The widget's first page: the API's first page of this size. */
const PAGE_SIZE = 20;

let anna: AtriumClient;
let annaId: string;

before(async () => {
  anna = await signedInClient(demo.anna);
  annaId = (await anna.people.me()).id;
});

interface Page {
  wrapper: HTMLElement;
  provider: AtriumProvider;
  tickets: HTMLElement;
  payments: HTMLElement;
}

/** A page with a button before the provider, and two widgets inside it. */
async function pageOf(client: AtriumClient, locale: Locale): Promise<Page> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button id="before">Before</button>
      <atrium-provider .client=${client} locale=${locale}>
        <atrium-fault-tickets></atrium-fault-tickets>
        <atrium-payments></atrium-payments>
      </atrium-provider>
    </div>`,
  );
  const provider = wrapper.querySelector('atrium-provider') as AtriumProvider;
  const tickets = wrapper.querySelector('atrium-fault-tickets') as HTMLElement;
  const payments = wrapper.querySelector('atrium-payments') as HTMLElement;
  return { wrapper, provider, tickets, payments };
}

const status = (page: Page) => textOf(shadowPart(page.provider, '[part="client-view-status"]'));
const endButton = (page: Page) =>
  page.provider.shadowRoot?.querySelector<HTMLButtonElement>('[part="client-view-end"]') ?? null;
const rowIds = (tickets: HTMLElement) =>
  all(tickets, '[part="row"]').map((row) => row.dataset['ticket']);

/** Waits until the widget lists exactly the tickets `client` is given by the API. */
async function listsTicketsOf(tickets: HTMLElement, client: AtriumClient): Promise<void> {
  const expected = (await client.tickets.list({ limit: PAGE_SIZE })).items.map((t) => t.id);
  await waitUntil(
    () => JSON.stringify(rowIds(tickets)) === JSON.stringify(expected),
    `the widget never listed ${expected.length} tickets of the right person`,
    { timeout: 10000 },
  );
}

/**
 * Waits until the payments widget offers exactly the accounts `client` is given (no picker for
 * one), with the online payment only to someone who pays (not staff).
 */
async function showsAccountsOf(payments: HTMLElement, client: AtriumClient): Promise<void> {
  const expected = (await client.payments.accounts({ limit: 100 })).items.map((a) => a.id);
  const pays = !(await client.people.me()).roles.includes('manager');
  await waitUntil(
    () => {
      const offered = all<HTMLOptionElement>(payments, '[part="picker"] option').map(
        (o) => o.value,
      );
      const picked =
        expected.length < 2 ? offered.length === 0 : offered.join() === expected.join();
      return picked && Boolean(root(payments).querySelector('[part="online"]')) === pays;
    },
    `the payments widget never showed the ${expected.length} accounts of the right person`,
    { timeout: 10000 },
  );
}

async function started(page: Page, personId: string): Promise<AtriumClientViewEvent> {
  const began = oneEvent(page.provider, 'atrium-client-view') as Promise<AtriumClientViewEvent>;
  await page.provider.viewAsClient(personId);
  return began;
}

/** Fills "Report a fault" and sends it. */
async function reportFault(tickets: HTMLElement): Promise<void> {
  shadowPart(tickets, '[part="report"]').click();
  await waitUntil(() => root(tickets).querySelector('[part="form"]'), 'no form');
  shadowPart<HTMLSelectElement>(tickets, '[name="category"]').value = 'plumbing';
  shadowPart<HTMLTextAreaElement>(tickets, '[name="description"]').value =
    'The kitchen tap drips all night.';
  shadowPart(tickets, '[part="submit"]').click();
}

describe('atrium-provider client view (AUTH-3)', () => {
  for (const locale of locales) {
    it(`a manager sees Anna's portal under a banner saying whose it is; a change is refused in words; End view returns her own, in ${locale}`, async () => {
      const katarzyna = await signedInClient(demo.katarzyna);
      const page = await pageOf(katarzyna, locale);
      await listsTicketsOf(page.tickets, katarzyna);
      await showsAccountsOf(page.payments, katarzyna);
      expect(root(page.tickets).querySelector('[part="report"]'), 'staff report none').to.equal(
        null,
      );
      expect(status(page)).to.equal('');

      const { detail } = await started(page, annaId);

      expect(detail).to.deep.equal({ person: { id: annaId, name: 'Anna Nowak' } });
      await listsTicketsOf(page.tickets, anna);
      await showsAccountsOf(page.payments, anna);
      await waitUntil(() => root(page.tickets).querySelector('[part="report"]'), 'not Anna’s');
      expect(status(page)).to.equal(text.on[locale]);
      expect(textOf(endButton(page))).to.equal(text.end[locale]);
      await expect(page.wrapper).to.be.accessible();

      const before = (await anna.tickets.list({ limit: 100 })).items.length;
      await reportFault(page.tickets);
      await waitUntil(() => root(page.tickets).querySelector('[part="form-error"]'), 'no refusal', {
        timeout: 10000,
      });
      expect(textOf(shadowPart(page.tickets, '[part="form-error"]'))).to.equal(
        text.readOnly[locale],
      );
      expect((await anna.tickets.list({ limit: 100 })).items.length).to.equal(before);
      expect(status(page), 'a refused change does not end the view').to.equal(text.on[locale]);
      await expect(page.wrapper).to.be.accessible();

      const ended = oneEvent(page.provider, 'atrium-client-view') as Promise<AtriumClientViewEvent>;
      endButton(page)?.click();
      expect((await ended).detail).to.equal(null);
      await page.provider.updateComplete;
      expect(status(page)).to.equal('');
      expect(endButton(page)).to.equal(null);
      await listsTicketsOf(page.tickets, katarzyna);
      await showsAccountsOf(page.payments, katarzyna);
      expect(root(page.tickets).querySelector('[part="report"]')).to.equal(null);
      await expect(page.wrapper).to.be.accessible();
    });
  }

  it('keyboard only: Tab reaches "End view" first, and Enter ends the view', async () => {
    const page = await pageOf(await signedInClient(demo.katarzyna), 'en');
    await started(page, annaId);
    await page.provider.updateComplete;
    page.wrapper.querySelector<HTMLButtonElement>('#before')?.focus();

    await sendKeys({ press: 'Tab' });
    expect(page.provider.shadowRoot?.activeElement).to.equal(endButton(page));
    const ended = oneEvent(page.provider, 'atrium-client-view') as Promise<AtriumClientViewEvent>;
    await sendKeys({ press: 'Enter' });

    expect((await ended).detail).to.equal(null);
    await page.provider.updateComplete;
    expect(endButton(page)).to.equal(null);
    expect(status(page)).to.equal('');
  });

  for (const locale of locales) {
    it(`when the server refuses the view (the manager's sign-in ended elsewhere), it ends and the banner says so, in ${locale}`, async () => {
      const katarzyna = await signedInClient(demo.katarzyna);
      const page = await pageOf(katarzyna, locale);
      await started(page, annaId);
      await listsTicketsOf(page.tickets, anna);
      const session = (await katarzyna.auth.listSessions()).items.find((s) => s.current);
      await (await signedInClient(demo.katarzyna)).auth.revokeSession(session?.id ?? '');

      const ended = oneEvent(page.provider, 'atrium-client-view') as Promise<AtriumClientViewEvent>;
      await reportFault(page.tickets);

      expect((await ended).detail).to.equal(null);
      await page.provider.updateComplete;
      expect(status(page)).to.equal(text.ended[locale]);
      expect(textOf(endButton(page))).to.equal(text.close[locale]);
      // The widgets are the manager's again, whose sign-in the server ended too.
      await waitUntil(() => !root(page.tickets).querySelector('[part="report"]'), 'still Anna’s');
      await expect(page.wrapper).to.be.accessible();
      endButton(page)?.click();
      await page.provider.updateComplete;
      expect(status(page)).to.equal('');
      expect(endButton(page)).to.equal(null);
    });
  }

  it('ends when its time is up, saying so', async () => {
    // The server's 15 minutes, told as one second: the provider ends the view when it is told.
    const oneSecond: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (!url.endsWith('/client-view') || !response.ok) return response;
      const view = { ...((await response.json()) as object), expiresIn: 1 };
      return new Response(JSON.stringify(view), {
        status: response.status,
        headers: response.headers,
      });
    };
    const { client } = testClient(demo.katarzyna.tenant, { fetch: oneSecond });
    await client.auth.signIn({ email: demo.katarzyna.email, password: demo.katarzyna.password });
    const page = await pageOf(client, 'pl');
    await started(page, annaId);

    const { detail } = (await oneEvent(
      page.provider,
      'atrium-client-view',
    )) as AtriumClientViewEvent;

    expect(detail).to.equal(null);
    await page.provider.updateComplete;
    expect(status(page)).to.equal(text.ended.pl);
    await listsTicketsOf(page.tickets, client);
  });

  it('a view the server refuses is not opened: the promise rejects with its code', async () => {
    const katarzyna = await signedInClient(demo.katarzyna);
    const page = await pageOf(katarzyna, 'en');
    const staffId = (await katarzyna.people.me()).id;
    const refusal = await page.provider.viewAsClient(staffId).then(
      () => expect.fail('opened'),
      (error: unknown) => error,
    );
    expect(refusal).to.be.instanceOf(AtriumError);
    expect((refusal as AtriumError).code).to.equal('client_view_unavailable');

    const asAnna = await pageOf(await signedInClient(demo.anna), 'en');
    const forbidden = await asAnna.provider.viewAsClient(annaId).catch((error: unknown) => error);
    expect((forbidden as AtriumError).code).to.equal('forbidden');
    await page.provider.updateComplete;
    expect(status(page)).to.equal('');
    expect(endButton(page)).to.equal(null);
  });
});

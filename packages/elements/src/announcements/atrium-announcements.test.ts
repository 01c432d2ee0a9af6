import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AtriumClient } from '@atrium/sdk';
import type { AtriumAnnouncementReadEvent } from '../events/atrium-announcement-read.js';
import type { AtriumAnnouncements } from './atrium-announcements.js';
import {
  announcementsDemo,
  announcementsOf,
  everyAnnouncement,
  itemOf,
  showUntilListed,
  shownItems,
  unreadShown,
  type AnnouncementsDemo,
} from '../testing/announcements.js';
import {
  baseUrl,
  demo,
  failingFetch,
  locales,
  shadowPart,
  signedInClient,
  stallingFetch,
} from '../testing/atrium-server.js';
import { all, focused, root, textOf, retryLoads } from '../testing/widget-queries.js';

const text = {
  signedOut: {
    ru: 'Войдите, чтобы увидеть объявления управляющей компании и дома.',
    pl: 'Zaloguj się, aby zobaczyć ogłoszenia zarządcy i wspólnoty.',
    en: 'Sign in to see the announcements of your management company and community.',
  },
  unread: { ru: 'Не прочитано', pl: 'Nieprzeczytane', en: 'Unread' },
  internal: {
    ru: 'Внутреннее сообщение правления',
    pl: 'Komunikat wewnętrzny zarządu',
    en: 'Board’s internal notice',
  },
  forbidden: {
    ru: 'Запланированные и снятые объявления видят только управляющая компания и правление.',
    pl: 'Zaplanowane i zakończone ogłoszenia widzą tylko zarządca i zarząd wspólnoty.',
    en: 'Only the management company and the board see scheduled and ended announcements.',
  },
  noneScheduled: {
    ru: 'Запланированных объявлений нет.',
    pl: 'Nie ma zaplanowanych ogłoszeń.',
    en: 'No announcements are scheduled.',
  },
  loading: {
    ru: 'Загрузка объявлений…',
    pl: 'Wczytywanie ogłoszeń…',
    en: 'Loading the announcements…',
  },
} as const;

/** The widget's page size: its first page is the API's first page of this size. */
const PAGE_SIZE = 10;

let people: AnnouncementsDemo;
let anna: AtriumClient;
let jan: AtriumClient;
let katarzyna: AtriumClient;

before(async () => {
  people = await announcementsDemo();
  ({ anna, jan, katarzyna } = people);
});

describe('atrium-announcements', () => {
  for (const locale of locales) {
    it(`ANN-1: what Anna sees is the API's list, newest first, unread marked in words and counted in the heading, in ${locale}`, async () => {
      await people.fresh();
      const page = await anna.announcements.list({ limit: PAGE_SIZE });
      const el = await announcementsOf(anna, locale);
      expect(shownItems(el)).to.deep.equal(
        page.items.map(({ id, title, read }) => ({ id, title, read: String(read) })),
      );
      expect(page.unread).to.be.greaterThan(0);
      expect(unreadShown(el)).to.equal(page.unread);
      for (const announcement of page.items) {
        const item = itemOf(el, announcement.id);
        const mark = textOf(item?.querySelector('[part="toggle"] [part="unread"]'));
        expect(mark, announcement.title).to.equal(
          announcement.read ? undefined : text.unread[locale],
        );
        expect(textOf(item?.querySelector('[part="audience"]'))).to.contain(
          announcement.audienceName,
        );
        expect(textOf(item?.querySelector('[part="author"]'))).to.contain(announcement.author.name);
        // The date is the reader's language's, of the day it went up.
        const date = item?.querySelector('time');
        expect(date?.getAttribute('datetime')).to.equal(announcement.visibleFrom);
        const day = new Date(announcement.visibleFrom).getDate();
        expect(textOf(date)).to.match(new RegExp(`^${day} \\S+ \\d{4}$`));
      }
      // Folded: no text is shown until its title is opened.
      expect(all(el, '[part="body"]:not([hidden])')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it(`ANN-1: opening an unread announcement marks it read on the server, and the count drops without loading the list again, in ${locale}`, async () => {
      const fresh = await people.fresh();
      const requests: string[] = [];
      const client = await signedInClient(demo.anna, {
        hooks: {
          beforeRequest: [
            (request) => void requests.push(`${request.method} ${new URL(request.url).pathname}`),
          ],
        },
      });
      const el = await announcementsOf(client, locale);
      const before = unreadShown(el);
      expect(itemOf(el, fresh.id)?.dataset['read']).to.equal('false');
      const listed = requests.length;

      const toggle = shadowPart(el, `[part="toggle"][data-announcement="${fresh.id}"]`);
      const read = oneEvent(el, 'atrium-announcement-read') as Promise<AtriumAnnouncementReadEvent>;
      toggle.click();
      const { detail } = await read;
      await el.updateComplete;
      expect(detail.announcement.id).to.equal(fresh.id);
      expect(detail.unread).to.equal(before - 1);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const body = shadowPart(el, `#${toggle.getAttribute('aria-controls')}`);
      expect(body.hidden).to.equal(false);
      expect(textOf(body)).to.equal('Prosimy o zapoznanie się z nowym regulaminem.');
      expect(itemOf(el, fresh.id)?.dataset['read']).to.equal('true');
      expect(itemOf(el, fresh.id)?.querySelector('[part="unread"]')).to.equal(null);
      expect(unreadShown(el)).to.equal(before - 1);
      // One request: the mark. The list was not asked for again.
      expect(requests.slice(listed)).to.deep.equal([
        `PUT /t/lesna-5/announcements/${fresh.id}/read`,
      ]);
      expect((await anna.announcements.get(fresh.id)).read).to.equal(true);
      expect((await anna.announcements.list({ limit: 1 })).unread).to.equal(before - 1);
      await expect(el).to.be.accessible();

      // Folding and opening it again sends nothing more.
      toggle.click();
      await el.updateComplete;
      expect(body.hidden).to.equal(true);
      toggle.click();
      await el.updateComplete;
      expect(requests.length).to.equal(listed + 1);
    });

    it(`ANN-1: the board's internal notice is shown to Anna, on the board, and labelled; Jan, not on it, never sees it, in ${locale}`, async () => {
      const { internal } = people;
      const forAnna = await announcementsOf(anna, locale);
      const item = await showUntilListed(forAnna, internal.id);
      expect(textOf(item.querySelector('[part="toggle"] [part="internal"]'))).to.equal(
        text.internal[locale],
      );
      expect(all(forAnna, '[part="internal"]')).to.have.length(1);
      await expect(forAnna).to.be.accessible();

      const janSees = await everyAnnouncement(jan);
      expect(janSees.map(({ id }) => id)).to.not.include(internal.id);
      const forJan = await announcementsOf(jan, locale);
      expect(itemOf(forJan, internal.id)).to.equal(null);
      expect(all(forJan, '[part="internal"]')).to.have.length(0);
      // Not by its address either.
      const refused = await jan.announcements.get(internal.id).catch((error: unknown) => error);
      expect(refused).to.have.property('code', 'not_found');
    });

    it(`the states: signed out, loading, empty, offline with "Try again", refused; each passes axe, in ${locale}`, async () => {
      const signedOut = await fixture<AtriumAnnouncements>(
        html`<atrium-announcements
          base-url=${baseUrl}
          tenant="lesna-5"
          locale=${locale}
        ></atrium-announcements>`,
      );
      await waitUntil(() => root(signedOut).querySelector('[part="status"]'), 'no prompt');
      expect(textOf(shadowPart(signedOut, '[part="status"]'))).to.equal(text.signedOut[locale]);
      expect(root(signedOut).querySelector('[part="unread-count"]')).to.equal(null);
      await expect(signedOut).to.be.accessible();

      const stalling = stallingFetch(/\/announcements$/);
      const slow = await signedInClient(demo.anna, { fetch: stalling.fetch });
      const loading = await fixture<AtriumAnnouncements>(
        html`<atrium-announcements .client=${slow} locale=${locale}></atrium-announcements>`,
      );
      // The list asked for and not yet arrived: busy, its skeleton shown.
      await waitUntil(
        () => root(loading).querySelector('[part="base"][aria-busy="true"] [part="skeleton"]'),
        'no skeleton while the list loads',
      );
      expect(textOf(shadowPart(loading, '[part="status"]'))).to.equal(text.loading[locale]);
      await expect(loading).to.be.accessible();
      stalling.release();
      await waitUntil(() => root(loading).querySelector('[part="list"]'), 'never loaded');

      // Невский Апарт schedules none: its manager's scheduled list is empty.
      const petr = await signedInClient(demo.petr);
      const empty = await announcementsOf(petr, locale, 'scheduled');
      expect(textOf(shadowPart(empty, '[part="status"]'))).to.equal(text.noneScheduled[locale]);
      expect(shadowPart(empty, '[part="filter"] select').tagName).to.equal('SELECT');
      await expect(empty).to.be.accessible();

      const offline = await signedInClient(demo.anna, {
        fetch: failingFetch(/\/announcements$/, 1),
        retry: { limit: 0 },
      });
      await retryLoads(await announcementsOf(offline, locale), locale, '[part="list"]');

      // Jan publishes nothing: the scheduled ones are refused him, said in his words.
      const refused = await announcementsOf(jan, locale, 'scheduled');
      expect(textOf(shadowPart(refused, '[role="alert"]'))).to.equal(text.forbidden[locale]);
      expect(root(refused).querySelector('[part="filter"]')).to.equal(null);
      await expect(refused).to.be.accessible();
    });
  }

  it('Markdown arrives as HTML: a list, bold and a link are rendered; a script, an event handler or a javascript: link in the body never runs', async () => {
    const trap = window as unknown as { atriumInjected?: number };
    delete trap.atriumInjected;
    const fresh = await people.fresh(
      [
        'Prosimy o **terminowe** wnoszenie opłat:',
        '',
        '- czynsz do 10. dnia miesiąca,',
        '- fundusz remontowy razem z czynszem,',
        '- media według odczytów.',
        '',
        'Szczegóły w [regulaminie](https://lesna5.example/regulamin).',
        '',
        '<script>window.atriumInjected = 1</script>',
        '',
        '<img src="x" onerror="window.atriumInjected = 2">',
        '',
        '[kliknij](javascript:window.atriumInjected=3)',
      ].join('\n'),
    );
    const el = await announcementsOf(jan, 'pl');
    shadowPart(el, `[part="toggle"][data-announcement="${fresh.id}"]`).click();
    await el.updateComplete;
    const body = itemOf(el, fresh.id)?.querySelector('[part="body"]') as HTMLElement;
    expect(body.hidden).to.equal(false);
    expect(textOf(body.querySelector('strong'))).to.equal('terminowe');
    expect([...body.querySelectorAll('ul > li')].map((li) => textOf(li))).to.deep.equal([
      'czynsz do 10. dnia miesiąca,',
      'fundusz remontowy razem z czynszem,',
      'media według odczytów.',
    ]);
    const link = body.querySelector('a[href="https://lesna5.example/regulamin"]');
    expect(textOf(link)).to.equal('regulaminie');
    // Whatever the server made of them, nothing of them can run.
    expect(body.querySelector('script, [onerror], iframe, object, embed')).to.equal(null);
    for (const anchor of body.querySelectorAll('a')) {
      expect(anchor.getAttribute('href') ?? '').to.not.match(/^\s*javascript:/i);
    }
    for (const anchor of body.querySelectorAll('a'))
      anchor.addEventListener('click', (e) => e.preventDefault());
    for (const anchor of body.querySelectorAll('a')) anchor.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(trap.atriumInjected).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('keyboard alone: Tab reaches each title, Enter and Space unfold and fold, Tab goes through the links of an open one, "Show more" takes the focus to the first added', async () => {
    // More than a page for Jan, the newest with a link in it.
    const listed = (await everyAnnouncement(jan)).length;
    for (let i = listed; i < PAGE_SIZE + 1; i++) await people.fresh();
    const fresh = await people.fresh('Zobacz [harmonogram](https://lesna5.example/harmonogram).');
    const el = await announcementsOf(jan, 'pl');
    const toggles = () => all(el, '[part="toggle"]');
    expect(toggles()[0]?.dataset['announcement']).to.equal(fresh.id);

    for (let i = 0; i < 10 && focused(el) !== toggles()[0]; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(toggles()[0]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => itemOf(el, fresh.id)?.dataset['read'] === 'true', 'not marked read');
    expect(toggles()[0]?.getAttribute('aria-expanded')).to.equal('true');
    expect((await jan.announcements.get(fresh.id)).read).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(itemOf(el, fresh.id)?.querySelector('[part="body"] a'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(toggles()[1]);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggles()[1]?.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggles()[1]?.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused(el)).to.equal(toggles()[0]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggles()[0]?.getAttribute('aria-expanded')).to.equal('false');

    const more = shadowPart(el, '[part="more"]');
    for (let i = 0; i < 30 && focused(el) !== more; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(more);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => toggles().length > PAGE_SIZE, 'no more announcements');
    await waitUntil(() => focused(el) === toggles()[PAGE_SIZE], 'the focus stayed behind');
    await expect(el).to.be.accessible();
  });

  it('authors: Katarzyna, the manager, lists the scheduled and the ended ones as the API does, each with its window', async () => {
    const el = await announcementsOf(katarzyna, 'pl');
    for (const status of ['scheduled', 'ended'] as const) {
      const page = await katarzyna.announcements.list({ status, limit: PAGE_SIZE });
      expect(page.items.length, status).to.be.greaterThan(0);
      const select = shadowPart<HTMLSelectElement>(el, '[part="filter"] select');
      select.value = status;
      select.dispatchEvent(new Event('change'));
      await waitUntil(
        () => root(el).querySelector(`[part="item"][data-status="${status}"]`),
        `no ${status} announcements`,
      );
      expect(el.status).to.equal(status);
      expect(shownItems(el).map(({ id }) => id)).to.deep.equal(page.items.map(({ id }) => id));
      for (const item of all(el, '[part="item"]')) {
        expect(item.querySelector('[part="badge"]')?.getAttribute('data-status')).to.equal(status);
        expect(item.querySelector('[part="window"]')).to.not.equal(null);
        expect(item.querySelector('[part="unread"]')).to.equal(null);
      }
      await expect(el).to.be.accessible();
    }
  });

  it('another person signed in on the same page gets their own read marks, none of the last one’s', async () => {
    const fresh = await people.fresh();
    const client = await signedInClient(demo.anna);
    const el = await announcementsOf(client, 'pl');
    shadowPart(el, `[part="toggle"][data-announcement="${fresh.id}"]`).click();
    await waitUntil(() => itemOf(el, fresh.id)?.dataset['read'] === 'true', 'not marked read');

    await client.auth.signOut();
    await client.auth.signIn({ email: demo.jan.email, password: demo.jan.password });
    await waitUntil(() => itemOf(el, fresh.id)?.dataset['read'] === 'false', 'Anna’s mark stayed');
    const toggle = shadowPart(el, `[part="toggle"][data-announcement="${fresh.id}"]`);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(unreadShown(el)).to.equal((await jan.announcements.list({ limit: 1 })).unread);
  });

  it("another tenant's owner sees her own tenant's announcements and none of Leśna 5's", async () => {
    const irina = await signedInClient(demo.irina);
    const hers = await everyAnnouncement(irina);
    expect(hers.length).to.be.greaterThan(0);
    const lesna = new Set(
      (
        await Promise.all(
          (['current', 'scheduled', 'ended'] as const).map((status) =>
            everyAnnouncement(katarzyna, status),
          ),
        )
      )
        .flat()
        .map(({ id }) => id),
    );
    const el = await announcementsOf(irina, 'ru');
    const shown = shownItems(el);
    expect(shown.map(({ id }) => id)).to.deep.equal(hers.slice(0, PAGE_SIZE).map(({ id }) => id));
    expect(shown.filter(({ id }) => lesna.has(id ?? ''))).to.deep.equal([]);
    const [one] = lesna;
    const refused = await irina.announcements.get(one ?? '').catch((error: unknown) => error);
    expect(refused).to.have.property('code', 'not_found');
    const unmarked = await irina.announcements.markRead(one ?? '').catch((error: unknown) => error);
    expect(unmarked).to.have.property('code', 'not_found');
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import type { AtriumClient, Locale, OwnerStats } from '@atrium/sdk';
import '../define/atrium-apartment-stats.js';
import '../define/atrium-provider.js';
import { connectTo } from '../core/connection.js';
import { money, monthLabel, percent } from '../core/format.js';
import { addMonths } from '../core/months.js';
import type { AtriumApartmentStats } from './atrium-apartment-stats.js';
import {
  baseUrl,
  demo,
  failingFetch,
  locales,
  shadowPart,
  signedInClient,
  testClient,
} from '../testing/atrium-server.js';
import { networkError, root } from '../testing/widget-queries.js';

const text = {
  picker: {
    ru: ['Все апартаменты', 'Апартаменты 101', 'Апартаменты 204'],
    pl: ['Wszystkie lokale', 'Lokal 101', 'Lokal 204'],
    en: ['All units', 'Unit 101', 'Unit 204'],
  },
  noUnits: {
    ru: 'У вашей учётной записи нет апартаментов в собственности, поэтому статистики нет.',
    pl: 'Twoje konto nie jest właścicielem żadnego lokalu, więc nie ma tu statystyk.',
    en: 'Your account owns no apartments here, so there are no statistics to show.',
  },
  signedOut: {
    ru: 'Войдите, чтобы увидеть статистику своих апартаментов.',
    pl: 'Zaloguj się, aby zobaczyć statystyki swoich lokali.',
    en: 'Sign in to see the statistics of your apartments.',
  },
  occupancy: { ru: 'Загрузка', pl: 'Obłożenie', en: 'Occupancy' },
} satisfies Record<string, Record<Locale, unknown>>;

const textOf = (el: Element, selector: string) =>
  shadowPart(el, selector).textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits until the figures are in (or a message replaced them). */
async function loaded(el: AtriumApartmentStats): Promise<void> {
  await waitUntil(
    () =>
      root(el).querySelector('[part="totals"], [part="status"]:not(:has(+ [part="skeleton"]))') &&
      root(el).querySelector('[part="base"]')?.getAttribute('aria-busy') === 'false',
    'the statistics never arrived',
    { timeout: 10000 },
  );
}

async function statsOf(client: AtriumClient, locale: Locale): Promise<AtriumApartmentStats> {
  const el = await fixture<AtriumApartmentStats>(
    html`<atrium-apartment-stats .client=${client} locale=${locale}></atrium-apartment-stats>`,
  );
  await loaded(el);
  return el;
}

async function choose(el: Element, selector: string, value: string): Promise<void> {
  const select = shadowPart<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await (el as AtriumApartmentStats).updateComplete;
  await loaded(el as AtriumApartmentStats);
}

/** The cells of the table row for `month`. */
const rowCells = (el: Element, month: string) =>
  [...root(el).querySelectorAll(`[data-month="${month}"] > *`)].map(
    (cell) => cell.textContent?.trim() ?? '',
  );

let irina: AtriumClient;
let units: Record<string, string>;
before(async () => {
  irina = await signedInClient(demo.irina);
  const me = await irina.people.me();
  units = Object.fromEntries(me.units.map((unit) => [unit.number, unit.id]));
});

afterEach(async () => {
  await connectTo(baseUrl, 'demo-hotel').client.auth.signOut();
  localStorage.clear();
});

const thisMonth = () => new Date().toISOString().slice(0, 7);

describe('atrium-apartment-stats', () => {
  for (const locale of locales) {
    it(`OWN-1: Irina picks a unit and the table shows the server's figures for it, in ${locale}`, async () => {
      const el = await statsOf(irina, locale);
      const options = [...root(el).querySelectorAll('[part="picker"] option')];
      expect(options.map((o) => o.textContent?.trim())).to.deep.equal(text.picker[locale]);
      await choose(el, '[part="picker"] select', units['204'] as string);
      el.view = 'table';
      await el.updateComplete;

      const direct = await irina.stats.ownerStats({ unitId: units['204'] });
      const last = direct.months.at(-1) as OwnerStats['months'][number];
      const cells = rowCells(el, last.month);
      expect(cells[0]).to.equal(monthLabel(last.month, locale, 'LLLL yyyy'));
      expect(cells[3]).to.equal(percent(last.figures.occupancy, locale));
      expect(cells[6]).to.equal(money(last.figures.accommodationRevenue, 'RUB', locale));
      expect(shadowPart(el, '[part="totals-row"] td:nth-of-type(6)').textContent).to.equal(
        money(direct.totals.accommodationRevenue, 'RUB', locale),
      );
      expect(textOf(el, 'caption')).to.contain(text.picker[locale][2]);
      await expect(el).to.be.accessible();
    });
  }

  it('OWN-1: "all units" is the sum of both units, month by month', async () => {
    const el = await statsOf(irina, 'en');
    el.view = 'table';
    await el.updateComplete;
    const [a, b] = await Promise.all([
      irina.stats.ownerStats({ unitId: units['101'] }),
      irina.stats.ownerStats({ unitId: units['204'] }),
    ]);
    expect(a.months.length).to.be.greaterThan(0);
    a.months.forEach((month, i) => {
      const other = b.months[i]?.figures;
      const cells = rowCells(el, month.month);
      expect(cells[1]).to.equal(String(month.figures.nightsSold + (other?.nightsSold ?? 0)));
      expect(cells[6]).to.equal(
        money(month.figures.accommodationRevenue + (other?.accommodationRevenue ?? 0), 'RUB', 'en'),
      );
    });
    await expect(el).to.be.accessible();
  });

  it('OWN-2: the period offers the last 24 completed months only; a narrower one reloads', async () => {
    const el = await statsOf(irina, 'pl');
    const direct = await irina.stats.ownerStats();
    const last = direct.lastCompletedMonth as string;
    expect(last < thisMonth()).to.equal(true);
    const months = [...root(el).querySelectorAll<HTMLOptionElement>('[data-range="from"] option')];
    expect(months.length).to.equal(24);
    expect(months[0]?.value).to.equal(addMonths(last, -23));
    expect(months.at(-1)?.value).to.equal(last);
    expect(months.some((option) => option.value >= thisMonth())).to.equal(false);
    expect(shadowPart<HTMLSelectElement>(el, '[data-range="from"]').value).to.equal(
      addMonths(last, -11),
    );

    await choose(el, '[data-range="from"]', addMonths(last, -2));
    el.view = 'table';
    await el.updateComplete;
    expect(root(el).querySelectorAll('tbody tr').length).to.equal(3);
    // A start after the end moves the end along.
    await choose(el, '[data-range="to"]', addMonths(last, -5));
    expect(shadowPart<HTMLSelectElement>(el, '[data-range="from"]').value).to.equal(
      addMonths(last, -5),
    );
    expect(root(el).querySelectorAll('tbody tr').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('switches to the table and back to the charts with the keyboard; each chart is a named image', async () => {
    const el = await statsOf(irina, 'en');
    const charts = shadowPart(el, '[data-view="charts"]');
    const table = shadowPart(el, '[data-view="table"]');
    expect(charts.getAttribute('aria-pressed')).to.equal('true');
    const canvases = [...root(el).querySelectorAll('canvas')];
    expect(canvases.length).to.equal(3);
    for (const canvas of canvases) {
      expect(canvas.getAttribute('role')).to.equal('img');
      expect(Chart.getChart(canvas), 'a chart on every canvas').to.not.equal(undefined);
    }
    expect(canvases[0]?.getAttribute('aria-label')).to.match(/^Occupancy, .+ to .+: lowest .+%/);
    await expect(el).to.be.accessible();

    charts.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(table);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(table.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('canvas')).to.equal(null);
    expect(root(el).querySelector('table')).to.not.equal(null);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(charts.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelectorAll('canvas').length).to.equal(3);
  });

  it('redraws the charts in the new language when the locale changes', async () => {
    const el = await statsOf(irina, 'en');
    const canvas = () => shadowPart<HTMLCanvasElement>(el, '[data-chart="occupancy"] canvas');
    const label = () => Chart.getChart(canvas())?.data.labels?.[0];
    const month = (await irina.stats.ownerStats()).months[0]?.month as string;
    expect(label()).to.equal(monthLabel(month, 'en', 'LLL yyyy'));
    for (const locale of ['ru', 'pl'] as const) {
      el.locale = locale;
      await el.updateComplete;
      expect(label()).to.equal(monthLabel(month, locale, 'LLL yyyy'));
      expect(canvas().getAttribute('aria-label')).to.contain(text.occupancy[locale]);
      expect(textOf(el, '[data-chart="occupancy"] figcaption')).to.equal(text.occupancy[locale]);
    }
  });

  it('ORG-2: takes the chart colours from the theme tokens, the tenant’s branding included', async () => {
    const branding = await irina.tenants.branding();
    const el = await statsOf(irina, 'en');
    await waitUntil(() => el.style.getPropertyValue('--atrium-color-primary'), 'no branding');
    el.requestUpdate();
    await el.updateComplete;
    const color = (chart: string, series: number) =>
      Chart.getChart(shadowPart<HTMLCanvasElement>(el, `[data-chart="${chart}"] canvas`))?.data
        .datasets[series]?.backgroundColor;
    expect(color('occupancy', 0)).to.equal(branding.colors.primary);
    // A token the branding leaves to the page.
    const wrapper = el.parentElement as HTMLElement;
    wrapper.style.setProperty('--atrium-color-chart-3', 'rgb(200, 0, 100)');
    el.requestUpdate();
    await el.updateComplete;
    expect(color('revenue', 2)).to.equal('rgb(200, 0, 100)');
  });

  for (const locale of locales) {
    it(`a manager, who owns no unit, is told there is nothing to show, in ${locale}`, async () => {
      const petr = await signedInClient(demo.petr);
      const el = await statsOf(petr, locale);
      expect(textOf(el, '[part="status"]')).to.equal(text.noUnits[locale]);
      expect(root(el).querySelector('[part="picker"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('one unit: no picker; no completed month yet: a clear message', async () => {
    const anna = await signedInClient(demo.anna);
    const answer = await anna.stats.ownerStats();
    const el = await statsOf(anna, 'pl');
    expect(root(el).querySelector('[part="picker"]')).to.equal(null);
    if (answer.lastCompletedMonth === null) {
      expect(textOf(el, '[part="status"]')).to.match(/Żaden miesiąc nie jest jeszcze zamknięty/);
    } else {
      expect(root(el).querySelector('[part="totals"]')).to.not.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  for (const locale of locales) {
    it(`an unreachable server shows an error, and "try again" loads the figures, in ${locale}`, async () => {
      const client = await signedInClient(demo.irina, {
        retry: { limit: 0 },
        fetch: failingFetch(/\/owner\/stats$/, 1),
      });
      const el = await statsOf(client, locale);
      expect(textOf(el, '[role="alert"]')).to.equal(networkError[locale]);
      await expect(el).to.be.accessible();
      shadowPart(el, '[part="retry"]').click();
      await waitUntil(() => root(el).querySelector('[part="totals"]'), 'no figures after retry');
      await expect(el).to.be.accessible();
    });
  }

  for (const locale of locales) {
    it(`signed out, it asks to sign in, then shows the figures once signed in, in ${locale}`, async () => {
      const connection = connectTo(baseUrl, 'demo-hotel');
      const el = await fixture<AtriumApartmentStats>(
        html`<atrium-provider base-url=${baseUrl} tenant="demo-hotel" locale=${locale}>
          <atrium-apartment-stats></atrium-apartment-stats>
        </atrium-provider>`,
      );
      const stats = el.querySelector('atrium-apartment-stats') as AtriumApartmentStats;
      await waitUntil(() => root(stats).querySelector('[part="status"]'), 'no prompt');
      expect(textOf(stats, '[part="status"]')).to.equal(text.signedOut[locale]);
      await expect(stats).to.be.accessible();
      await connection.client.auth.signIn({
        email: demo.irina.email,
        password: demo.irina.password,
      });
      await waitUntil(() => root(stats).querySelector('[part="totals"]'), 'no figures', {
        timeout: 10000,
      });
    });
  }

  it('works standalone with base-url and tenant', async () => {
    await connectTo(baseUrl, 'demo-hotel').client.auth.signIn({
      email: demo.irina.email,
      password: demo.irina.password,
    });
    const el = await fixture<AtriumApartmentStats>(
      html`<atrium-apartment-stats
        base-url=${baseUrl}
        tenant="demo-hotel"
        locale="ru"
      ></atrium-apartment-stats>`,
    );
    await waitUntil(() => root(el).querySelector('[part="totals"]'), 'no figures', {
      timeout: 10000,
    });
    await expect(el).to.be.accessible();
  });

  it('without a provider, client or base-url it says it is not connected', async () => {
    const el = await fixture<AtriumApartmentStats>(
      html`<atrium-apartment-stats locale="en"></atrium-apartment-stats>`,
    );
    expect(textOf(el, '[role="alert"]')).to.match(/not connected/);
    void testClient;
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AtriumClient, Locale } from '@atrium/sdk';
import '../define/atrium-reports.js';
import { connectTo } from '../core/connection.js';
import { monthLabel } from '../core/format.js';
import type { AtriumReportDownloadEvent } from '../events/atrium-report-download.js';
import type { AtriumReports } from './atrium-reports.js';
import {
  baseUrl,
  demo,
  failingFetch,
  locales,
  shadowPart,
  signedInClient,
  stallingFetch,
  testClient,
} from '../testing/atrium-server.js';
import { networkError, root } from '../testing/widget-queries.js';

const text = {
  statement: {
    ru: 'Ежемесячная выписка',
    pl: 'Zestawienie miesięczne',
    en: 'Monthly statement',
  },
  agent_report: { ru: 'Агентский отчёт', pl: 'Raport agenta', en: 'Agent report' },
  more: { ru: 'Показать ещё', pl: 'Pokaż więcej', en: 'Show more' },
  empty: {
    ru: 'Отчётов пока нет. Выписка появится здесь после каждого завершённого месяца.',
    pl: 'Nie ma jeszcze raportów. Zestawienie pojawi się tu po każdym zamkniętym miesiącu.',
    en: 'No reports yet. A statement appears here for each completed month.',
  },
  downloading: { ru: 'Скачивание PDF: ', pl: 'Pobieranie PDF: ', en: 'Downloading PDF: ' },
} satisfies Record<string, Record<Locale, unknown>>;

const rows = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part="row"]')];
// The demo owner has agent reports too (OWN-5); downloads below are of statements.
const statementRows = (el: Element) =>
  rows(el).filter((row) => row.dataset['report']?.startsWith('statement-'));
const cellsOf = (row: HTMLElement) =>
  [...row.children].map((cell) => cell.textContent?.trim() ?? '');

async function reportsOf(client: AtriumClient, locale: Locale): Promise<AtriumReports> {
  const el = await fixture<AtriumReports>(
    html`<atrium-reports .client=${client} locale=${locale}></atrium-reports>`,
  );
  await waitUntil(
    () =>
      root(el).querySelector('[part="list"], [role="alert"]') ||
      root(el).querySelector('[part="status"]:not(:has(+ [part="skeleton"]))'),
    'the reports never arrived',
    { timeout: 10000 },
  );
  return el;
}

/**
 * A fetch that hands a statement's body over in small pieces, slowly, as a large file over a
 * slow line arrives (the server's answer itself is untouched).
 */
const slowFiles: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const url = input instanceof Request ? input.url : String(input);
  if (!url.includes('/reports/statements/') || !response.body) return response;
  const reader = response.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      for (let i = 0; i < value.byteLength; i += 4096) {
        await new Promise((resolve) => setTimeout(resolve, 40));
        controller.enqueue(value.slice(i, i + 4096));
      }
    },
  });
  return new Response(body, { status: response.status, headers: response.headers });
};

let irina: AtriumClient;
before(async () => {
  irina = await signedInClient(demo.irina);
});

afterEach(async () => {
  await connectTo(baseUrl, 'demo-hotel').client.auth.signOut();
  localStorage.clear();
});

describe('atrium-reports', () => {
  for (const locale of locales) {
    it(`OWN-5: lists Irina's statements newest first, and "show more" adds the next page, in ${locale}`, async () => {
      const el = await reportsOf(irina, locale);
      const direct = await irina.reports.list({ limit: 12 });
      expect(rows(el).length).to.equal(12);
      const [first] = rows(el);
      const report = direct.items[0];
      expect(cellsOf(first as HTMLElement).slice(0, 3)).to.deep.equal([
        text[report?.kind ?? 'statement'][locale],
        monthLabel(report?.month as string, locale, 'LLLL yyyy'),
        report?.unitNumber,
      ]);
      const months = direct.items.map((item) => item.month);
      expect(months).to.deep.equal([...months].sort().reverse());
      const more = shadowPart<HTMLButtonElement>(el, '[part="more"]');
      expect(more.textContent?.trim()).to.equal(text.more[locale]);
      await expect(el).to.be.accessible();

      more.focus();
      more.click();
      await waitUntil(() => rows(el).length === 24, 'no second page', { timeout: 10000 });
      const next = await irina.reports.list({ limit: 12, cursor: direct.nextCursor as string });
      expect(rows(el)[12]?.dataset['report']).to.equal(next.items[0]?.id);
      expect(root(el).activeElement?.closest('[part="row"]')).to.equal(rows(el)[12]);
      await expect(el).to.be.accessible();
    });
  }

  it('OWN-1: the unit filter narrows the list to one unit', async () => {
    const el = await reportsOf(irina, 'en');
    const unit204 = (await irina.people.me()).units.find((u) => u.number === '204');
    const select = shadowPart<HTMLSelectElement>(el, '[part="picker"] select');
    select.value = unit204?.id as string;
    select.dispatchEvent(new Event('change'));
    await waitUntil(
      () => rows(el).length && rows(el).every((row) => cellsOf(row)[2] === '204'),
      'not filtered',
      { timeout: 10000 },
    );
    expect(shadowPart(el, 'caption').textContent).to.contain('Unit 204');
    await expect(el).to.be.accessible();
  });

  for (const locale of locales) {
    it(`OWN-5: a download started by keyboard keeps focus on its button, shows its progress, then hands over a PDF named by the server, in ${locale}`, async () => {
      const stalled = stallingFetch(/\/reports\/statements\//);
      const { client, requests } = testClient(demo.irina.tenant, { fetch: stalled.fetch });
      await client.auth.signIn({ email: demo.irina.email, password: demo.irina.password });
      const downloads = () => requests.filter((path) => path.includes('/reports/statements/'));
      const el = await reportsOf(client, locale);
      const row = statementRows(el)[0] as HTMLElement;
      const button = row.querySelector('[data-format="pdf"]') as HTMLButtonElement;
      expect(button.getAttribute('aria-label')).to.match(/PDF/);
      const arrived = oneEvent(el, 'atrium-report-download') as Promise<AtriumReportDownloadEvent>;
      el.addEventListener('atrium-report-download', (event) => event.preventDefault(), {
        once: true,
      });

      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => row.querySelector('progress'), 'no progress bar');
      const progress = row.querySelector('progress') as HTMLProgressElement;
      expect(progress.getAttribute('aria-label')).to.satisfy((label: string) =>
        label.startsWith(text.downloading[locale]),
      );
      // The very button the reader pressed stays, focused, unavailable and described by the bar.
      expect(row.querySelector('[data-format="pdf"]')).to.equal(button);
      expect(document.activeElement).to.equal(el);
      expect(root(el).activeElement).to.equal(button);
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.getAttribute('aria-describedby')).to.equal(progress.id);
      await expect(el).to.be.accessible();

      // Pressing it again while the file travels starts no second download.
      await sendKeys({ press: 'Enter' });
      expect(downloads()).to.have.length(1);

      stalled.release();
      const { detail } = await arrived;
      const head = new TextDecoder().decode(await detail.blob.slice(0, 5).arrayBuffer());
      expect(head).to.equal('%PDF-');
      expect(detail.fileName).to.match(/^statement-\d+-\d{4}-\d{2}\.pdf$/);
      expect(detail.blob.type).to.equal('application/pdf');
      await waitUntil(() => !row.querySelector('progress'), 'the progress bar stayed');
      expect(root(el).activeElement).to.equal(button);
      expect(button.hasAttribute('aria-disabled')).to.equal(false);
      expect(button.hasAttribute('aria-describedby')).to.equal(false);
      expect(downloads()).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  it('OWN-5: a reader who moves on during a download keeps their place when it ends', async () => {
    const stalled = stallingFetch(/\/reports\/statements\//);
    const client = await signedInClient(demo.irina, { fetch: stalled.fetch });
    const el = await reportsOf(client, 'en');
    const row = statementRows(el)[0] as HTMLElement;
    const pdf = row.querySelector('[data-format="pdf"]') as HTMLButtonElement;
    const arrived = oneEvent(el, 'atrium-report-download');
    el.addEventListener('atrium-report-download', (event) => event.preventDefault(), {
      once: true,
    });

    pdf.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => row.querySelector('progress'), 'no progress bar');
    // Tab past the progress bar to the next button.
    await sendKeys({ press: 'Tab' });
    const xlsx = row.querySelector('[data-format="xlsx"]');
    expect(root(el).activeElement).to.equal(xlsx);

    stalled.release();
    await arrived;
    await waitUntil(() => !row.querySelector('progress'), 'the progress bar stayed');
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(xlsx);
    await expect(el).to.be.accessible();
  });

  it('a download with a known size shows a percentage', async () => {
    const client = await signedInClient(demo.irina, {
      fetch: async (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if (!url.includes('/reports/statements/')) return fetch(input, init);
        // As for an uploaded agent report, whose size the server sends.
        const size = (await (await fetch(input, init)).arrayBuffer()).byteLength;
        const response = await slowFiles(input, init);
        const headers = new Headers(response.headers);
        headers.set('content-length', String(size));
        return new Response(response.body, { status: response.status, headers });
      },
    });
    const el = await reportsOf(client, 'en');
    const row = statementRows(el)[0] as HTMLElement;
    el.addEventListener('atrium-report-download', (event) => event.preventDefault());
    row.querySelector<HTMLButtonElement>('[data-format="xlsx"]')?.click();
    await waitUntil(() => row.querySelector('progress[max]'), 'no determinate progress bar');
    expect(row.querySelector('.progress')?.textContent).to.match(/\d+%/);
    await waitUntil(() => !row.querySelector('progress'), 'the progress bar stayed', {
      timeout: 10000,
    });
  });

  for (const locale of locales) {
    it(`a failed download says why in the row, in ${locale}`, async () => {
      const client = await signedInClient(demo.irina, {
        retry: { limit: 0 },
        fetch: failingFetch(/\/reports\/statements\//),
      });
      const el = await reportsOf(client, locale);
      const row = statementRows(el)[0] as HTMLElement;
      row.querySelector<HTMLButtonElement>('[data-format="pdf"]')?.click();
      await waitUntil(() => row.querySelector('[part="row-error"]'), 'no error shown');
      expect(row.querySelector('[part="row-error"]')?.textContent).to.equal(networkError[locale]);
      await expect(el).to.be.accessible();
    });
  }

  for (const locale of locales) {
    it(`the list failing to load shows an error and "try again", in ${locale}`, async () => {
      const client = await signedInClient(demo.irina, {
        retry: { limit: 0 },
        fetch: failingFetch(/\/reports$/, 1),
      });
      const el = await reportsOf(client, locale);
      expect(shadowPart(el, '[role="alert"]').textContent).to.equal(networkError[locale]);
      await expect(el).to.be.accessible();
      shadowPart(el, '[part="retry"]').click();
      await waitUntil(() => rows(el).length, 'no reports after retry', { timeout: 10000 });
    });
  }

  for (const locale of locales) {
    it(`a manager with no uploaded agent report sees the empty state, in ${locale}`, async () => {
      // Leśna 5 has no agent reports (demo-hotel's manager uploaded some)
      const katarzyna = await signedInClient(demo.katarzyna);
      const el = await reportsOf(katarzyna, locale);
      expect(shadowPart(el, '[part="status"]').textContent).to.equal(text.empty[locale]);
      expect(root(el).querySelector('[part="picker"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('signed out, it asks to sign in', async () => {
    const el = await fixture<AtriumReports>(
      html`<atrium-reports base-url=${baseUrl} tenant="demo-hotel" locale="en"></atrium-reports>`,
    );
    await waitUntil(() => root(el).querySelector('[part="status"]'), 'no prompt');
    expect(shadowPart(el, '[part="status"]').textContent).to.equal(
      'Sign in to see your reports and statements.',
    );
    await expect(el).to.be.accessible();
  });
});

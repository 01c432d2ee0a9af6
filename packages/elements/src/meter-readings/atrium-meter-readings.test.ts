import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import {
  AtriumError,
  type AtriumClient,
  type Locale,
  type Meter,
  type MeterPage,
} from '@atrium/sdk';
import '../define/atrium-meter-readings.js';
import { connectTo } from '../core/connection.js';
import { dateLabel, monthLabel } from '../core/format.js';
import { addMonths } from '../core/months.js';
import type { AtriumReadingsDownloadEvent } from '../events/atrium-readings-download.js';
import type { AtriumReadingsSubmittedEvent } from '../events/atrium-readings-submitted.js';
import type { AtriumMeterReadings } from './atrium-meter-readings.js';
import { addMessages, translator } from '../core/i18n.js';
import { monthlyUse } from './history-chart.js';
import { meterReadingsMessages } from './locales/index.js';
import { problemText } from './problem-text.js';
import { compareValues, valueText } from './reading-value.js';
import {
  baseUrl,
  demo,
  locales,
  shadowPart,
  signedInClient,
  testClient,
} from '../testing/atrium-server.js';
import { root } from '../testing/widget-queries.js';

type Words = Record<Locale, (...values: string[]) => string>;

const text = {
  coldWater: { ru: 'Холодная вода', pl: 'Zimna woda', en: 'Cold water' },
  cubicMetres: { ru: 'м³', pl: 'm³', en: 'm³' },
  tooManyDigits: {
    ru: 'Слишком много цифр: у этого счётчика 5 цифр до запятой и 3 цифры после неё.',
    pl: 'Za dużo cyfr: ten licznik ma 5 cyfr przed przecinkiem i 3 cyfry po nim.',
    en: 'Too many digits: this meter has 5 digits before the decimal point and 3 digits after it.',
  },
  rollover: {
    ru: 'Счётчик дошёл до максимума и начал отсчёт с нуля',
    pl: 'Licznik przekroczył maksimum i zaczął liczyć od zera',
    en: 'The meter passed its maximum and started again from zero',
  },
  commentRequired: {
    ru: 'Напишите, почему это значение верное.',
    pl: 'Napisz, dlaczego ta wartość jest prawidłowa.',
    en: 'Say why the value is right.',
  },
  flagged: {
    ru: 'Отмечено для проверки управляющим.',
    pl: 'Oznaczono do sprawdzenia przez zarządcę.',
    en: 'Flagged for the manager to check.',
  },
  expired: {
    ru: 'Срок поверки истёк: показания не принимаются, пока счётчик не поверят снова.',
    pl: 'Legalizacja wygasła: odczyty nie są przyjmowane do czasu ponownej legalizacji.',
    en: 'Expired: no reading is accepted until the meter is verified again.',
  },
  replaced: { ru: 'Заменены', pl: 'Zastąpiony', en: 'Replaced' },
  noUnits: {
    ru: 'У вашей учётной записи нет помещений, где вы собственник или жилец, поэтому передавать показания нечего.',
    pl: 'Twoje konto nie jest właścicielem ani mieszkańcem żadnego lokalu, więc nie ma liczników do odczytu.',
    en: 'Your account neither owns nor lives in a unit here, so there are no meters to read.',
  },
} satisfies Record<string, Record<Locale, string>>;

const say = {
  open: {
    ru: (month, day) => `Период: ${month}. Показания принимаются до ${day}.`,
    pl: (month, day) => `Okres: ${month}. Odczyty są przyjmowane do ${day}.`,
    en: (month, day) => `Period: ${month}. Readings are accepted until ${day}.`,
  },
  closed: {
    ru: (day) => `Сейчас показания не принимаются. Следующий приём начнётся ${day}.`,
    pl: (day) => `Odczyty nie są teraz przyjmowane. Następny termin zaczyna się ${day}.`,
    en: (day) => `Readings are not accepted now. The next window opens on ${day}.`,
  },
  outsideWindow: {
    ru: (from, to) => `Показания принимаются с ${from} по ${to}.`,
    pl: (from, to) => `Odczyty są przyjmowane od ${from} do ${to}.`,
    en: (from, to) => `Readings are accepted from ${from} to ${to}.`,
  },
  belowLast: {
    ru: (last) =>
      `Это меньше последних показаний: ${last}. Если счётчик дошёл до максимума и начал с нуля, отметьте поле ниже.`,
    pl: (last) =>
      `To mniej niż ostatni odczyt: ${last}. Jeśli licznik przekroczył maksimum i zaczął od zera, zaznacz pole poniżej.`,
    en: (last) =>
      `This is lower than the last reading, ${last}. If the meter passed its maximum and started again from zero, tick the box below.`,
  },
  verificationExpired: {
    ru: (day) =>
      `Срок поверки этого счётчика истёк ${day}, поэтому показания не принимаются. Обратитесь в управляющую компанию.`,
    pl: (day) =>
      `Legalizacja tego licznika wygasła ${day}, więc odczyt nie zostanie przyjęty. Skontaktuj się z zarządcą.`,
    en: (day) =>
      `The verification of this meter expired on ${day}, so no reading is accepted. Contact the management company.`,
  },
  implausible: {
    ru: (use, factor, reference) =>
      `Это расход ${use}, что более чем в ${factor} раза превышает наибольший месячный расход этого счётчика (${reference}). Проверьте значение или подтвердите его с комментарием.`,
    pl: (use, factor, reference) =>
      `To zużycie ${use}, ponad ${factor} razy więcej niż największe miesięczne zużycie tego licznika (${reference}). Sprawdź wartość albo potwierdź ją z komentarzem.`,
    en: (use, factor, reference) =>
      `That is a use of ${use}, over ${factor} times the largest monthly use of this meter (${reference}). Check the value, or confirm it with a comment.`,
  },
  stored: {
    ru: (value) => `Принято: ${value}.`,
    pl: (value) => `Przyjęto: ${value}.`,
    en: (value) => `Received: ${value}.`,
  },
} satisfies Record<string, Words>;

const squeeze = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const meterOf = (el: Element, meterId: string) =>
  shadowPart(el, `[part="meter"][data-meter="${meterId}"]`);
const inputOf = (el: Element, meterId: string) =>
  meterOf(el, meterId).querySelector('[part="input"]') as HTMLInputElement;
const errorsOf = (el: Element, meterId: string) =>
  [...meterOf(el, meterId).querySelectorAll('[part="field-error"]')].map(squeeze);
/** Whether `target` has the focus (compared as a boolean: a failing DOM diff is too large to report). */
const expectFocusOn = (el: Element, target: Element | null | undefined, what: string) =>
  expect(root(el).activeElement === target, `focus on ${what}`).to.equal(true);
const sends = (requests: string[]) => requests.filter((path) => path.endsWith('/meters/readings'));

/** A value `milli` thousandths above (or below) a contract value, in the contract's form. */
function shifted(value: string, milli: number): string {
  const [whole = '0', fraction = ''] = value.split('.');
  const total = BigInt(whole + fraction.padEnd(3, '0')) + BigInt(milli);
  return `${total / 1000n}.${(total % 1000n).toString().padStart(3, '0')}`;
}

/** How a reader of `locale` types a decimal: with a comma in Russian and Polish. */
const typed = (value: string, locale: Locale) =>
  locale === 'en' ? value : value.replace('.', ',');

async function readingsOf(client: AtriumClient, locale: Locale): Promise<AtriumMeterReadings> {
  const el = await fixture<AtriumMeterReadings>(
    html`<atrium-meter-readings .client=${client} locale=${locale}></atrium-meter-readings>`,
  );
  await waitUntil(
    () =>
      root(el).querySelector('[part="meters"], [role="alert"]') ||
      root(el).querySelector('[part="status"]:not(:has(+ [part="skeleton"]))'),
    'the meters never arrived',
    { timeout: 10000 },
  );
  return el;
}

/** Types a value as an input event delivers it. */
async function enter(el: AtriumMeterReadings, meterId: string, value: string): Promise<void> {
  const input = inputOf(el, meterId);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function send(el: AtriumMeterReadings): Promise<void> {
  shadowPart<HTMLButtonElement>(el, '[part="submit"]').click();
  await el.updateComplete;
}

async function meterBySerial(client: AtriumClient, serial: string): Promise<Meter> {
  const meter = (await client.meters.list({ limit: 100 })).items.find(
    (item) => item.serialNumber === serial,
  );
  if (!meter) throw new Error(`no demo meter ${serial}`);
  return meter;
}

const daysFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A new meter in a unit, installed by the tenant's manager: each test that sends gets its own. */
async function installMeter(
  manager: AtriumClient,
  unitId: string,
  changes: { verificationDueOn?: string } = {},
): Promise<Meter> {
  return manager.meters.create({
    unitId,
    kind: 'cold_water',
    serialNumber: `T-${crypto.randomUUID().slice(0, 8)}`,
    measure: 'm3',
    digits: 5,
    decimals: 3,
    installedOn: '2020-01-01',
    verificationDueOn: daysFromNow(365 * 6),
    initialValue: '0.000',
    ...changes,
  });
}

/**
 * A fetch that loses the answers of readings sent while `online` is false: the server gets
 * them and stores them, the page hears a network error. It notes each send's Idempotency-Key.
 */
function flakyNetwork() {
  const network = { online: false, keys: [] as string[] };
  const fetchThrough: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (!new URL(request.url).pathname.endsWith('/meters/readings')) return fetch(request);
    network.keys.push(request.headers.get('Idempotency-Key') ?? '');
    const response = await fetch(request);
    if (network.online) return response;
    await response.arrayBuffer();
    throw new TypeError('Failed to fetch');
  };
  return { network, fetch: fetchThrough };
}

let anna: AtriumClient;
let irina: AtriumClient;
let coldWater: Meter;
let unit12: string;
let unit101: string;
before(async () => {
  [anna, irina] = await Promise.all([signedInClient(demo.anna), signedInClient(demo.irina)]);
  coldWater = await meterBySerial(anna, 'WZ-204518');
  unit12 = coldWater.unitId;
  const units = (await irina.people.me()).units;
  unit101 = units.find((unit) => unit.number === '101')?.id as string;
});

afterEach(async () => {
  await connectTo(baseUrl, 'lesna-5').client.auth.signOut();
  localStorage.clear();
});

describe('atrium-meter-readings', () => {
  for (const locale of locales) {
    it(`MTR-1: shows Anna's meters with their last readings, the window and a dial-sized input, in ${locale}`, async () => {
      const el = await readingsOf(anna, locale);
      const { window } = await anna.meters.list();
      const meter = meterOf(el, coldWater.id);
      const last = coldWater.lastReading;
      expect(squeeze(meter.querySelector('[part="meter-name"]'))).to.equal(text.coldWater[locale]);
      expect(squeeze(meter.querySelector('[data-detail="last"]'))).to.equal(
        `${valueText(last?.value as string, 3, locale)} ${text.cubicMetres[locale]}, ${dateLabel(
          last?.submittedAt as string,
          locale,
          'd MMMM yyyy',
        )}`,
      );
      expect(squeeze(shadowPart(el, '[part="window"]'))).to.equal(
        say.open[locale](
          monthLabel(window.month, locale, 'LLLL yyyy'),
          dateLabel(window.closesOn, locale, 'd MMMM'),
        ),
      );
      const input = inputOf(el, coldWater.id);
      expect(input.inputMode).to.equal('decimal');
      expect([input.size, input.maxLength]).to.deep.equal([9, 9]);
      expect(squeeze(input.labels?.[0])).to.contain('WZ-204518');
      // One unit: nothing to pick.
      expect(Boolean(root(el).querySelector('[part="picker"]'))).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  for (const locale of locales) {
    it(`MTR-1: more digits than the dial has are not sent; the reader is told and taken there, in ${locale}`, async () => {
      const { client, requests } = testClient(demo.anna.tenant);
      await client.auth.signIn({ email: demo.anna.email, password: demo.anna.password });
      const el = await readingsOf(client, locale);
      await enter(el, coldWater.id, '123456');
      await send(el);
      expect(errorsOf(el, coldWater.id)).to.deep.equal([text.tooManyDigits[locale]]);
      const input = inputOf(el, coldWater.id);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain(
        meterOf(el, coldWater.id).querySelector('[part="field-error"]')?.id,
      );
      await el.updateComplete;
      expectFocusOn(el, input, 'the input');
      expect(sends(requests)).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }

  for (const locale of locales) {
    it(`MTR-1: a value below the last reading offers the roll-over box and is not sent without it, in ${locale}`, async () => {
      const { client, requests } = testClient(demo.anna.tenant);
      await client.auth.signIn({ email: demo.anna.email, password: demo.anna.password });
      const el = await readingsOf(client, locale);
      const last = coldWater.lastReading?.value as string;
      expect(Boolean(meterOf(el, coldWater.id).querySelector('[type="checkbox"]'))).to.equal(false);
      await enter(el, coldWater.id, typed(shifted(last, -1000), locale));
      const box = meterOf(el, coldWater.id).querySelector<HTMLInputElement>('[type="checkbox"]');
      expect(squeeze(box?.labels?.[0])).to.equal(text.rollover[locale]);
      await send(el);
      expect(errorsOf(el, coldWater.id)).to.deep.equal([
        say.belowLast[locale](`${valueText(last, 3, locale)} ${text.cubicMetres[locale]}`),
      ]);
      expect(sends(requests)).to.have.length(0);
      await expect(el).to.be.accessible();
      // Back above the last reading, the box goes.
      await enter(el, coldWater.id, typed(shifted(last, 1000), locale));
      expect(Boolean(meterOf(el, coldWater.id).querySelector('[type="checkbox"]'))).to.equal(false);
    });
  }

  for (const locale of locales) {
    // The demo tenants keep the window open every day; this state alone comes from a
    // rewritten answer: the real list with the window the server gives between windows.
    it(`MTR-1: outside the window nothing is sent, and the reader learns when it opens, in ${locale}`, async () => {
      const next = addMonths(new Date().toISOString().slice(0, 7), 1);
      const closed = { month: next, opensOn: `${next}-20`, closesOn: `${next}-25`, isOpen: false };
      const { client, requests } = testClient(demo.anna.tenant, {
        fetch: async (input, init) => {
          const request = new Request(input, init);
          const response = await fetch(request);
          if (request.method !== 'GET' || !new URL(request.url).pathname.endsWith('/meters')) {
            return response;
          }
          const page = (await response.json()) as MeterPage;
          return Response.json({ ...page, window: closed });
        },
      });
      await client.auth.signIn({ email: demo.anna.email, password: demo.anna.password });
      const el = await readingsOf(client, locale);
      const day = (date: string) => dateLabel(date, locale, 'd MMMM');
      expect(squeeze(shadowPart(el, '[part="window"]'))).to.equal(
        say.closed[locale](day(closed.opensOn)),
      );
      await enter(el, coldWater.id, shifted(coldWater.lastReading?.value as string, 1000));
      await send(el);
      expect(errorsOf(el, coldWater.id)).to.deep.equal([
        say.outsideWindow[locale](day(closed.opensOn), day(closed.closesOn)),
      ]);
      expect(sends(requests)).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }

  describe('a meter whose verification expired', () => {
    let expired: Meter;
    before(async () => {
      const katarzyna = await signedInClient(demo.katarzyna);
      expired = await installMeter(katarzyna, unit12, { verificationDueOn: daysFromNow(-10) });
    });

    for (const locale of locales) {
      it(`MTR-1: is marked, and its reading is not sent, in ${locale}`, async () => {
        const { client, requests } = testClient(demo.anna.tenant);
        await client.auth.signIn({ email: demo.anna.email, password: demo.anna.password });
        const el = await readingsOf(client, locale);
        expect(squeeze(meterOf(el, expired.id).querySelector('[part="warning"]'))).to.equal(
          text.expired[locale],
        );
        await enter(el, expired.id, '1');
        await send(el);
        expect(errorsOf(el, expired.id)).to.deep.equal([
          say.verificationExpired[locale](
            dateLabel(expired.verificationDueOn, locale, 'd MMMM yyyy'),
          ),
        ]);
        expect(sends(requests)).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }
  });

  for (const locale of locales) {
    it(`MTR-1: an implausible jump is explained, confirmed with a comment, stored and flagged, in ${locale}`, async () => {
      const jump = shifted(coldWater.lastReading?.value as string, 100_000);
      // What the server says of this value, to word the expectation with its figures.
      const refusal = await anna.meters
        .submit({ readings: [{ meterId: coldWater.id, value: jump }] })
        .catch((error: unknown) => error as AtriumError);
      expect(refusal).to.be.instanceOf(AtriumError);
      const params = (refusal as AtriumError).fieldErrors[0]?.params ?? {};
      // The base is last month's reading: the use is one month's (3 is "few" in Russian).
      expect([params['months'], params['factor'], params['rule']]).to.deep.equal([
        1,
        '3',
        'largest',
      ]);
      const amount = (key: string) =>
        `${valueText(String(params[key]), 3, locale)} ${text.cubicMetres[locale]}`;

      const { client, requests } = testClient(demo.anna.tenant);
      await client.auth.signIn({ email: demo.anna.email, password: demo.anna.password });
      const el = await readingsOf(client, locale);
      await enter(el, coldWater.id, typed(jump, locale));
      await send(el);
      await waitUntil(
        () => meterOf(el, coldWater.id).querySelector('[part="confirm"]'),
        'no confirm',
      );
      const confirm = meterOf(el, coldWater.id).querySelector('[part="confirm"]') as HTMLElement;
      const why = confirm.querySelector('p') as HTMLElement;
      expect(squeeze(why)).to.equal(
        say.implausible[locale](
          amount('consumption'),
          new Intl.NumberFormat(locale).format(Number(params['factor'])),
          amount('reference'),
        ),
      );
      const input = inputOf(el, coldWater.id);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain(why.id);
      await el.updateComplete;
      expectFocusOn(el, input, 'the input');
      await expect(el).to.be.accessible();

      // Confirming needs a comment: asked for before anything is sent.
      const action = confirm.querySelector<HTMLButtonElement>('[part="confirm-action"]');
      action?.click();
      await el.updateComplete;
      const comment = confirm.querySelector('textarea') as HTMLTextAreaElement;
      expect(errorsOf(el, coldWater.id)).to.deep.equal([text.commentRequired[locale]]);
      expect(comment.getAttribute('aria-invalid')).to.equal('true');
      await el.updateComplete;
      expectFocusOn(el, comment, 'the comment');
      expect(sends(requests)).to.have.length(1);
      await expect(el).to.be.accessible();

      const reason = `A leaking cistern, fixed on the 14th (${locale})`;
      comment.value = reason;
      comment.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      action?.click();
      await waitUntil(
        () => meterOf(el, coldWater.id).querySelector('[part="stored"]'),
        'not stored',
        { timeout: 10000 },
      );
      expect(squeeze(meterOf(el, coldWater.id).querySelector('[part="stored"]'))).to.equal(
        `${say.stored[locale](`${valueText(jump, 3, locale)} ${text.cubicMetres[locale]}`)} ${text.flagged[locale]}`,
      );
      const [stored] = (await anna.meters.history(coldWater.id, { limit: 1 })).items;
      expect([
        stored?.flagged,
        stored?.comment,
        compareValues(stored?.value ?? '', jump),
      ]).to.deep.equal([true, reason, 0]);
      expect(sends(requests)).to.have.length(2);
      await expect(el).to.be.accessible();
    });
  }

  for (const locale of locales) {
    it(`MTR-1: a jump after months without readings is told per month, in each language's plural forms, in ${locale}`, () => {
      addMessages('meter-readings', meterReadingsMessages);
      const t = translator(locale, 'meter-readings');
      const params = {
        meterId: coldWater.id,
        consumption: '50.000',
        months: 5,
        monthly: '10.000',
        reference: '2.500',
        factor: '1.5',
        rule: 'average',
        confirmable: true,
      };
      const said = problemText(
        t,
        { field: 'value', code: 'reading_implausible', params },
        coldWater,
        locale,
      );
      expect(said).to.equal(
        {
          ru: 'Это расход 10,000 м³ в месяц за 5 месяцев, что более чем в 1,5 раза превышает средний месячный расход этого счётчика (2,500 м³). Проверьте значение или подтвердите его с комментарием.',
          pl: 'To zużycie 10,000 m³ miesięcznie przez 5 miesięcy, ponad 1,5 raza więcej niż średnie miesięczne zużycie tego licznika (2,500 m³). Sprawdź wartość albo potwierdź ją z komentarzem.',
          en: 'That is a use of 10.000 m³ a month over 5 months, over 1.5 times the average monthly use of this meter (2.500 m³). Check the value, or confirm it with a comment.',
        }[locale],
      );
    });
  }

  it('MTR-1: typed with the keyboard alone, a comma reading is sent with a dot, and its history opens with Space', async () => {
    const hotWater = await meterBySerial(anna, 'WC-204519');
    const value = shifted(hotWater.lastReading?.value as string, 2500);
    const el = await readingsOf(anna, 'pl');
    const submitted = oneEvent(
      el,
      'atrium-readings-submitted',
    ) as Promise<AtriumReadingsSubmittedEvent>;
    inputOf(el, hotWater.id).focus();
    await sendKeys({ type: typed(value, 'pl') });
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    expect(detail.unitId).to.equal(unit12);
    expect(detail.receipt.readings.map((r) => compareValues(r.value, value))).to.deep.equal([0]);
    await waitUntil(
      () => meterOf(el, hotWater.id).querySelector('[data-detail="sent"]'),
      'not reloaded',
      {
        timeout: 10000,
      },
    );
    expect(squeeze(meterOf(el, hotWater.id).querySelector('[part="stored"]'))).to.equal(
      say.stored.pl(`${valueText(value, 3, 'pl')} m³`),
    );
    // Sent again in this window, it would replace the one just stored: the reader is told.
    expect(squeeze(meterOf(el, hotWater.id).querySelector('[data-detail="sent"]'))).to.contain(
      'Nowa wartość przekazana teraz zastąpi ten odczyt.',
    );
    expectFocusOn(el, inputOf(el, hotWater.id), 'the input');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    const toggle = meterOf(el, hotWater.id).querySelector('[part="history-toggle"]');
    expectFocusOn(el, toggle, 'the history button');
    await sendKeys({ press: 'Space' });
    await waitUntil(
      () => meterOf(el, hotWater.id).querySelector('[part="history-row"]'),
      'no history',
      {
        timeout: 10000,
      },
    );
    expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
    const first = meterOf(el, hotWater.id).querySelector('[part="history-row"] td');
    expect(squeeze(first)).to.equal(valueText(value, 3, 'pl'));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
    expect(Boolean(meterOf(el, hotWater.id).querySelector('[part="history"]'))).to.equal(false);
  });

  for (const locale of locales) {
    it(`MTR-2: a meter's history shows each reading's use, marks a replaced one, pages on and downloads as CSV, in ${locale}`, async () => {
      const meter = await meterBySerial(irina, 'СВ-118204');
      const el = await readingsOf(irina, locale);
      meterOf(el, meter.id).querySelector<HTMLButtonElement>('[part="history-toggle"]')?.click();
      const rows = () => [
        ...meterOf(el, meter.id).querySelectorAll<HTMLElement>('[part="history-row"]'),
      ];
      await waitUntil(() => rows().length, 'no history', { timeout: 10000 });
      const page = await irina.meters.history(meter.id, { limit: 12 });
      expect(rows().map((row) => row.dataset['reading'])).to.deep.equal(
        page.items.map((r) => r.id),
      );
      const [newest] = page.items;
      expect([...(rows()[0]?.children ?? [])].map(squeeze)).to.deep.equal([
        monthLabel(newest?.period as string, locale, 'LLLL yyyy'),
        valueText(newest?.value as string, 3, locale),
        valueText(newest?.consumption as string, 3, locale),
        dateLabel(newest?.submittedAt as string, locale, 'PP'),
        '',
      ]);
      const replaced = page.items.findIndex((r) => r.supersededAt);
      expect(replaced, 'the demo corrected a reading last month').to.be.greaterThan(0);
      expect(squeeze(rows()[replaced]?.lastElementChild)).to.equal(text.replaced[locale]);
      expect(squeeze(rows()[replaced]?.children[2])).to.equal('—');

      const canvas = meterOf(el, meter.id).querySelector('canvas') as HTMLCanvasElement;
      await waitUntil(() => Chart.getChart(canvas), 'no chart', { timeout: 10000 });
      expect(Chart.getChart(canvas)?.data.labels).to.have.length(monthlyUse(page.items).length);
      const shownUse = meterOf(el, meter.id).querySelectorAll('[part="chart"] tbody tr');
      expect(shownUse).to.have.length(monthlyUse(page.items).length);
      await expect(el).to.be.accessible();

      meterOf(el, meter.id).querySelector<HTMLButtonElement>('[part="more"]')?.click();
      const rest = await irina.meters.history(meter.id, { cursor: page.nextCursor as string });
      await waitUntil(
        () => rows().length === page.items.length + rest.items.length,
        'no more rows',
        {
          timeout: 10000,
        },
      );
      await el.updateComplete;
      expectFocusOn(el, meterOf(el, meter.id).querySelector('.scroll'), 'the table');

      const arrived = oneEvent(
        el,
        'atrium-readings-download',
      ) as Promise<AtriumReadingsDownloadEvent>;
      el.addEventListener('atrium-readings-download', (event) => event.preventDefault(), {
        once: true,
      });
      meterOf(el, meter.id).querySelector<HTMLButtonElement>('[part="export"]')?.click();
      const { detail } = await arrived;
      expect(detail.fileName).to.equal('meter-СВ-118204-readings.csv');
      const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
        await detail.blob.arrayBuffer(),
      );
      expect(csv.startsWith('\uFEFF')).to.equal(true);
      expect(csv).to.contain(newest?.value);
      await expect(el).to.be.accessible();
    });
  }

  describe('offline (MTR-1)', () => {
    let petr: AtriumClient;
    before(async () => {
      petr = await signedInClient(demo.petr);
    });

    async function queued(locale: Locale) {
      const meter = await installMeter(petr, unit101);
      const flaky = flakyNetwork();
      const client = await signedInClient(demo.irina, { fetch: flaky.fetch });
      const el = await readingsOf(client, locale);
      await enter(el, meter.id, '5,25');
      await send(el);
      await waitUntil(() => meterOf(el, meter.id).querySelector('[part="waiting"]'), 'not queued', {
        timeout: 10000,
      });
      return { meter, client, el, ...flaky };
    }

    async function expectSentOnce(meter: Meter, keys: string[]): Promise<void> {
      const readings = (await irina.meters.history(meter.id)).items.filter(
        (r) => r.kind === 'reading',
      );
      expect(readings.map((r) => compareValues(r.value, '5.25'))).to.deep.equal([0]);
      expect(keys.length).to.be.greaterThan(1);
      expect(new Set(keys).size, 'one Idempotency-Key for every attempt').to.equal(1);
      expect(
        Object.keys(localStorage).filter((key) => key.startsWith('atrium:meter-readings:')),
      ).to.deep.equal([]);
    }

    it('a reading whose answer is lost waits on the device and goes, once, when the connection is back', async () => {
      const { meter, el, network } = await queued('en');
      expect(squeeze(meterOf(el, meter.id).querySelector('[part="waiting"]'))).to.equal(
        'Waiting for the connection: 5.250 m³.',
      );
      expect(squeeze(shadowPart(el, '[part="queued"]'))).to.equal(
        'No connection. The readings are kept on this device and are sent as soon as the connection is back.',
      );
      expect(inputOf(el, meter.id).value).to.equal('');
      await expect(el).to.be.accessible();

      network.online = true;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => meterOf(el, meter.id).querySelector('[part="stored"]'), 'not sent', {
        timeout: 10000,
      });
      expect(Boolean(root(el).querySelector('[part="queued"]'))).to.equal(false);
      await expectSentOnce(meter, network.keys);
      await expect(el).to.be.accessible();
    });

    it('a queued reading goes on the next load, under the same key', async () => {
      const { meter, client, el, network } = await queued('ru');
      el.remove();
      network.online = true;
      const again = await readingsOf(client, 'ru');
      await waitUntil(() => meterOf(again, meter.id).querySelector('[part="stored"]'), 'not sent', {
        timeout: 10000,
      });
      await expectSentOnce(meter, network.keys);
    });

    it('a queued reading the server refuses leaves the queue and shows why', async () => {
      const hotWater = await meterBySerial(irina, 'ГВ-118205');
      const flaky = flakyNetwork();
      const client = await signedInClient(demo.irina, { fetch: flaky.fetch, retry: { limit: 0 } });
      // Kept while offline, never reaching the server: an implausible jump it will refuse.
      let offline = true;
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline });
      try {
        const el = await readingsOf(client, 'en');
        const jump = shifted(hotWater.lastReading?.value as string, 100_000);
        await enter(el, hotWater.id, jump);
        await send(el);
        expect(Boolean(meterOf(el, hotWater.id).querySelector('[part="waiting"]'))).to.equal(true);
        expect(flaky.network.keys).to.deep.equal([]);
        offline = false;
        flaky.network.online = true;
        window.dispatchEvent(new Event('online'));
        await waitUntil(
          () => meterOf(el, hotWater.id).querySelector('[part="confirm"]'),
          'not refused',
          {
            timeout: 10000,
          },
        );
        expect(inputOf(el, hotWater.id).value).to.equal(jump);
        expect(Boolean(root(el).querySelector('[part="waiting"], [part="queued"]'))).to.equal(
          false,
        );
        expect(
          Object.keys(localStorage).filter((key) => key.startsWith('atrium:meter-readings:')),
        ).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        delete (navigator as { onLine?: boolean }).onLine; // back to the browser's own
      }
    });
  });

  it('a resident of another tenant gets none of its meters, nor their history', async () => {
    const el = await readingsOf(irina, 'en');
    const shown = [...root(el).querySelectorAll<HTMLElement>('[part="meter"]')].map(
      (meter) => meter.dataset['meter'] ?? '',
    );
    expect(shown.length).to.be.greaterThan(0);
    const annas = (await anna.meters.list()).items.map((meter) => meter.id);
    expect(shown.filter((id) => annas.includes(id))).to.deep.equal([]);
    const refusal = await irina.meters.history(coldWater.id).catch((error: unknown) => error);
    expect((refusal as AtriumError).code).to.equal('not_found');
  });

  it('Irina picks one of her two units (no "all units": readings are per unit)', async () => {
    const el = await readingsOf(irina, 'en');
    const options = [...root(el).querySelectorAll('[part="picker"] option')].map(squeeze);
    expect(options).to.deep.equal(['Unit 101', 'Unit 204']);
    const unit204 = (await irina.meters.list()).items.filter((m) => m.unitNumber === '204');
    const select = shadowPart<HTMLSelectElement>(el, '[part="picker"] select');
    select.value = unit204[0]?.unitId as string;
    select.dispatchEvent(new Event('change'));
    await waitUntil(
      () => root(el).querySelector(`[part="meter"][data-meter="${unit204[0]?.id}"]`),
      'not switched',
      { timeout: 10000 },
    );
    const shown = [...root(el).querySelectorAll<HTMLElement>('[part="meter"]')].map(
      (m) => m.dataset['meter'],
    );
    expect(shown.sort()).to.deep.equal(unit204.map((m) => m.id).sort());
    expect(unit101).to.not.equal(unit204[0]?.unitId);
    await expect(el).to.be.accessible();
  });

  for (const locale of locales) {
    it(`a manager, who neither owns nor lives in a unit, is told there is nothing to read, in ${locale}`, async () => {
      const petr = await signedInClient(demo.petr);
      const el = await readingsOf(petr, locale);
      expect(squeeze(shadowPart(el, '[part="status"]'))).to.equal(text.noUnits[locale]);
      await expect(el).to.be.accessible();
    });
  }

  it('signed out, it asks to sign in', async () => {
    const el = await fixture<AtriumMeterReadings>(
      html`<atrium-meter-readings
        base-url=${baseUrl}
        tenant="lesna-5"
        locale="en"
      ></atrium-meter-readings>`,
    );
    await waitUntil(() => root(el).querySelector('[part="status"]'), 'no prompt');
    expect(squeeze(shadowPart(el, '[part="status"]'))).to.equal(
      'Sign in to send your meter readings.',
    );
    await expect(el).to.be.accessible();
  });
});

import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { components, Locale } from '@atrium/sdk';
import { fieldMessage } from '../src/errors/messages.js';
import { addDays, lastDayOfMonth, monthsBefore } from '../src/stats/dates.js';
import {
  checkReading,
  consumptionOf,
  fitsDial,
  implausibleJump,
  referenceOf,
  type ReadingCheck,
} from '../src/meters/rules.js';
import { currentWindow, lastOpenedMonth, windowOfMonth } from '../src/meters/window.js';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';
import { createMeterLab, type Call, type MeterLab, type Who } from './meters-fixture.js';

type Schemas = components['schemas'];
type Meter = Schemas['Meter'];
type MeterPage = Schemas['MeterPage'];
type MeterReading = Schemas['MeterReading'];
type ReadingPage = Schemas['MeterReadingPage'];
type ReviewPage = Schemas['MeterReviewPage'];

describe('MTR-1 rules on exact decimals, without a server', () => {
  const open = { month: '2026-11', opensOn: '2026-11-01', closesOn: '2026-11-30', isOpen: true };
  const check = (over: Partial<ReadingCheck>): ReadingCheck => ({
    index: 0,
    meterId: 'm',
    reading: { meterId: 'm', value: '0' },
    dial: { digits: 5, decimals: 3, verificationDueOn: '2030-01-01' },
    base: { value: '100.000', period: '2026-10' },
    earlier: [],
    period: '2026-11',
    today: '2026-11-15',
    window: open,
    jump: { rule: 'largest', factor: '3.00' },
    ...over,
  });

  it('MTR-1 the dial holds at most its digits and decimals; zeros that add nothing are fine', () => {
    assert.equal(fitsDial('99999.999', { digits: 5, decimals: 3 }), true);
    assert.equal(fitsDial('100000', { digits: 5, decimals: 3 }), false);
    assert.equal(fitsDial('00012.5', { digits: 2, decimals: 1 }), true);
    assert.equal(fitsDial('12.50', { digits: 2, decimals: 1 }), true);
    assert.equal(fitsDial('12.55', { digits: 2, decimals: 1 }), false);
    assert.equal(fitsDial('7.1', { digits: 1, decimals: 0 }), false);
  });

  it('MTR-1 a roll-over counts up to the dial’s maximum and on from zero, exactly', () => {
    // (10^9 − 999999999.999) + 0.002 = 0.003, beyond what a float keeps
    assert.equal(consumptionOf(2n, 999_999_999_999n, true, 9), 3n);
    assert.equal(consumptionOf(3_200n, 9_990_500n, true, 4), 12_700n);
  });

  it('MTR-1 the reference is the largest monthly use, or all the use over all the months', () => {
    const earlier = [
      { consumption: '10.000', months: 1 },
      { consumption: '6.000', months: 2 },
      { consumption: '1.000', months: 3 },
    ];
    assert.deepEqual(referenceOf('largest', earlier), { num: 10_000n, den: 1n });
    // (10 + 6 + 1) / (1 + 2 + 3) = 2.8333…, not the mean of the rates (10 + 3 + 1/3) / 3
    const average = referenceOf('average', earlier);
    assert.deepEqual(average, { num: 17_000n, den: 6n });
    // 3 × 17/6 = 8.5 a month: 8.501 jumps, 8.5 does not
    assert.deepEqual(implausibleJump({ consumption: 8_501n, months: 1 }, average, '3'), {
      consumption: '8.501',
      months: 1,
      monthly: '8.501',
      reference: '2.833',
    });
    assert.equal(implausibleJump({ consumption: 8_500n, months: 1 }, average, '3'), null);
    // over four months the limit is four times as much use
    assert.equal(implausibleJump({ consumption: 34_000n, months: 4 }, average, '3'), null);
    assert.deepEqual(implausibleJump({ consumption: 34_001n, months: 4 }, average, '3'), {
      consumption: '34.001',
      months: 4,
      monthly: '8.500',
      reference: '2.833',
    });
    assert.equal(referenceOf('largest', earlier.slice(0, 1)), null, 'two consumptions at least');
    assert.equal(implausibleJump({ consumption: 5n, months: 1 }, { num: 0n, den: 1n }, '3'), null);
  });

  it('MTR-1 the messages count digits, months and times in each language’s plural forms', () => {
    const digits = (locale: Locale, n: number) =>
      fieldMessage('reading_too_many_digits', locale, { digits: n, decimals: 1 });
    assert.deepEqual(
      [1, 2, 5, 22].map((n) => digits('ru', n)),
      [
        'У счётчика 1 цифра до запятой и 1 после.',
        'У счётчика 2 цифры до запятой и 1 после.',
        'У счётчика 5 цифр до запятой и 1 после.',
        'У счётчика 22 цифры до запятой и 1 после.',
      ],
    );
    assert.deepEqual(
      [1, 2, 5].map((n) => digits('pl', n)),
      [
        'Licznik ma 1 cyfra przed przecinkiem i 1 po nim.',
        'Licznik ma 2 cyfry przed przecinkiem i 1 po nim.',
        'Licznik ma 5 cyfr przed przecinkiem i 1 po nim.',
      ],
    );
    assert.deepEqual(
      [1, 5].map((n) => digits('en', n)),
      [
        'The meter has 1 digit before the decimal point and 1 after it.',
        'The meter has 5 digits before the decimal point and 1 after it.',
      ],
    );
    const jump = (locale: Locale, months: number, factor: string) =>
      fieldMessage('reading_implausible', locale, {
        consumption: '100.000',
        months,
        monthly: '33.333',
        reference: '10.000',
        factor,
        rule: 'largest',
        confirmable: true,
      });
    assert.deepEqual(
      [jump('ru', 1, '3'), jump('pl', 1, '3'), jump('en', 1, '3')],
      [
        'Расход 100,000 больше чем в 3 раза превышает наибольший месячный (10,000). Проверьте значение или подтвердите его с комментарием.',
        'Zużycie 100,000 przekracza 3-krotność największego miesięcznego (10,000). Sprawdź wartość lub potwierdź ją z komentarzem.',
        'The use of 100.000 is over 3 times the largest monthly use (10.000). Check the value, or confirm it with a comment.',
      ],
    );
    assert.deepEqual(
      [jump('ru', 3, '5'), jump('ru', 5, '2.5'), jump('pl', 3, '3'), jump('pl', 5, '3')],
      [
        'Расход 33,333 в месяц за 3 месяца больше чем в 5 раз превышает наибольший месячный (10,000). Проверьте значение или подтвердите его с комментарием.',
        'Расход 33,333 в месяц за 5 месяцев больше чем в 2,5 раза превышает наибольший месячный (10,000). Проверьте значение или подтвердите его с комментарием.',
        'Zużycie 33,333 miesięcznie przez 3 miesiące przekracza 3-krotność największego miesięcznego (10,000). Sprawdź wartość lub potwierdź ją z komentarzem.',
        'Zużycie 33,333 miesięcznie przez 5 miesięcy przekracza 3-krotność największego miesięcznego (10,000). Sprawdź wartość lub potwierdź ją z komentarzem.',
      ],
    );
    assert.equal(
      jump('en', 3, '3'),
      'Monthly use of 33.333 over 3 months is over 3 times the largest monthly use (10.000). Check the value, or confirm it with a comment.',
    );
  });

  it('MTR-1 every broken rule is one issue naming the meter; a refused value has no consumption', () => {
    const verdict = checkReading(
      check({
        reading: { meterId: 'm', value: '100.500', rollover: true },
        window: { ...open, isOpen: false },
        today: '2030-01-02',
      }),
    );
    assert.deepEqual(
      verdict.issues.map((i) => [i.field, i.code, i.params?.meterId]),
      [
        ['readings.0.value', 'reading_outside_window', 'm'],
        ['readings.0.value', 'meter_verification_expired', 'm'],
        ['readings.0.rollover', 'invalid_value', 'm'],
      ],
    );
    assert.equal(verdict.consumption, null);
  });

  it('MTR-1 the window is in the tenant’s days; a day past the month’s end is its last day', () => {
    assert.deepEqual(windowOfMonth('2026-02', { opensDay: 20, closesDay: 31 }), {
      month: '2026-02',
      opensOn: '2026-02-20',
      closesOn: '2026-02-28',
    });
    const days = { opensDay: 20, closesDay: 25 };
    assert.equal(currentWindow('2026-11-19', days).isOpen, false);
    assert.equal(currentWindow('2026-11-20', days).isOpen, true);
    assert.equal(currentWindow('2026-11-25', days).isOpen, true);
    assert.deepEqual(currentWindow('2026-12-26', days), {
      month: '2027-01',
      opensOn: '2027-01-20',
      closesOn: '2027-01-25',
      isOpen: false,
    });
    assert.equal(lastOpenedMonth('2026-11-19', days), '2026-10');
    assert.equal(lastOpenedMonth('2026-11-26', days), '2026-11');
  });
});

/** An RFC 4180 parser, strict enough to fail on a line end outside quotes that is not CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else if (c === '\n') throw new Error(`a bare line feed at ${i}`);
    else field += c;
  }
  assert.equal(field + row.join(''), '', 'the file ends with CRLF');
  return rows;
}

for (const engine of engines) {
  describe(`meters on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let lab: MeterLab;
    /** The month of the lab's open window (its window is 1..31), as of now: a test reads it once. */
    const thisMonth = () => lab.today().slice(0, 7);
    const ago = (months: number) => monthsBefore(thisMonth(), months);

    before(async () => {
      lab = await createMeterLab(server(), 'meter-lab');
    });

    /**
     * A meter used 10 in the month four months back, then 6 over the two months to last
     * month (base 116): its largest monthly use is 10, its average 16 / 3.
     */
    const usesTenThenSix = () => lab.withHistory({ 4: '100.000', 3: '110.000', 1: '116.000' });

    const submit = async (who: Who, readings: unknown[], headers: Record<string, string> = {}) =>
      (await lab.as(who))('/meters/readings', { method: 'POST', json: { readings }, headers });
    async function accepted(who: Who, readings: unknown[]): Promise<MeterReading[]> {
      const response = await submit(who, readings);
      assert.equal(response.status, 201, await response.clone().text());
      return ((await response.json()) as Schemas['ReadingReceipt']).readings;
    }
    async function rejected(response: Response) {
      const problem = await problemOf(response);
      assert.deepEqual([problem.status, problem.code], [422, 'reading_rejected']);
      return (problem.errors ?? []).map(({ field, code, params }) => ({ field, code, params }));
    }
    const storedRows = (meterId: string) =>
      lab.sql(async (sql) => {
        const { rows } = await sql.query<{ kind: string; value: string; superseded: boolean }>(
          `SELECT kind, value::text AS value, superseded_at IS NOT NULL AS superseded
             FROM meter_readings WHERE meter_id = $1 ORDER BY submitted_at, id`,
          [meterId],
        );
        return rows;
      });
    async function historyOf(meterId: string, who: Who = 'owner'): Promise<MeterReading[]> {
      const response = await (await lab.as(who))(`/meters/${meterId}/readings?limit=100`);
      assert.equal(response.status, 200);
      return ((await response.json()) as ReadingPage).items;
    }
    async function metersOf(who: Who, query = ''): Promise<MeterPage> {
      const response = await (await lab.as(who))(`/meters?limit=100${query}`);
      assert.equal(response.status, 200, await response.clone().text());
      return (await response.json()) as MeterPage;
    }
    const setTenant = (columns: string, values: unknown[]) =>
      lab.sql((sql) =>
        sql.query(`UPDATE tenants SET ${columns} WHERE id = $1`, [lab.tenantId, ...values]),
      );

    it('MTR-1 a manager installs a meter; the unit’s owner and resident see its initial value as the base', async () => {
      const period = thisMonth();
      const meter = await lab.install({ initialValue: '00010.5' });
      assert.equal(meter.unitNumber, '1');
      assert.deepEqual(
        { ...meter.lastReading, submittedAt: undefined },
        {
          value: '10.500',
          period: meter.installedOn.slice(0, 7),
          kind: 'initial',
          submittedAt: undefined,
        },
      );
      assert.equal(meter.windowReading, null);
      for (const who of ['owner', 'resident', 'manager'] as const) {
        const page = await metersOf(who);
        assert.deepEqual(
          page.items.find((m) => m.id === meter.id),
          meter,
          who,
        );
        assert.deepEqual(page.window, {
          month: period,
          opensOn: `${period}-01`,
          closesOn: lastDayOfMonth(period),
          isOpen: true,
        });
      }
      const neighbours = await metersOf('neighbour');
      assert.ok(neighbours.items.every((m) => m.unitId === lab.units.u2));
    });

    it('MTR-1 a meter’s figures are checked when it is installed', async () => {
      const manager = await lab.as('manager');
      const body = {
        unitId: lab.units.u1,
        kind: 'gas',
        serialNumber: 'G-1',
        measure: 'm3',
        digits: 5,
        decimals: 3,
        installedOn: `${ago(1)}-01`,
        verificationDueOn: '2035-01-01',
        initialValue: '1.000',
      };
      const fields = async (change: Record<string, unknown>) => {
        const problem = await problemOf(
          await manager('/meters', { method: 'POST', json: { ...body, ...change } }),
        );
        assert.equal(problem.status, 400);
        return problem.errors?.map((e) => [e.field, e.code, e.params]);
      };
      assert.deepEqual(await fields({ initialValue: '123456.000' }), [
        ['initialValue', 'reading_too_many_digits', { digits: 5, decimals: 3 }],
      ]);
      assert.deepEqual(await fields({ verificationDueOn: `${ago(2)}-01` }), [
        ['verificationDueOn', 'out_of_range', undefined],
      ]);
      assert.deepEqual(
        await fields({ installedOn: addDays(lab.today(), 1), verificationDueOn: '2035-01-01' }),
        [['installedOn', 'out_of_range', undefined]],
      );
      const otherUnit = await lab.sql(async (sql) => {
        const { rows } = await sql.query<{ id: string }>(
          "SELECT u.id FROM units u JOIN tenants t ON t.id = u.tenant_id WHERE t.slug = 'lesna-5'",
        );
        return rows[0]?.id;
      });
      assert.deepEqual(await fields({ unitId: otherUnit }), [
        ['unitId', 'invalid_value', undefined],
      ]);
    });

    it('MTR-1 a value below the last reading is refused, naming it, in ru, pl and en; nothing is stored', async () => {
      const meter = await lab.install({ initialValue: '116.000' });
      const owner = await lab.as('owner');
      const texts = {
        ru: ['Показания не приняты', 'Меньше последних показаний (116,000).'],
        pl: ['Odczyt nie został przyjęty', 'Mniej niż ostatni odczyt (116,000).'],
        en: ['Reading not accepted', 'Lower than the last reading (116.000).'],
      };
      for (const [locale, [title, message]] of Object.entries(texts)) {
        const response = await owner('/meters/readings', {
          method: 'POST',
          headers: { 'accept-language': locale },
          json: { readings: [{ meterId: meter.id, value: '115.999' }] },
        });
        const problem = await problemOf(response.clone());
        assert.equal(problem.title, title);
        assert.ok(
          problem.errors?.[0]?.message.startsWith(message ?? ''),
          problem.errors?.[0]?.message,
        );
        assert.deepEqual(await rejected(response), [
          {
            field: 'readings.0.value',
            code: 'reading_below_last',
            params: { meterId: meter.id, last: '116.000' },
          },
        ]);
      }
      assert.deepEqual(await storedRows(meter.id), [
        { kind: 'initial', value: '116.000', superseded: false },
      ]);
    });

    it('MTR-1 a roll-over is accepted with the use across the maximum; claimed without one it is refused', async () => {
      const meter = await lab.install({ digits: 4, decimals: 1, initialValue: '9990.5' });
      const below = await rejected(await submit('owner', [{ meterId: meter.id, value: '3.2' }]));
      assert.deepEqual(
        below.map((e) => e.code),
        ['reading_below_last'],
      );
      const notRolled = await rejected(
        await submit('owner', [{ meterId: meter.id, value: '9995.0', rollover: true }]),
      );
      assert.deepEqual(notRolled, [
        { field: 'readings.0.rollover', code: 'invalid_value', params: { meterId: meter.id } },
      ]);
      const [reading] = await accepted('resident', [
        { meterId: meter.id, value: '3.2', rollover: true },
      ]);
      // (10^4 − 9990.5) + 3.2
      assert.deepEqual(
        [reading?.value, reading?.rollover, reading?.consumption],
        ['3.200', true, '12.700'],
      );
      assert.equal(reading?.submittedBy, 'Lab resident');
    });

    it('MTR-1 after a recorded replacement a value below the old meter’s last is accepted', async () => {
      const meter = await lab.install({ initialValue: '500.000' });
      const [old] = await accepted('owner', [{ meterId: meter.id, value: '520.000' }]);
      assert.equal(old?.consumption, '20.000');
      const replacement = {
        serialNumber: 'LAB-NEW-1',
        digits: 6,
        decimals: 2,
        initialValue: '0.00',
      };
      const early = await lab.replace(meter.id, {
        ...replacement,
        replacedOn: addDays(meter.installedOn, -1),
      });
      assert.deepEqual(
        (await problemOf(early)).errors?.map((e) => [e.field, e.code]),
        [['replacedOn', 'out_of_range']],
      );
      const response = await lab.replace(meter.id, replacement);
      assert.equal(response.status, 200, await response.clone().text());
      const replaced = (await response.json()) as Meter;
      assert.deepEqual(
        [replaced.serialNumber, replaced.digits, replaced.decimals, replaced.installedOn],
        ['LAB-NEW-1', 6, 2, meter.installedOn],
      );
      assert.deepEqual(
        [replaced.lastReading?.value, replaced.lastReading?.kind],
        ['0.000', 'initial'],
      );
      assert.equal(
        replaced.windowReading?.value,
        '520.000',
        'the window’s reading stays until replaced',
      );

      const [fresh] = await accepted('resident', [{ meterId: meter.id, value: '1.25' }]);
      assert.equal(fresh?.consumption, '1.250');
      assert.deepEqual(
        (await historyOf(meter.id)).map((r) => [
          r.kind,
          r.value,
          r.consumption,
          r.supersededAt !== null,
        ]),
        [
          ['reading', '1.250', '1.250', false],
          ['initial', '0.000', null, false],
          ['reading', '520.000', null, true],
          ['initial', '500.000', null, false],
        ],
      );
    });

    it('MTR-1 more whole digits or decimals than the dial shows are refused', async () => {
      const meter = await lab.install({ digits: 3, decimals: 1, initialValue: '10.0' });
      for (const value of ['1000.0', '10.25']) {
        assert.deepEqual(await rejected(await submit('owner', [{ meterId: meter.id, value }])), [
          {
            field: 'readings.0.value',
            code: 'reading_too_many_digits',
            params: { meterId: meter.id, digits: 3, decimals: 1 },
          },
        ]);
      }
      const [reading] = await accepted('owner', [{ meterId: meter.id, value: '011.50' }]);
      assert.equal(reading?.value, '11.500');
    });

    it('MTR-1 an implausible jump is refused as confirmable; with a comment it is accepted, flagged and reviewed', async () => {
      // the largest monthly use is 10, so over 30 jumps
      const meterId = await usesTenThenSix();
      const jump = {
        field: 'readings.0.value',
        code: 'reading_implausible',
        params: {
          meterId,
          consumption: '34.000',
          months: 1,
          monthly: '34.000',
          reference: '10.000',
          factor: '3',
          rule: 'largest',
          confirmable: true,
        },
      };
      assert.deepEqual(await rejected(await submit('owner', [{ meterId, value: '150.000' }])), [
        jump,
      ]);
      const noComment = await rejected(
        await submit('owner', [{ meterId, value: '150.000', confirmImplausible: true }]),
      );
      assert.deepEqual(noComment, [
        jump,
        { field: 'readings.0.comment', code: 'required', params: { meterId } },
      ]);
      assert.equal((await storedRows(meterId)).length, 3, 'nothing stored');
      const comment = 'Filled the new bath twice; the plumber checked for leaks.';
      const [reading] = await accepted('owner', [
        { meterId, value: '150.000', confirmImplausible: true, comment },
      ]);
      assert.deepEqual(
        [reading?.flagged, reading?.comment, reading?.consumption],
        [true, comment, '34.000'],
      );
      const review = await (await lab.as('manager'))('/meters/review?status=flagged&limit=100');
      const page = (await review.json()) as ReviewPage;
      assert.equal(page.month, thisMonth());
      const item = page.items.find((i) => i.meter.id === meterId);
      assert.deepEqual(
        [item?.status, item?.propertyName, item?.reading],
        ['flagged', 'Lab House', reading],
      );
    });

    it('MTR-1 the largest and the average rules, by hand, with the tenant’s factor', async () => {
      // largest 10, average 16 / 3 = 5.333…
      const meterId = await usesTenThenSix();
      const codes = async (value: string) => {
        const response = await submit('owner', [{ meterId, value }]);
        if (response.status === 201) return 'accepted';
        return (await rejected(response)).map((e) => [
          e.code,
          e.params?.reference,
          e.params?.consumption,
          e.params?.factor,
          e.params?.rule,
        ]);
      };
      try {
        await setTenant('meter_jump_rule = $2', ['average']);
        // 16.001 > 3 × 16 / 3 = 16
        assert.deepEqual(await codes('132.001'), [
          ['reading_implausible', '5.333', '16.001', '3', 'average'],
        ]);
        assert.equal(await codes('132.000'), 'accepted', '16 is not over 16');
        await setTenant('meter_jump_rule = $2, meter_jump_factor = $3', ['largest', '2.5']);
        // 26 > 2.5 × 10 = 25
        assert.deepEqual(await codes('142.000'), [
          ['reading_implausible', '10.000', '26.000', '2.5', 'largest'],
        ]);
        assert.equal(await codes('141.000'), 'accepted', '25 is not over 25');
      } finally {
        await setTenant("meter_jump_rule = 'largest', meter_jump_factor = 3", []);
      }
      assert.deepEqual(
        (await historyOf(meterId))
          .slice(0, 2)
          .map((r) => [r.value, r.consumption, r.supersededAt !== null]),
        [
          ['141.000', '25.000', false],
          ['132.000', null, true],
        ],
      );
    });

    it('MTR-1 outside the tenant’s window nothing is accepted; the next window is named', async () => {
      const meter = await lab.install();
      const today = lab.today();
      const period = today.slice(0, 7);
      const day = Number(today.slice(8));
      // days that leave out today in the tenant's own zone
      const [opens, closes] = day > 1 ? [1, day - 1] : [2, 31];
      const next = monthsBefore(period, -1);
      const expected =
        day > 1
          ? {
              month: next,
              opensOn: `${next}-01`,
              closesOn: `${next}-${String(Math.min(day - 1, Number(lastDayOfMonth(next).slice(8)))).padStart(2, '0')}`,
            }
          : { month: period, opensOn: `${period}-02`, closesOn: lastDayOfMonth(period) };
      try {
        await setTenant('meter_window_opens_day = $2, meter_window_closes_day = $3', [
          opens,
          closes,
        ]);
        const page = await metersOf('owner');
        assert.deepEqual(page.window, { ...expected, isOpen: false });
        assert.deepEqual(
          await rejected(await submit('owner', [{ meterId: meter.id, value: '11.000' }])),
          [
            {
              field: 'readings.0.value',
              code: 'reading_outside_window',
              params: { meterId: meter.id, opensOn: expected.opensOn, closesOn: expected.closesOn },
            },
          ],
        );
        assert.equal((await storedRows(meter.id)).length, 1);
      } finally {
        await setTenant('meter_window_opens_day = 1, meter_window_closes_day = 31', []);
      }
    });

    it('MTR-1 a meter whose verification date has passed (in the tenant’s zone) takes no reading', async () => {
      const yesterday = addDays(lab.today(), -1);
      const expired = await lab.install({ verificationDueOn: yesterday });
      const dueToday = await lab.install({ verificationDueOn: lab.today() });
      assert.deepEqual([expired.verificationExpired, dueToday.verificationExpired], [true, false]);
      assert.deepEqual(
        await rejected(await submit('owner', [{ meterId: expired.id, value: '11.000' }])),
        [
          {
            field: 'readings.0.value',
            code: 'meter_verification_expired',
            params: { meterId: expired.id, verificationDueOn: yesterday },
          },
        ],
      );
      await accepted('owner', [{ meterId: dueToday.id, value: '11.000' }]);
    });

    it('MTR-1 one bad reading refuses the whole submission and stores none', async () => {
      const good = await lab.install();
      const bad = await lab.install({ initialValue: '50.000' });
      const errors = await rejected(
        await submit('owner', [
          { meterId: good.id, value: '12.000' },
          { meterId: bad.id, value: '49.000' },
        ]),
      );
      assert.deepEqual(
        errors.map((e) => [e.field, e.code, e.params?.meterId]),
        [['readings.1.value', 'reading_below_last', bad.id]],
      );
      assert.equal((await storedRows(good.id)).length, 1);
      assert.equal((await storedRows(bad.id)).length, 1);
      const both = await accepted('owner', [
        { meterId: bad.id, value: '51.000' },
        { meterId: good.id, value: '12.000' },
      ]);
      assert.deepEqual(
        both.map((r) => r.meterId),
        [bad.id, good.id],
        'in the order sent',
      );
    });

    it('MTR-1 a meter sent twice in one submission is a 400 naming the second', async () => {
      const meter = await lab.install();
      const problem = await problemOf(
        await submit('owner', [
          { meterId: meter.id, value: '12.000' },
          { meterId: meter.id, value: '13.000' },
        ]),
      );
      assert.equal(problem.status, 400);
      assert.deepEqual(
        problem.errors?.map((e) => [e.field, e.code]),
        [['readings.1.meterId', 'invalid_value']],
      );
    });

    it('MTR-1 MTR-2 a reading sent again in the window supersedes the first; both stay, the same value again changes nothing', async () => {
      const meter = await lab.install();
      const [first] = await accepted('owner', [{ meterId: meter.id, value: '20.000' }]);
      const [second] = await accepted('resident', [{ meterId: meter.id, value: '21.000' }]);
      assert.notEqual(first?.id, second?.id);
      assert.equal(second?.consumption, '11.000', 'checked against the same base');
      const [again] = await accepted('resident', [{ meterId: meter.id, value: '21' }]);
      assert.deepEqual(again, second);
      const history = await historyOf(meter.id);
      assert.deepEqual(
        history.map((r) => [r.value, r.consumption, r.submittedBy, r.supersededAt !== null]),
        [
          ['21.000', '11.000', 'Lab resident', false],
          ['20.000', null, 'Lab owner', true],
          ['10.000', null, 'Lab manager', false],
        ],
      );
      assert.deepEqual(
        (await storedRows(meter.id)).map((r) => r.superseded),
        [false, true, false],
      );
      const listed = (await metersOf('owner')).items.find((m) => m.id === meter.id);
      assert.equal(listed?.windowReading?.value, '21.000');
      assert.equal(listed?.lastReading?.value, '10.000');
    });

    it('MTR-1 two identical submissions at once store one reading', async () => {
      const meter = await lab.install();
      const readings = [{ meterId: meter.id, value: '15.500' }];
      const answers = await Promise.all([submit('owner', readings), submit('resident', readings)]);
      assert.deepEqual(
        answers.map((a) => a.status),
        [201, 201],
      );
      const [a, b] = await Promise.all(
        answers.map(async (r) => ((await r.json()) as Schemas['ReadingReceipt']).readings[0]),
      );
      assert.equal(a?.id, b?.id);
      assert.deepEqual(await storedRows(meter.id), [
        { kind: 'initial', value: '10.000', superseded: false },
        { kind: 'reading', value: '15.500', superseded: false },
      ]);
    });

    it('MTR-1 an Idempotency-Key replays the first answer and refuses another body', async () => {
      const meter = await lab.install();
      const key = { 'idempotency-key': `meters-${meter.id}` };
      const first = await submit('owner', [{ meterId: meter.id, value: '12.000' }], key);
      assert.equal(first.status, 201);
      const replay = await submit('owner', [{ meterId: meter.id, value: '12.000' }], key);
      assert.equal(replay.status, 201);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await replay.json(), await first.json());
      const other = await submit('owner', [{ meterId: meter.id, value: '13.000' }], key);
      assert.deepEqual(
        [other.status, (await problemOf(other)).code],
        [422, 'idempotency_key_reused'],
      );
      assert.equal((await storedRows(meter.id)).length, 2);
    });

    it('MTR-2 the history pages newest first with the consumption between readings', async () => {
      const meterId = await lab.withHistory({
        5: '200.000',
        4: '203.250',
        3: '207.000',
        1: '209.125',
      });
      await accepted('owner', [{ meterId, value: '211.000' }]);
      const owner = await lab.as('owner');
      const pages: ReadingPage[] = [];
      let cursor: string | null = '';
      while (cursor !== null) {
        const response = await owner(
          `/meters/${meterId}/readings?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        const page = (await response.json()) as ReadingPage;
        pages.push(page);
        cursor = page.nextCursor;
      }
      assert.deepEqual(
        pages.map((p) => p.items.length),
        [2, 2, 1],
      );
      assert.deepEqual(
        pages.flatMap((p) => p.items.map((r) => [r.period, r.value, r.consumption])),
        [
          [thisMonth(), '211.000', '1.875'],
          [ago(1), '209.125', '2.125'],
          [ago(3), '207.000', '3.750'],
          [ago(4), '203.250', '3.250'],
          [ago(5), '200.000', null],
        ],
      );
      const bad = await owner(`/meters/${meterId}/readings?cursor=not-a-cursor`);
      assert.deepEqual(
        (await problemOf(bad)).errors?.map((e) => [e.field, e.code]),
        [['cursor', 'invalid_value']],
      );
    });

    it('MTR-2 the CSV export is RFC 4180 with a BOM, headed in the language asked for', async () => {
      const meter = await lab.install({ serialNumber: 'CSV-7' });
      const comment = 'Line one, "quoted"\nline two';
      await accepted('owner', [{ meterId: meter.id, value: '12.000', comment }]);
      await accepted('owner', [{ meterId: meter.id, value: '12.500', comment: '=1+2' }]);
      const owner = await lab.as('owner');
      const headings = {
        ru: 'Период,Показание,Вид,Переход через ноль,Расход,Подтверждён скачок,Комментарий,Передано,Кто передал,Заменено',
        pl: 'Okres,Odczyt,Rodzaj,Przekręcenie licznika,Zużycie,Potwierdzony skok,Komentarz,Przesłano,Przesłane przez,Zastąpiono',
        en: 'Period,Reading,Kind,Roll-over,Consumption,Confirmed jump,Comment,Submitted at,Submitted by,Superseded at',
      };
      // the owner's own language (pl) unless another is asked for
      for (const [query, locale] of [
        ['', 'pl'],
        ['?locale=ru', 'ru'],
        ['?locale=en', 'en'],
      ] as const) {
        const response = await owner(`/meters/${meter.id}/readings/export${query}`);
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
        assert.equal(
          response.headers.get('content-disposition'),
          `attachment; filename="meter-CSV-7-readings.csv"; filename*=UTF-8''meter-CSV-7-readings.csv`,
        );
        const bytes = Buffer.from(await response.arrayBuffer());
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
        const rows = parseCsv(bytes.subarray(3).toString('utf8'));
        assert.equal(rows[0]?.join(','), headings[locale]);
        const history = (await historyOf(meter.id)).reverse();
        assert.deepEqual(
          rows.slice(1),
          history.map((r) => [
            r.period,
            r.value,
            r.kind,
            String(r.rollover),
            r.consumption ?? '',
            String(r.flagged),
            r.comment === '=1+2' ? "'=1+2" : (r.comment ?? ''),
            r.submittedAt,
            r.submittedBy ?? '',
            r.supersededAt ?? '',
          ]),
        );
        assert.equal(rows[2]?.[6], comment);
      }
    });

    it('MTR-1 the review lists the month’s missing and flagged readings, by page', async () => {
      const missing = await lab.install();
      const sent = await lab.install();
      const late = await lab.install({ installedOn: lab.today() });
      const jumped = await usesTenThenSix();
      await accepted('owner', [{ meterId: sent.id, value: '11.000' }]);
      const [flagged] = await accepted('owner', [
        { meterId: jumped, value: '150.000', confirmImplausible: true, comment: 'A leak, fixed.' },
      ]);
      const manager = await lab.as('manager');
      async function reviewAll(query: string) {
        const items: ReviewPage['items'] = [];
        let cursor: string | null = '';
        let month = '';
        while (cursor !== null) {
          const response = await manager(
            `/meters/review?limit=2${query}${cursor ? `&cursor=${cursor}` : ''}`,
          );
          assert.equal(response.status, 200);
          const page = (await response.json()) as ReviewPage;
          items.push(...page.items);
          month = page.month;
          cursor = page.nextCursor;
        }
        return { month, items, ids: items.map((i) => i.meter.id) };
      }
      const now = await reviewAll('');
      assert.equal(now.month, thisMonth());
      assert.equal(new Set(now.ids).size, now.ids.length, 'no meter twice across pages');
      assert.ok(now.ids.includes(missing.id) && now.ids.includes(late.id));
      assert.ok(!now.ids.includes(sent.id));
      const flaggedItem = now.items.find((i) => i.meter.id === jumped);
      assert.deepEqual([flaggedItem?.status, flaggedItem?.reading], ['flagged', flagged]);
      const onlyMissing = await reviewAll('&status=missing');
      assert.ok(onlyMissing.items.every((i) => i.status === 'missing' && i.reading === null));
      assert.deepEqual(
        onlyMissing.ids,
        now.items.filter((i) => i.status === 'missing').map((i) => i.meter.id),
      );
      const onlyFlagged = await reviewAll('&status=flagged');
      assert.ok(onlyFlagged.items.every((i) => i.status === 'flagged' && i.reading?.flagged));
      assert.ok(onlyFlagged.ids.includes(jumped));
      const lastMonth = await reviewAll(`&month=${ago(1)}`);
      assert.equal(lastMonth.month, ago(1));
      assert.ok(lastMonth.ids.includes(sent.id), 'nothing was sent for last month');
      assert.ok(!lastMonth.ids.includes(late.id), 'not installed by then');
      assert.ok(!lastMonth.ids.includes(jumped), 'its reading of last month was sent');
    });

    it('MTR-1 MTR-2 another unit’s resident, staff without meters, another tenant and anonymous callers get nothing', async () => {
      const meter = await lab.install({ serialNumber: 'SECRET-9' });
      await accepted('owner', [{ meterId: meter.id, value: '12.000', comment: 'secret note' }]);
      const routes: [string, string, unknown?][] = [
        ['GET', `/meters?unitId=${lab.units.u1}`],
        [
          'POST',
          '/meters',
          {
            unitId: lab.units.u1,
            kind: 'gas',
            serialNumber: 'X-1',
            measure: 'm3',
            digits: 5,
            decimals: 3,
            installedOn: lab.today(),
            verificationDueOn: '2035-01-01',
            initialValue: '0',
          },
        ],
        ['POST', '/meters/readings', { readings: [{ meterId: meter.id, value: '13.000' }] }],
        ['GET', `/meters/${meter.id}/readings`],
        ['GET', `/meters/${meter.id}/readings/export`],
        [
          'POST',
          `/meters/${meter.id}/replacement`,
          {
            replacedOn: lab.today(),
            serialNumber: 'X-2',
            digits: 5,
            decimals: 3,
            verificationDueOn: '2035-01-01',
            initialValue: '0',
          },
        ],
        ['GET', '/meters/review'],
      ];
      async function statuses(call: Call | null, prefix = `/t/${lab.slug}`) {
        const found: number[] = [];
        for (const [method, path, json] of routes) {
          const init = { method, ...(json !== undefined && { json }) };
          const response = call
            ? await call(path, init)
            : await server().fetch(`${prefix}${path}`, init);
          const text = await response.text();
          assert.ok(
            !text.includes('SECRET-9') && !text.includes('secret note'),
            `${method} ${path}`,
          );
          found.push(response.status);
        }
        return found;
      }
      assert.deepEqual(
        await statuses(await lab.as('neighbour')),
        [404, 403, 404, 404, 404, 403, 403],
      );
      assert.deepEqual(
        await statuses(await lab.as('accountant')),
        [403, 403, 403, 403, 403, 403, 403],
      );
      assert.deepEqual(await statuses(null), [401, 401, 401, 401, 401, 401, 401]);
      // staff see every meter, but only residents send readings
      assert.equal((await submit('manager', [{ meterId: meter.id, value: '13.000' }])).status, 403);
      // installing, replacing and reviewing are staff's, even for a meter of one's own unit
      const resident = await lab.as('resident');
      const staffOnly = routes.filter((_, i) => [1, 5, 6].includes(i));
      for (const [method, path, json] of staffOnly) {
        assert.equal(
          (await resident(path, { method, ...(json !== undefined && { json }) })).status,
          403,
          path,
        );
      }

      // Katarzyna manages lesna-5: there the lab's ids mean nothing, here her token is not valid
      const session = await server().client('lesna-5').auth.signIn({
        email: 'katarzyna@lesna5.example',
        password: 'Zarzad-2026!',
      });
      const bearer = { authorization: `Bearer ${session.accessToken}` };
      const asKatarzyna =
        (tenant: string): Call =>
        (path, init = {}) =>
          server().fetch(`/t/${tenant}${path}`, {
            ...init,
            headers: { ...bearer, ...init.headers },
          });
      assert.deepEqual(await statuses(asKatarzyna('lesna-5')), [404, 400, 403, 404, 404, 404, 200]);
      assert.deepEqual(await statuses(asKatarzyna(lab.slug)), [401, 401, 401, 401, 401, 401, 401]);
      assert.equal((await storedRows(meter.id)).length, 2, 'nobody else changed anything');
    });

    it('MTR-1 a jump across several months is judged per month; the error gives the whole use, the months and the monthly figure', async () => {
      // monthly uses 10, 6 and 4: the largest is 10; the base is three months back
      const meterId = await lab.withHistory({
        6: '100.000',
        5: '110.000',
        4: '116.000',
        3: '120.000',
      });
      const owner = await lab.as('owner');
      // 96 over 3 months is 32 a month, over 3 × 10
      const response = await owner('/meters/readings', {
        method: 'POST',
        headers: { 'accept-language': 'en' },
        json: { readings: [{ meterId, value: '216.000' }] },
      });
      const problem = await problemOf(response.clone());
      assert.equal(
        problem.errors?.[0]?.message,
        'Monthly use of 32.000 over 3 months is over 3 times the largest monthly use (10.000). Check the value, or confirm it with a comment.',
      );
      assert.deepEqual(await rejected(response), [
        {
          field: 'readings.0.value',
          code: 'reading_implausible',
          params: {
            meterId,
            consumption: '96.000',
            months: 3,
            monthly: '32.000',
            reference: '10.000',
            factor: '3',
            rule: 'largest',
            confirmable: true,
          },
        },
      ]);
      // 90 over 3 months is 30 a month: not over
      const [reading] = await accepted('owner', [{ meterId, value: '210.000' }]);
      assert.equal(reading?.consumption, '90.000');
    });

    it('MTR-1 a reading accepted as an implausible jump does not raise what counts as plausible', async () => {
      // uses 10, then 90 (flagged), then 6: the reference is 10, not 90
      const meterId = await lab.withHistory({
        4: '100.000',
        3: '110.000',
        2: '200.000',
        1: '206.000',
      });
      await lab.sql((sql) =>
        sql.query(
          `UPDATE meter_readings SET flagged = true, comment = 'A burst pipe.'
            WHERE meter_id = $1 AND period = $2`,
          [meterId, `${ago(2)}-01`],
        ),
      );
      const errors = await rejected(await submit('owner', [{ meterId, value: '240.000' }]));
      assert.deepEqual(
        errors.map((e) => [e.code, e.params?.consumption, e.params?.reference]),
        [['reading_implausible', '34.000', '10.000']],
      );
    });

    it('MTR-1 a roll-over is judged for a jump on the use across the maximum', async () => {
      // 4 + 1 digits; uses 10, then 20 over two months: the largest monthly use is 10
      const meterId = await lab.withHistory({ 4: '9950.0', 3: '9960.0', 1: '9980.0' });
      await lab.sql((sql) =>
        sql.query('UPDATE meters SET digits = 4, decimals = 1 WHERE id = $1', [meterId]),
      );
      // (10^4 − 9980) + 25 = 45 > 30
      const errors = await rejected(
        await submit('owner', [{ meterId, value: '25.0', rollover: true }]),
      );
      assert.deepEqual(
        errors.map((e) => [e.code, e.params?.consumption, e.params?.months, e.params?.monthly]),
        [['reading_implausible', '45.000', 1, '45.000']],
      );
      // (10^4 − 9980) + 10 = 30, not over 30
      const [reading] = await accepted('owner', [{ meterId, value: '10.0', rollover: true }]);
      assert.deepEqual([reading?.rollover, reading?.consumption], [true, '30.000']);
    });

    it('MTR-1 after a replacement this month the new device’s initial value is the base of a one-month jump', async () => {
      const meterId = await usesTenThenSix();
      const replaced = await lab.replace(meterId);
      assert.equal(replaced.status, 200, await replaced.clone().text());
      const meter = (await replaced.json()) as Meter;
      assert.deepEqual(
        [meter.lastReading?.kind, meter.lastReading?.value, meter.lastReading?.period],
        ['initial', '0.000', thisMonth()],
      );
      // 31 in this one month, over 3 × the old device's largest monthly use of 10
      const errors = await rejected(await submit('owner', [{ meterId, value: '31.000' }]));
      assert.deepEqual(
        errors.map((e) => [e.code, e.params?.consumption, e.params?.months, e.params?.reference]),
        [['reading_implausible', '31.000', 1, '10.000']],
      );
      const [reading] = await accepted('owner', [{ meterId, value: '30.000' }]);
      assert.equal(reading?.consumption, '30.000');
    });

    it('MTR-1 a replacement dated before the meter’s newest reading is refused', async () => {
      // the newest reading was sent on the 15th of last month at noon UTC: the 16th in the
      // lab's zone (UTC+14)
      const meterId = await lab.withHistory({ 4: '100.000', 1: '110.000' });
      const replace = (replacedOn: string) => lab.replace(meterId, { replacedOn });
      for (const day of [`${ago(2)}-20`, `${ago(1)}-15`]) {
        const problem = await problemOf(await replace(day));
        assert.deepEqual(
          problem.errors?.map((e) => [e.field, e.code]),
          [['replacedOn', 'out_of_range']],
          day,
        );
      }
      assert.equal((await storedRows(meterId)).length, 2, 'nothing recorded');
      assert.equal((await replace(`${ago(1)}-16`)).status, 200, 'the day of the reading is fine');
    });

    it('MTR-1 ids are uuids in either case, compared as one; urn:uuid: and the like are 400', async () => {
      const meter = await lab.install();
      const upper = meter.id.toUpperCase();
      const twice = await problemOf(
        await submit('owner', [
          { meterId: meter.id, value: '12.000' },
          { meterId: upper, value: '13.000' },
        ]),
      );
      assert.deepEqual(
        twice.errors?.map((e) => [e.field, e.code]),
        [['readings.1.meterId', 'invalid_value']],
      );
      const [reading] = await accepted('owner', [{ meterId: upper, value: '12.000' }]);
      assert.equal(reading?.meterId, meter.id);
      assert.equal((await historyOf(upper)).length, 2);
      const owner = await lab.as('owner');
      const listed = (await metersOf('owner', `&unitId=${lab.units.u1.toUpperCase()}`)).items;
      assert.ok(listed.some((m) => m.id === meter.id));

      const urn = `urn:uuid:${meter.id}`;
      const manager = await lab.as('manager');
      const refusals: [Call, string, RequestInit & { json?: unknown }, string][] = [
        [owner, `/meters/${urn}/readings`, {}, 'meterId'],
        [owner, `/meters/${urn}/readings/export`, {}, 'meterId'],
        [owner, `/meters?unitId=urn:uuid:${lab.units.u1}`, {}, 'unitId'],
        [
          owner,
          '/meters/readings',
          { method: 'POST', json: { readings: [{ meterId: urn, value: '13.000' }] } },
          'readings.0.meterId',
        ],
        [
          manager,
          '/meters',
          { method: 'POST', json: lab.meterInput({ unitId: `urn:uuid:${lab.units.u1}` }) },
          'unitId',
        ],
      ];
      for (const [call, path, init, field] of refusals) {
        const response = await call(path, init);
        assert.equal(response.status, 400, path);
        assert.deepEqual(
          (await problemOf(response)).errors?.map((e) => [e.field, e.code]),
          [[field, 'invalid_format']],
          path,
        );
      }
    });

    it('MTR-1 U+0000 in a comment or a serial number is a 400 naming the field; nothing is stored', async () => {
      const meter = await lab.install();
      const problem = await problemOf(
        await submit('owner', [{ meterId: meter.id, value: '12.000', comment: 'a\u0000b' }]),
      );
      assert.deepEqual(
        [problem.status, problem.errors?.map((e) => [e.field, e.code])],
        [400, [['readings.0.comment', 'invalid_value']]],
      );
      const manager = await lab.as('manager');
      const installed = await manager('/meters', {
        method: 'POST',
        json: lab.meterInput({ serialNumber: 'NUL\u0000-1' }),
      });
      assert.deepEqual(
        (await problemOf(installed)).errors?.map((e) => [e.field, e.code]),
        [['serialNumber', 'invalid_value']],
      );
      assert.equal((await storedRows(meter.id)).length, 1);
    });

    it('MTR-2 a history cursor of another meter, or of the year 0000, is a 400 naming it', async () => {
      const first = await lab.withHistory({ 3: '100.000', 2: '101.000' });
      const second = await lab.install();
      const owner = await lab.as('owner');
      const page = (await (await owner(`/meters/${first}/readings?limit=1`)).json()) as ReadingPage;
      assert.ok(page.nextCursor);
      const [, readingId] = JSON.parse(
        Buffer.from(page.nextCursor, 'base64url').toString(),
      ) as string[];
      const yearZero = Buffer.from(
        JSON.stringify(['0000-01-01T00:00:00.000000Z', readingId]),
      ).toString('base64url');
      for (const [meterId, cursor] of [
        [second.id, page.nextCursor],
        [first, yearZero],
      ] as const) {
        const response = await owner(`/meters/${meterId}/readings?cursor=${cursor}`);
        assert.equal(response.status, 400);
        assert.deepEqual(
          (await problemOf(response)).errors?.map((e) => [e.field, e.code]),
          [['cursor', 'invalid_value']],
        );
      }
      assert.equal(
        (await owner(`/meters/${first}/readings?cursor=${page.nextCursor}`)).status,
        200,
      );
    });

    it('MTR-1 two different readings at once leave one current reading superseding the other', async () => {
      const meter = await lab.install();
      const answers = await Promise.all([
        submit('owner', [{ meterId: meter.id, value: '15.000' }]),
        submit('resident', [{ meterId: meter.id, value: '16.000' }]),
      ]);
      assert.deepEqual(
        answers.map((a) => a.status),
        [201, 201],
      );
      const ids = await Promise.all(
        answers.map(async (r) => ((await r.json()) as Schemas['ReadingReceipt']).readings[0]?.id),
      );
      const rows = await lab.sql(async (sql) => {
        const { rows } = await sql.query<{
          id: string;
          kind: string;
          supersededBy: string | null;
          consumption: string | null;
        }>(
          `SELECT id, kind, superseded_by AS "supersededBy", consumption::text AS consumption
             FROM meter_readings WHERE meter_id = $1 ORDER BY submitted_at, id`,
          [meter.id],
        );
        return rows;
      });
      const [initial, earlier, later] = rows;
      assert.equal(rows.length, 3);
      assert.deepEqual([initial?.kind, initial?.supersededBy], ['initial', null]);
      assert.deepEqual(
        [earlier?.supersededBy, later?.supersededBy],
        [later?.id, null],
        'the first one stored is superseded by the second',
      );
      assert.deepEqual(new Set(ids), new Set([earlier?.id, later?.id]));
      assert.ok(later?.consumption === '5.000' || later?.consumption === '6.000');
    });

    it('MTR-1 installing and replacing a meter with an Idempotency-Key happen once', async () => {
      const manager = await lab.as('manager');
      const key = `install-${lab.today()}-${Math.random()}`;
      const body = lab.meterInput({ serialNumber: 'IDEM-1', initialValue: '1' });
      const install = () =>
        manager('/meters', { method: 'POST', headers: { 'idempotency-key': key }, json: body });
      const first = await install();
      assert.equal(first.status, 201);
      const replay = await install();
      assert.deepEqual([replay.status, replay.headers.get('idempotent-replayed')], [201, 'true']);
      const meter = (await first.json()) as Meter;
      assert.deepEqual(await replay.json(), meter);
      const count = await lab.sql(async (sql) => {
        const { rows } = await sql.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM meters WHERE serial_number = 'IDEM-1'",
        );
        return rows[0]?.n;
      });
      assert.equal(count, 1);

      const replace = () =>
        lab.replace(
          meter.id,
          { serialNumber: 'IDEM-2' },
          { 'idempotency-key': `${key}-replacement` },
        );
      const replaced = await replace();
      assert.equal(replaced.status, 200);
      const again = await replace();
      assert.deepEqual([again.status, again.headers.get('idempotent-replayed')], [200, 'true']);
      assert.deepEqual(await again.json(), await replaced.json());
      assert.deepEqual(
        (await storedRows(meter.id)).map((r) => [r.kind, r.value]),
        [
          ['initial', '1.000'],
          ['initial', '0.000'],
        ],
        'one replacement recorded',
      );
    });

    it('MTR-1 MTR-2 the demo tenants have a year of readings up to last month and an open window', async () => {
      const expectations = [
        {
          tenant: 'lesna-5',
          email: 'anna@lesna5.example',
          password: 'Lesna5-Haslo!',
          zone: 'Europe/Warsaw',
          count: 4,
        },
        {
          tenant: 'demo-hotel',
          email: 'irina@nevsky-apart.example',
          password: 'Nevsky-2026',
          zone: 'Europe/Moscow',
          count: 8,
        },
      ];
      for (const demo of expectations) {
        const { email, password } = demo;
        const session = await server().client(demo.tenant).auth.signIn({ email, password });
        const call: Call = (path, init = {}) =>
          server().fetch(`/t/${demo.tenant}${path}`, {
            ...init,
            headers: { authorization: `Bearer ${session.accessToken}`, ...init.headers },
          });
        const page = (await (await call('/meters')).json()) as MeterPage;
        const month = new Intl.DateTimeFormat('en-CA', { timeZone: demo.zone })
          .format(new Date())
          .slice(0, 7);
        assert.equal(page.items.length, demo.count);
        assert.deepEqual(page.window, {
          month,
          opensOn: `${month}-01`,
          closesOn: lastDayOfMonth(month),
          isOpen: true,
        });
        assert.ok(
          page.items.every(
            (m) => m.lastReading?.period === monthsBefore(month, 1) && m.windowReading === null,
          ),
        );
        const histories = await Promise.all(
          page.items.map(
            async (m) =>
              ((await (await call(`/meters/${m.id}/readings?limit=100`)).json()) as ReadingPage)
                .items,
          ),
        );
        const readings = histories.flat().filter((r) => r.kind === 'reading');
        assert.ok(new Set(readings.map((r) => r.period)).size >= 12, 'a year of months');
        const flagged = readings.filter((r) => r.flagged);
        assert.equal(flagged.length, 1);
        assert.ok(flagged[0]?.comment);
        const superseded = readings.filter((r) => r.supersededAt !== null);
        assert.equal(superseded.length, 1);
        assert.equal(superseded[0]?.consumption, null);
        // the demo can send this month's reading of the first meter
        const first = page.items[0];
        const value = (Number(first?.lastReading?.value) + 4.2).toFixed(3);
        const sent = await call('/meters/readings', {
          method: 'POST',
          json: { readings: [{ meterId: first?.id, value }] },
        });
        assert.equal(sent.status, 201, await sent.clone().text());
      }
    });
  });
}

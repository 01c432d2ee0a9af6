import { randomUUID } from 'node:crypto';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locale } from '@atrium/sdk';
import { one } from '../src/db/scope.js';
import { seedDemo } from '../src/demo/seed.js';
import { settleSucceeded } from '../src/payments/settle.js';
import { attachment } from '../src/reports/disposition.js';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';
import { pdfText } from './pdf-text.js';
import { people, seedTicketsFixture, type TicketsFixture, type Who } from './tickets-fixture.js';

// Flat 14's account, booked by hand: [kind, title, month, amount, booked at]. January's form,
// by hand: maintenance 488.70 + 1.30 = 490.00, repair fund 122.40, heating 177.48, water
// 85.40, interest 0.57, the heating settlement refunds 97.74: due 778.11; paid 300.00 + 200.00
// = 500.00; to pay 278.11. December left 488.70 - 400.00 = 88.70 owed; February is not
// January's. The second January payment is booked at 00:30 on 1 February in Warsaw.
const booked = [
  ['charge', 'maintenance', '2025-12', -48870, '2025-12-01T05:00:00Z'],
  ['payment', 'payment', '2025-12', 40000, '2025-12-12T09:00:00Z'],
  ['charge', 'maintenance', '2026-01', -48870, '2026-01-01T05:00:00Z'],
  ['charge', 'repair_fund', '2026-01', -12240, '2026-01-01T05:00:00Z'],
  ['charge', 'heating', '2026-01', -17748, '2026-01-01T05:00:00Z'],
  ['charge', 'water', '2026-01', -8540, '2026-01-01T05:00:00Z'],
  ['charge', 'late_interest', '2026-01', -57, '2026-01-01T05:30:00Z'],
  ['charge', 'maintenance', '2026-01', -130, '2026-01-05T10:00:00Z'],
  ['payment', 'payment', '2026-01', 30000, '2026-01-12T09:00:00Z'],
  ['settlement', 'heating', '2026-01', 9774, '2026-01-20T08:00:00Z'],
  ['payment', 'payment', '2026-01', 20000, '2026-01-31T23:30:00Z'],
  ['charge', 'maintenance', '2026-02', -48870, '2026-02-01T05:00:00Z'],
] as const;

// Each language's words for January, written out here rather than read from the server's tables.
const january = {
  pl: {
    stem: 'formularz-oplat',
    parts: [
      'Formularz opłat',
      'Okres rozliczeniowy: styczeń 2026',
      'Odbiorca Wspólnota Mieszkaniowa Leśna 5 Adres: ul. Leśna 5, 30-001 Kraków',
      'NIP: 679-000-01-20',
      'Numer rachunku: PL81 9999 0001 0000 0000 0000 0005',
      'Bank: Bank Demonstracyjny S.A.',
      'BIC/SWIFT: DEMOPLPWXXX',
      'Płatnik Numer konta lokalu: LES5-014 Lokal: 14',
      'Nieruchomość: Wspólnota Mieszkaniowa Leśna 5, ul. Leśna 5, 30-001 Kraków',
      'Naliczenia za miesiąc Tytuł Kwota',
      'Eksploatacja (koszty zarządu) 490,00 zł',
      'Fundusz remontowy 122,40 zł',
      'Centralne ogrzewanie 177,48 zł',
      'Woda i ścieki 85,40 zł',
      'Odsetki za zwłokę 0,57 zł',
      'Rozliczenie: Centralne ogrzewanie -97,74 zł',
      'Razem naliczenia 778,11 zł',
      'Wpłaty zaksięgowane za miesiąc Data Sposób Kwota',
      '12.01.2026 przelew 300,00 zł',
      '01.02.2026 przelew 200,00 zł',
      'Razem wpłaty 500,00 zł',
      'Do zapłaty: 278,11 zł',
      'Zaległość z poprzednich okresów (informacyjnie, poza kwotą do zapłaty): 88,70 zł',
      'Dane do przelewu Nazwa odbiorcy: Wspólnota Mieszkaniowa Leśna 5',
      'Tytuł przelewu: Opłaty za lokal 14, konto LES5-014, 01.2026',
      'Kwota: 278,11 zł',
    ],
  },
  ru: {
    stem: 'kvitanciya',
    parts: [
      'Квитанция на оплату',
      'Расчётный период: январь 2026',
      'Получатель платежа Wspólnota Mieszkaniowa Leśna 5',
      'ИНН/КПП: 679-000-01-20',
      'Расчётный счёт: PL81 9999 0001 0000 0000 0000 0005',
      'Плательщик Лицевой счёт: LES5-014 Помещение: 14',
      'Вид услуги Сумма',
      'Содержание помещения 490,00 PLN',
      'Взнос на капитальный ремонт 122,40 PLN',
      'Отопление 177,48 PLN',
      'Водоснабжение и водоотведение 85,40 PLN',
      'Пени 0,57 PLN',
      'Перерасчёт: Отопление -97,74 PLN',
      'Итого начислено 778,11 PLN',
      '12.01.2026 банковский перевод 300,00 PLN',
      'Итого оплачено 500,00 PLN',
      'К оплате: 278,11 PLN',
      'Задолженность за прошлые периоды (справочно, в сумму к оплате не входит): 88,70 PLN',
      'Назначение платежа: Оплата ЖКУ, л/с LES5-014, январь 2026',
    ],
  },
  en: {
    stem: 'payment-form',
    parts: [
      'Payment form',
      'Period: January 2026',
      'Payee Wspólnota Mieszkaniowa Leśna 5',
      'Tax ID: 679-000-01-20',
      'Bank account: PL81 9999 0001 0000 0000 0000 0005',
      'Payer Account: LES5-014 Unit: 14',
      'Item Amount',
      'Maintenance PLN 490.00',
      'Repair fund PLN 122.40',
      'Heating PLN 177.48',
      'Water and sewage PLN 85.40',
      'Late-payment interest PLN 0.57',
      'Settlement: Heating -PLN 97.74',
      'Total charges PLN 778.11',
      '01/12/2026 bank transfer PLN 300.00',
      '02/01/2026 bank transfer PLN 200.00',
      'Total paid PLN 500.00',
      'To pay: PLN 278.11',
      'Owed from earlier months (for information, not in the amount to pay): PLN 88.70',
      'Transfer title: Charges for unit 14, account LES5-014, January 2026',
    ],
  },
} satisfies Record<Locale, { stem: string; parts: string[] }>;

// One space for any run of white space (pdf.js splits cells, ru and pl money use U+00A0).
const flat = (text: string) => text.replace(/\s+/g, ' ');

for (const engine of engines) {
  describe(`the monthly payment form on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let fixture: TicketsFixture;
    let account14: string;
    let account12: string;
    const tokens = new Map<Who, string>();

    before(async () => {
      fixture = await seedTicketsFixture(server().app.db);
      await server().app.db.withSystem(async (sql) => {
        account14 = one(
          await sql.query<{ id: string }>(
            `INSERT INTO accounts (tenant_id, unit_id, number) VALUES ($1, $2, 'LES5-014')
             RETURNING id`,
            [fixture.lesnaId, fixture.units.lokal14],
          ),
        ).id;
        account12 = one(
          await sql.query<{ id: string }>(
            "SELECT id FROM accounts WHERE tenant_id = $1 AND number = 'LES5-012'",
            [fixture.lesnaId],
          ),
        ).id;
        for (const [kind, title, month, amount, at] of booked) {
          await sql.query(
            `INSERT INTO account_entries (tenant_id, account_id, kind, title, month, amount,
                                          booked_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [fixture.lesnaId, account14, kind, title, `${month}-01`, amount, at],
          );
        }
      });
    });

    async function tokenOf(who: Who): Promise<string> {
      const cached = tokens.get(who);
      if (cached) return cached;
      const { tenant, email, password } = people[who];
      const response = await server().fetch(`/t/${tenant}/auth/sign-in`, {
        method: 'POST',
        json: { email, password },
      });
      assert.equal(response.status, 200, `${who} signs in`);
      const { accessToken } = (await response.json()) as { accessToken: string };
      tokens.set(who, accessToken);
      return accessToken;
    }

    /** The form's answer for someone (null: nobody signed in), on their tenant unless told. */
    async function form(who: Who | null, accountId: string, query: string, tenant?: string) {
      const headers = new Headers();
      if (who) headers.set('authorization', `Bearer ${await tokenOf(who)}`);
      const slug = tenant ?? (who ? people[who].tenant : 'lesna-5');
      return server().fetch(`/t/${slug}/accounts/${accountId}/payment-form?${query}`, { headers });
    }

    /** The form's text, checked to be a PDF download named as given. */
    async function formText(who: Who, accountId: string, query: string, name?: string) {
      const response = await form(who, accountId, query);
      assert.equal(response.status, 200, await response.clone().text());
      assert.equal(response.headers.get('content-type'), 'application/pdf');
      assert.equal(response.headers.get('cache-control'), 'private, no-store');
      if (name) assert.equal(response.headers.get('content-disposition'), attachment(name));
      return flat(await pdfText(Buffer.from(await response.arrayBuffer())));
    }

    /** The tenant's current month (YYYY-MM) in its time zone, as payments are booked for. */
    const currentMonth = (slug: string) =>
      server().app.db.withSystem(
        async (sql) =>
          one(
            await sql.query<{ month: string }>(
              `SELECT to_char(now() AT TIME ZONE time_zone, 'YYYY-MM') AS month
               FROM tenants WHERE slug = $1`,
              [slug],
            ),
          ).month,
      );

    it('FIN-3 a month’s charges and settlements by title, less the payments booked for it, counted by hand', async () => {
      // Wiktor lives in flat 14 and reads Polish
      const text = await formText(
        'wiktor',
        account14,
        'month=2026-01',
        'formularz-oplat-LES5-014-2026-01.pdf',
      );
      for (const part of january.pl.parts) assert.ok(text.includes(part), part);
      // the titles in the contract's order, charges before settlements
      const order = [
        'Eksploatacja',
        'Fundusz remontowy',
        'Centralne ogrzewanie 177,48',
        'Woda i ścieki',
        'Odsetki za zwłokę',
        'Rozliczenie:',
      ].map((part) => text.indexOf(part));
      assert.deepEqual(
        order,
        [...order].sort((a, b) => a - b),
      );
      // only January's entries: February's charge and December's payment are not on it
      assert.ok(!text.includes('400,00 zł'));
      assert.equal(text.split('488,70 zł').length, 1, 'no 488.70 row: maintenance sums to 490.00');
      // a Polish payee has no correspondent account; nobody's name is printed
      assert.ok(!text.includes('Rachunek korespondencyjny'));
      for (const name of ['Wiktor', 'Олена', 'Anna', 'Nowak'])
        assert.ok(!text.includes(name), name);
    });

    it('FIN-3 each language’s words and money: the person’s own language by default, another when asked', async () => {
      // Olena, flat 14's other resident, reads Russian; the form asked for in each language
      const asked = [
        ['olena', '', 'ru'],
        ['olena', '&locale=en', 'en'],
        ['olena', '&locale=pl', 'pl'],
        ['katarzyna', '&locale=ru', 'ru'],
      ] as const;
      for (const [who, query, locale] of asked) {
        const { stem, parts } = january[locale];
        const text = await formText(
          who,
          account14,
          `month=2026-01${query}`,
          `${stem}-LES5-014-2026-01.pdf`,
        );
        for (const part of parts) assert.ok(text.includes(part), `${who} ${locale}: ${part}`);
      }
    });

    it('FIN-2 FIN-3 a payment booked for the month lowers the amount to pay, never below nothing', async () => {
      const month = await currentMonth('lesna-5');
      const { typeId, wiktorId } = await server().app.db.withSystem(async (sql) => {
        await sql.query(
          `INSERT INTO account_entries (tenant_id, account_id, kind, title, month, amount)
           VALUES ($1, $2, 'charge', 'maintenance', $3, -48870)`,
          [fixture.lesnaId, account14, `${month}-01`],
        );
        return one(
          await sql.query<{ typeId: string; wiktorId: string }>(
            `SELECT (SELECT id FROM payment_types WHERE tenant_id = $1 AND kind = 'money')
                      AS "typeId",
                    (SELECT id FROM people WHERE tenant_id = $1 AND email = $2) AS "wiktorId"`,
            [fixture.lesnaId, people.wiktor.email],
          ),
        );
      });
      // an online payment made now and settled as the provider's notice settles it
      const pay = (amount: number) =>
        server().app.db.withSystem(async (sql) => {
          const paymentId = one(
            await sql.query<{ id: string }>(
              `INSERT INTO payments (tenant_id, account_id, payment_type_id, method, amount,
                                     provider, request_key, created_by)
               VALUES ($1, $2, $3, 'online', $4, 'sandbox', $5, $6) RETURNING id`,
              [fixture.lesnaId, account14, typeId, amount, randomUUID(), wiktorId],
            ),
          ).id;
          assert.ok(await settleSucceeded(sql, { tenantId: fixture.lesnaId, paymentId }));
        });
      const current = () => formText('wiktor', account14, `month=${month}`);

      const unpaid = await current();
      assert.ok(unpaid.includes('Eksploatacja (koszty zarządu) 488,70 zł'));
      assert.ok(unpaid.includes('Brak wpłat za ten miesiąc.'));
      assert.ok(unpaid.includes('Do zapłaty: 488,70 zł'));

      await pay(20000);
      const part = await current();
      const today = new Intl.DateTimeFormat('pl', {
        timeZone: 'Europe/Warsaw',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }).format(new Date());
      assert.ok(part.includes(`${today} płatność online 200,00 zł`), part);
      assert.ok(part.includes('Do zapłaty: 288,70 zł'));
      assert.ok(part.includes('Kwota: 288,70 zł'));

      // 500.00 paid against 488.70 due: nothing to pay, not a negative amount
      await pay(30000);
      const paid = await current();
      assert.ok(paid.includes('Razem wpłaty 500,00 zł'));
      assert.ok(paid.includes('Do zapłaty: 0,00 zł Za ten miesiąc nie ma nic do zapłaty.'));
      assert.ok(!paid.includes('-11,30 zł'));
    });

    it('FIN-3 a month without entries still gives a form, with nothing to pay', async () => {
      const text = await formText('wiktor', account14, 'month=2024-06&locale=en');
      for (const part of [
        'Period: June 2024',
        'No charges this month.',
        'No payments this month.',
        'To pay: PLN 0.00 Nothing to pay for this month.',
        'Transfer title: Charges for unit 14, account LES5-014, June 2024',
      ]) {
        assert.ok(text.includes(part), part);
      }
      // nothing was booked before June 2024 either
      assert.ok(!text.includes('earlier months'));
    });

    it('FIN-3 the Russian demo: the payee’s р/с, БИК, к/с and ИНН/КПП, the month’s charges of flat 101 by hand', async () => {
      const month = await currentMonth('demo-hotel');
      const account = await server().app.db.withSystem(
        async (sql) =>
          one(
            await sql.query<{ id: string }>(
              "SELECT id FROM accounts WHERE tenant_id = $1 AND number = '7800101'",
              [fixture.hotelId],
            ),
          ).id,
      );
      const [year, monthNumber] = month.split('-').map(Number) as [number, number];
      const monthName = new Intl.DateTimeFormat('ru', { month: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(year, monthNumber - 1, 1)),
      );
      const text = await formText(
        'petr',
        account,
        `month=${month}`,
        `kvitanciya-7800101-${month}.pdf`,
      );
      // 32.50 m²: maintenance 38.50 and heating 45.20 a m², water and electricity fixed;
      // the current month is not paid yet in the demo
      for (const part of [
        'Получатель платежа ООО «Невский Апарт» Адрес: Невский проспект, 100, Санкт-Петербург',
        'ИНН/КПП: 7841000001/784101001',
        'Расчётный счёт: 40702810600000012345',
        'Банк: АО «Демо-Банк», Санкт-Петербург',
        'БИК: 044030999',
        'Корр. счёт: 30101810400000000999',
        'Лицевой счёт: 7800101 Помещение: 101',
        'Содержание помещения 1 251,25 ₽',
        'Отопление 1 469,00 ₽',
        'Водоснабжение и водоотведение 1 250,00 ₽',
        'Электроснабжение 2 100,00 ₽',
        'Итого начислено 6 070,25 ₽',
        'Оплат за месяц нет.',
        'К оплате: 6 070,25 ₽',
        'Задолженность за прошлые периоды',
        `Назначение платежа: Оплата ЖКУ, л/с 7800101, ${monthName} ${year}`,
      ]) {
        assert.ok(text.includes(part), part);
      }
    });

    it('FIN-3 409 payment_form_unavailable while the property has no bank account', async () => {
      const account = await server().app.db.withSystem(async (sql) => {
        const unit = one(
          await sql.query<{ id: string }>(
            `WITH p AS (
               INSERT INTO properties (tenant_id, name, type, legal_entity, address, total_area)
               VALUES ($1, 'Wspólnota Mieszkaniowa Leśna 7', 'residential_building',
                       'Wspólnota Mieszkaniowa Leśna 7', 'ul. Leśna 7, 30-001 Kraków', 900)
               RETURNING id)
             INSERT INTO units (tenant_id, property_id, number, area)
             SELECT $1, id, '1', 50 FROM p RETURNING id`,
            [fixture.lesnaId],
          ),
        ).id;
        return one(
          await sql.query<{ id: string }>(
            `INSERT INTO accounts (tenant_id, unit_id, number) VALUES ($1, $2, 'LES7-001')
             RETURNING id`,
            [fixture.lesnaId, unit],
          ),
        ).id;
      });
      const response = await form('katarzyna', account, 'month=2026-01');
      assert.equal(response.status, 409);
      assert.equal((await problemOf(response)).code, 'payment_form_unavailable');
    });

    it('FIN-3 ORG-1 another unit’s resident, a board member owning nothing, another tenant and nobody get no form', async () => {
      for (const who of ['anna', 'tom', 'marek'] as const) {
        const response = await form(who, account14, 'month=2026-01');
        assert.equal(response.status, 404, who);
        assert.equal((await problemOf(response)).code, 'not_found');
      }
      // Anna's own flat has its form; flat 14 is another tenant's account to Пётр
      assert.equal((await form('anna', account12, 'month=2026-01')).status, 200);
      assert.equal((await form('petr', account14, 'month=2026-01')).status, 404);
      assert.equal((await form('katarzyna', randomUUID(), 'month=2026-01')).status, 404);
      const anonymous = await form(null, account14, 'month=2026-01');
      assert.equal(anonymous.status, 401);
      assert.equal((await problemOf(anonymous)).code, 'unauthenticated');
    });

    it('FIN-3 a bad month or locale is a 400 naming the field', async () => {
      for (const [query, field] of [
        ['month=2026-13', 'month'],
        ['month=2026-1', 'month'],
        ['', 'month'],
        ['month=2026-01&locale=de', 'locale'],
      ] as const) {
        const response = await form('wiktor', account14, query);
        assert.equal(response.status, 400, query);
        const problem = await problemOf(response);
        assert.equal(problem.code, 'validation_failed');
        assert.deepEqual(
          problem.errors?.map((e) => e.field),
          [field],
          query,
        );
      }
      assert.equal((await form('wiktor', '14', 'month=2026-01')).status, 400);
    });

    it('FIN-5 the demo tenants’ payees and payment types are seeded once', async () => {
      const { db } = server().app;
      const setup = () =>
        db.withSystem(async (sql) => {
          const { rows } = await sql.query<{ slug: string; banks: string[]; types: string[] }>(
            `SELECT t.slug,
                    (SELECT array_agg(p.bank_account ORDER BY p.name) FROM properties p
                      WHERE p.tenant_id = t.id AND p.bank_account IS NOT NULL) AS banks,
                    (SELECT array_agg(concat_ws(' ', y.kind, y.name, y.loyalty_currency,
                                                y.point_value, y.max_percent, y.enabled::text)
                                      ORDER BY y.name)
                       FROM payment_types y WHERE y.tenant_id = t.id) AS types
               FROM tenants t WHERE t.slug IN ('demo-hotel', 'lesna-5') ORDER BY t.slug`,
          );
          return rows;
        });
      const before = await setup();
      assert.deepEqual(before, [
        {
          slug: 'demo-hotel',
          banks: ['40702810600000012345'],
          types: [
            'money Банковская карта онлайн 0 true',
            'points Бонусные баллы «Невский» points 50 10 true',
            'points Бонусные рубли «Невский» RUB 100 30 true',
          ],
        },
        {
          slug: 'lesna-5',
          banks: ['PL81 9999 0001 0000 0000 0000 0005'],
          types: ['money Płatność online (karta, BLIK, przelew) 0 true'],
        },
      ]);
      await seedDemo(db);
      assert.deepEqual(await setup(), before);
    });
  });
}

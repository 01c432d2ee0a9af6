import { randomBytes } from 'node:crypto';
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { components } from '@atrium/sdk';
import { ownerStats } from '../src/stats/figures.js';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';
import { pdfText } from './pdf-text.js';
import {
  earlierMonth,
  month,
  people,
  seedReportsFixture,
  type ReportsFixture,
} from './reports-fixture.js';

type Report = components['schemas']['Report'];
type ReportPage = components['schemas']['ReportPage'];
type Figures = components['schemas']['StatsFigures'];

const pdfType = 'application/pdf';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A PDF of about 600 KB, so it is stored and streamed as several 256 KB chunks. */
const bigPdf = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  randomBytes(600_000),
  Buffer.from('\n%%EOF\n'),
]);

async function realXlsx(text: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Agent').addRow([text, 1234.56]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

for (const engine of engines) {
  describe(`reports on ${engine.name}`, () => {
    const server = useServer(engine);
    let fixture: ReportsFixture;
    const tokens = new Map<string, string>();

    before(async () => {
      fixture = await seedReportsFixture(server().app.db);
    });

    async function tokenOf(who: keyof typeof people, tenant = 'demo-hotel'): Promise<string> {
      const key = `${tenant}/${who}`;
      const cached = tokens.get(key);
      if (cached) return cached;
      const response = await server().fetch(`/t/${tenant}/auth/sign-in`, {
        method: 'POST',
        json: people[who],
      });
      assert.equal(response.status, 200);
      const { accessToken } = (await response.json()) as { accessToken: string };
      tokens.set(key, accessToken);
      return accessToken;
    }

    /** A JSON call, its answer checked against the contract. */
    async function call(
      who: keyof typeof people,
      path: string,
      init: RequestInit = {},
      tenant = 'demo-hotel',
    ) {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${await tokenOf(who, tenant)}`);
      return server().fetch(`/t/${tenant}${path}`, { ...init, headers });
    }

    // Files are fetched without the contract check: its schema-less file bodies are bytes.
    async function download(who: keyof typeof people, href: string, tenant = 'demo-hotel') {
      const response = await fetch(`${server().url}/t/${tenant}${href}`, {
        headers: { authorization: `Bearer ${await tokenOf(who, tenant)}` },
      });
      return { response, bytes: Buffer.from(await response.arrayBuffer()) };
    }

    function upload(
      body: Buffer | ReadableStream<Uint8Array>,
      contentType: string,
      query: Record<string, string>,
      who: keyof typeof people = 'petr',
    ) {
      const search = new URLSearchParams({
        ownerId: fixture.irinaId,
        unitId: fixture.units.u101,
        month,
        ...query,
      });
      return call(who, `/reports/agent?${search}`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
        ...(!(body instanceof Buffer) && { duplex: 'half' }),
      } as RequestInit);
    }

    /** Every page of the list, following nextCursor. */
    async function listAll(who: keyof typeof people, query = '', tenant = 'demo-hotel') {
      const items: Report[] = [];
      let cursor: string | null = null;
      do {
        const search = new URLSearchParams(query);
        search.set('limit', '100');
        if (cursor) search.set('cursor', cursor);
        const response = await call(who, `/reports?${search}`, {}, tenant);
        assert.equal(response.status, 200);
        const page = (await response.json()) as ReportPage;
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return items;
    }

    /** PDF text with every run of white space as one space: the letters stay exact. */
    const flat = (text: string) => text.replace(/\s+/g, ' ');

    const figuresOf = (tenantId: string, unitId: string, of: string): Promise<Figures> =>
      server().app.db.withTenant(tenantId, async (sql) => {
        const stats = await ownerStats(sql, { tenantId, unitIds: [unitId], from: of, to: of });
        const found = stats.months.find((m) => m.month === of);
        assert.ok(found, `figures of ${of}`);
        return found.figures;
      });

    it('OWN-5 a manager uploads PDF and XLSX agent reports; the owner lists and downloads them byte for byte', async () => {
      const xlsx = await realXlsx('Агентский отчёт');
      const pdfResponse = await upload(bigPdf, pdfType, { fileName: 'Отчёт агента — октябрь.pdf' });
      assert.equal(pdfResponse.status, 201);
      const pdfReport = (await pdfResponse.json()) as Report;
      assert.deepEqual(
        { ...pdfReport, id: undefined, createdAt: undefined },
        {
          id: undefined,
          createdAt: undefined,
          kind: 'agent_report',
          unitId: fixture.units.u101,
          unitNumber: '101',
          month,
          files: [
            {
              format: 'pdf',
              contentType: pdfType,
              size: bigPdf.length,
              href: `/reports/agent/${pdfReport.id}`,
            },
          ],
        },
      );
      const xlsxResponse = await upload(xlsx, xlsxType, {});
      assert.equal(xlsxResponse.status, 201);
      const xlsxReport = (await xlsxResponse.json()) as Report;
      assert.notEqual(xlsxReport.id, pdfReport.id);

      const mine = await listAll('irina', `unitId=${fixture.units.u101}`);
      assert.deepEqual(
        mine
          // the demo's own agent reports are of recent months, not the fixture's
          .filter((r) => r.kind === 'agent_report' && r.month === month)
          .map((r) => r.id)
          .sort(),
        [pdfReport.id, xlsxReport.id].sort(),
      );

      for (const [report, bytes, type, name] of [
        [
          pdfReport,
          bigPdf,
          pdfType,
          'attachment; filename="_____ ______ _ _______.pdf"; filename*=UTF-8\'\'%D0%9E%D1%82%D1%87%D1%91%D1%82%20%D0%B0%D0%B3%D0%B5%D0%BD%D1%82%D0%B0%20%E2%80%94%20%D0%BE%D0%BA%D1%82%D1%8F%D0%B1%D1%80%D1%8C.pdf',
        ],
        [
          xlsxReport,
          xlsx,
          xlsxType,
          `attachment; filename="agent-report-101-${month}.xlsx"; filename*=UTF-8''agent-report-101-${month}.xlsx`,
        ],
      ] as const) {
        for (const who of ['irina', 'petr'] as const) {
          const { response, bytes: got } = await download(who, report.files[0]?.href ?? '');
          assert.equal(response.status, 200);
          assert.equal(response.headers.get('content-type'), type);
          assert.equal(response.headers.get('content-length'), String(bytes.length));
          assert.equal(response.headers.get('content-disposition'), name);
          assert.equal(response.headers.get('cache-control'), 'private, no-store');
          assert.ok(
            got.equals(bytes),
            `${who} gets the uploaded bytes of ${report.files[0]?.format}`,
          );
        }
      }
      const stored = await server().app.db.withSystem((sql) =>
        sql.query<{ n: number; biggest: number }>(
          'SELECT count(*)::int AS n, max(length(data)) AS biggest FROM report_files WHERE report_id = $1',
          [pdfReport.id],
        ),
      );
      assert.deepEqual(stored.rows[0], { n: 3, biggest: 256 * 1024 });
    });

    it('OWN-5 a new upload for the same owner, unit, month and format replaces the earlier one', async () => {
      const first = (await (
        await upload(bigPdf, pdfType, { month: earlierMonth })
      ).json()) as Report;
      const replacement = Buffer.from('%PDF-1.4\nreplacement\n%%EOF\n');
      const response = await upload(replacement, pdfType, {
        month: earlierMonth,
        fileName: 'report.exe',
      });
      assert.equal(response.status, 201);
      const second = (await response.json()) as Report;
      assert.equal(second.id, first.id);
      assert.equal(second.files[0]?.size, replacement.length);
      const { response: served, bytes } = await download('irina', second.files[0]?.href ?? '');
      assert.ok(bytes.equals(replacement));
      // a PDF is served as .pdf whatever name it was uploaded under
      assert.equal(
        served.headers.get('content-disposition'),
        `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`,
      );
      const listed = (await listAll('petr')).filter((r) => r.month === earlierMonth);
      assert.equal(listed.length, 1);
      const chunks = await server().app.db.withSystem((sql) =>
        sql.query('SELECT seq FROM report_files WHERE report_id = $1', [first.id]),
      );
      assert.equal(chunks.rowCount, 1, 'the old chunks are gone');
    });

    it('OWN-5 content that is not what its Content-Type says is 415, and nothing is stored', async () => {
      const before = (await listAll('petr')).length;
      const zipWithoutWorkbook = Buffer.concat([
        Buffer.from('PK\x03\x04', 'latin1'),
        Buffer.from('[Content_Types].xml word/document.xml'),
      ]);
      for (const [body, type] of [
        [bigPdf, xlsxType],
        [await realXlsx('x'), pdfType],
        [zipWithoutWorkbook, xlsxType],
        [Buffer.from('just text'), pdfType],
        [Buffer.alloc(0), pdfType],
        [bigPdf.subarray(0, 1000), 'application/octet-stream'],
        [Buffer.from('{}'), 'application/json'],
      ] as const) {
        const response = await upload(body, type, { month: '2023-08' });
        assert.equal(response.status, 415, type);
        const problem = await problemOf(response);
        assert.equal(problem.code, 'unsupported_media_type');
        assert.match(problem.detail ?? '', /PDF/, 'the detail says what to send');
      }
      assert.equal((await listAll('petr')).length, before);
    });

    it('OWN-5 more than 20 MB is 413, by Content-Length or while streaming', async () => {
      const limit = 20 * 1024 * 1024;
      const tooBig = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(limit)]);
      const declared = await upload(tooBig, pdfType, { month: '2023-07' });
      assert.equal(declared.status, 413);
      const problem = await problemOf(declared);
      assert.equal(problem.code, 'payload_too_large');
      assert.match(problem.detail ?? '', /20971520/);
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent > limit + chunk.length) return controller.close();
          controller.enqueue(sent === 0 ? Buffer.from('%PDF-1.7\n') : chunk);
          sent += chunk.length;
        },
      });
      const chunk = Buffer.alloc(1024 * 1024);
      const streamed = await upload(stream, pdfType, { month: '2023-07' });
      assert.equal(streamed.status, 413);
      assert.equal((await problemOf(streamed)).code, 'payload_too_large');
      assert.equal((await listAll('petr')).filter((r) => r.month === '2023-07').length, 0);
    });

    it('OWN-5 only managers and directors upload, for an owner of the unit in this tenant', async () => {
      const small = Buffer.from('%PDF-1.4\n%%EOF\n');
      const byOwner = await upload(small, pdfType, {}, 'irina');
      assert.equal(byOwner.status, 403);
      assert.equal((await problemOf(byOwner)).code, 'forbidden');
      assert.equal((await upload(small, pdfType, {}, 'resident')).status, 403);

      const fieldsOf = async (query: Record<string, string>) => {
        const response = await upload(small, pdfType, query);
        assert.equal(response.status, 400);
        const problem = await problemOf(response);
        assert.equal(problem.code, 'validation_failed');
        return problem.errors?.map((e) => [e.field, e.code]);
      };
      // the other owner has T-1, not 101; Pyotr owns nothing; lokal 12 is another tenant's unit
      assert.deepEqual(await fieldsOf({ ownerId: fixture.otherId }), [
        ['ownerId', 'invalid_value'],
      ]);
      assert.deepEqual(await fieldsOf({ ownerId: fixture.petrId }), [['ownerId', 'invalid_value']]);
      assert.deepEqual(await fieldsOf({ unitId: fixture.units.lokal12 }), [
        ['unitId', 'invalid_value'],
      ]);
      assert.deepEqual(await fieldsOf({ month: '2023-13' }), [['month', 'invalid_format']]);
      assert.deepEqual(await fieldsOf({ month: '0000-01' }), [['month', 'invalid_format']]);
    });

    it('OWN-5 another owner, a resident, another tenant and staff get nothing they should not', async () => {
      const report = (await (
        await upload(Buffer.from('%PDF-1.4\nsecret\n%%EOF\n'), pdfType, { month: '2023-06' })
      ).json()) as Report;
      const href = report.files[0]?.href ?? '';
      const statement = `/reports/statements/${fixture.units.u101}/${month}?format=pdf`;
      for (const who of ['other', 'resident'] as const) {
        for (const path of [href, statement]) {
          const { response, bytes } = await download(who, path);
          assert.equal(response.status, 404, `${who} ${path}`);
          assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
          assert.ok(!bytes.includes('secret'));
        }
        assert.equal(
          (await call(who, `/reports?unitId=${fixture.units.u101}`)).status,
          who === 'other' ? 404 : 403,
        );
      }
      assert.equal((await call('resident', '/reports')).status, 403, 'a resident has no reports');
      const otherReports = await listAll('other');
      assert.ok(otherReports.length > 0);
      assert.ok(
        otherReports.every((r) => r.unitId === fixture.units.other && r.kind === 'statement'),
      );
      // the manager downloads agent reports but statements are the owners' own
      assert.equal((await download('petr', statement)).response.status, 404);
      // Anna of lesna-5: a demo-hotel id means nothing there, and her token is not valid here
      assert.equal((await download('anna', href, 'lesna-5')).response.status, 404);
      assert.equal(
        (await download('anna', statement.replace('pdf', 'xlsx'), 'lesna-5')).response.status,
        404,
      );
      const foreign = await fetch(`${server().url}/t/demo-hotel${href}`, {
        headers: { authorization: `Bearer ${await tokenOf('anna', 'lesna-5')}` },
      });
      assert.equal(foreign.status, 401);
      assert.ok(
        (await listAll('anna', '', 'lesna-5')).every((r) => r.unitId === fixture.units.lokal12),
      );
    });

    it('OWN-2 OWN-5 statements exist for completed months only; the list is newest first with a stable cursor', async () => {
      const current = new Date().toISOString().slice(0, 7);
      for (const of of [current, '2023-11']) {
        const response = await call(
          'irina',
          `/reports/statements/${fixture.units.u101}/${of}?format=pdf`,
        );
        assert.equal(response.status, 404, of);
        assert.equal((await problemOf(response)).code, 'not_found');
      }
      const all = await listAll('irina');
      assert.ok(!all.some((r) => r.month === current));
      const statements = all.filter(
        (r) => r.kind === 'statement' && r.month >= earlierMonth && r.month <= month,
      );
      assert.deepEqual(
        statements.map((r) => [r.month, r.unitNumber]),
        [
          [month, '101'],
          [month, '204'],
          [earlierMonth, '101'],
          [earlierMonth, '204'],
        ],
      );
      assert.deepEqual(
        statements[0]?.files.map((f) => [f.format, f.size, f.href]),
        [
          ['pdf', null, `/reports/statements/${fixture.units.u101}/${month}?format=pdf`],
          ['xlsx', null, `/reports/statements/${fixture.units.u101}/${month}?format=xlsx`],
        ],
      );
      const months = all.map((r) => r.month);
      assert.deepEqual(months, [...months].sort().reverse(), 'newest month first');
      assert.ok(
        all.findIndex((r) => r.kind === 'agent_report' && r.month === month) <
          all.findIndex((r) => r.kind === 'statement' && r.month === month),
      );

      const paged: Report[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await (await call('irina', `/reports${query}`)).json()) as ReportPage;
        assert.ok(page.items.length <= 2);
        paged.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      assert.deepEqual(
        paged.map((r) => r.id),
        all.map((r) => r.id),
      );

      const bad = await call('irina', '/reports?cursor=bm90LWEtY3Vyc29y');
      assert.equal(bad.status, 400);
      assert.deepEqual(
        (await problemOf(bad)).errors?.map((e) => e.field),
        ['cursor'],
      );
      // the contract's months are years 1900–2099
      const yearZero = await call(
        'irina',
        `/reports/statements/${fixture.units.u101}/0000-01?format=pdf`,
      );
      assert.equal(yearZero.status, 400);
      assert.deepEqual(
        (await problemOf(yearZero)).errors?.map((e) => [e.field, e.code]),
        [['month', 'invalid_format']],
      );
    });

    it('OWN-5 the PDF statement shows the unit, the month in Russian or Polish and the exact figures', async () => {
      const figures = await figuresOf(fixture.hotelId, fixture.units.u101, month);
      // 3 of 31 nights at 4 500,00 ₽ and a transfer of 2 500,00 ₽ inside the stay (OWN-4):
      // the statement must show exactly what the widget's figures say
      assert.deepEqual(figures, {
        nightsAvailable: 31,
        nightsSold: 3,
        occupancy: '0.0968',
        adr: 450_000,
        revpar: 43_548,
        accommodationRevenue: 1_350_000,
        extrasRevenue: 250_000,
        penaltyRevenue: 0,
      });
      const ru = await download(
        'irina',
        `/reports/statements/${fixture.units.u101}/${month}?format=pdf`,
      );
      assert.equal(ru.response.status, 200);
      assert.equal(ru.response.headers.get('content-type'), pdfType);
      assert.equal(
        ru.response.headers.get('content-disposition'),
        `attachment; filename="statement-101-${month}.pdf"; filename*=UTF-8''statement-101-${month}.pdf`,
      );
      assert.equal(ru.bytes.subarray(0, 5).toString(), '%PDF-');
      const text = flat(await pdfText(ru.bytes));
      for (const expected of [
        'Отчёт собственника за месяц',
        'Невский Апарт',
        'Апартамент: 101',
        'Собственник: Ирина Соколова',
        'Период: октябрь 2023',
        'Продано ночей 3',
        'Загрузка 9,68 %',
        'Доход от проживания 13 500,00 ₽',
        'Доход от дополнительных услуг 2 500,00 ₽',
        'Средняя цена за ночь (ADR) 4 500,00 ₽',
        'Доход на доступную ночь (RevPAR) 435,48 ₽',
        'Штрафы за отмену бронирований 0,00 ₽',
      ]) {
        assert.ok(text.includes(flat(expected)), `"${expected}" in:\n${text}`);
      }

      const pl = await download(
        'irina',
        `/reports/statements/${fixture.units.u101}/${month}?format=pdf&locale=pl`,
      );
      const plText = flat(await pdfText(pl.bytes));
      for (const expected of [
        'Miesięczne zestawienie właściciela',
        'Okres: październik 2023',
        'Przychód z zakwaterowania 13 500,00 RUB',
        'Średnia cena za noc (ADR)',
      ]) {
        assert.ok(plText.includes(expected), `"${expected}" in:\n${plText}`);
      }

      const lesna = await figuresOf(fixture.lesnaId, fixture.units.lokal12, month);
      assert.deepEqual([lesna.accommodationRevenue, lesna.extrasRevenue], [140_200, 12_345]);
      const anna = await download(
        'anna',
        `/reports/statements/${fixture.units.lokal12}/${month}?format=pdf`,
        'lesna-5',
      );
      assert.equal(anna.response.status, 200);
      const annaText = flat(await pdfText(anna.bytes));
      for (const expected of [
        'Wspólnota Mieszkaniowa Leśna 5',
        'Lokal: 12',
        'Właściciel: Anna Nowak',
        'Okres: październik 2023',
        'Przychód z zakwaterowania 1402,00 zł',
        'Przychód z usług dodatkowych 123,45 zł',
      ]) {
        assert.ok(annaText.includes(expected), `"${expected}" in:\n${annaText}`);
      }
    });

    it('OWN-5 the XLSX statement holds the same numbers with number formats and a localised sheet', async () => {
      const figures = await figuresOf(fixture.hotelId, fixture.units.u101, month);
      const { response, bytes } = await download(
        'irina',
        `/reports/statements/${fixture.units.u101}/${month}?format=xlsx`,
      );
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), xlsxType);
      assert.match(
        response.headers.get('content-disposition') ?? '',
        /filename="statement-101-2023-10\.xlsx"/,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      assert.ok(sheet);
      assert.equal(sheet.name, 'Отчёт за месяц');
      const cells = new Map<string, { value: unknown; numFmt: string }>();
      sheet.eachRow((row) => {
        const cell = row.getCell(2);
        cells.set(String(row.getCell(1).value), { value: cell.value, numFmt: cell.numFmt });
      });
      assert.deepEqual(cells.get('Период')?.value, 'октябрь 2023');
      assert.deepEqual(cells.get('Продано ночей'), { value: figures.nightsSold, numFmt: '#,##0' });
      assert.deepEqual(cells.get('Загрузка'), {
        value: Number(figures.occupancy),
        numFmt: '0.00%',
      });
      assert.deepEqual(cells.get('Доход от проживания'), { value: 13_500, numFmt: '#,##0.00 "₽"' });
      assert.deepEqual(cells.get('Доход на доступную ночь (RevPAR)')?.value, figures.revpar / 100);
      assert.deepEqual(
        cells.get('Штрафы за отмену бронирований')?.value,
        figures.penaltyRevenue / 100,
      );

      const pl = await download(
        'anna',
        `/reports/statements/${fixture.units.lokal12}/${month}?format=xlsx`,
        'lesna-5',
      );
      const plBook = new ExcelJS.Workbook();
      await plBook.xlsx.load(pl.bytes as unknown as ArrayBuffer);
      const plSheet = plBook.worksheets[0];
      assert.equal(plSheet?.name, 'Zestawienie miesięczne');
      const plRow = plSheet
        ?.getRows(1, plSheet.rowCount)
        ?.find((row) => row.getCell(1).value === 'Przychód z zakwaterowania');
      assert.deepEqual(
        [plRow?.getCell(2).value, plRow?.getCell(2).numFmt],
        [1402, '#,##0.00 "zł"'],
      );
      const en = await download(
        'irina',
        `/reports/statements/${fixture.units.u101}/${month}?format=xlsx&locale=en`,
      );
      const enBook = new ExcelJS.Workbook();
      await enBook.xlsx.load(en.bytes as unknown as ArrayBuffer);
      assert.equal(enBook.worksheets[0]?.name, 'Monthly statement');
    });
  });
}

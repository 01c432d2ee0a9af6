// The owner cabinet's namespaces (bookings, stats, reports) against the real server and its
// demo hotel: two years of bookings, snapshots computed at seed time.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  AtriumError,
  type AtriumClient,
  type ReportFile,
  type StatsFigures,
} from '../src/index.js';
import { fileNameOf } from '../src/content-disposition.js';
import { expireAccessTokens, startRealServer, signingIn, type RealServer } from './real-server.js';
import { recordingFetch } from './recording-fetch.js';

const HOTEL = 'demo-hotel';
const IRINA = { email: 'irina@nevsky-apart.example', password: 'Nevsky-2026' };
const PETR = { email: 'petr@nevsky-apart.example', password: 'Manager-2026' };

let server: RealServer;
before(async () => {
  server = await startRealServer();
});
after(() => server.close());

const signedIn = signingIn(() => server, HOTEL);

/** Irina's two units, by number. */
async function irinasUnits(client: AtriumClient): Promise<Record<string, string>> {
  const me = await client.people.me();
  return Object.fromEntries(me.units.map((unit) => [unit.number, unit.id]));
}

/** One file of the newest statement the person may download. */
async function statementFile(client: AtriumClient, format: 'pdf' | 'xlsx'): Promise<ReportFile> {
  const page = await client.reports.list({ limit: 10 });
  const statement = page.items.find((report) => report.kind === 'statement');
  const file = statement?.files.find((candidate) => candidate.format === format);
  assert.ok(file, `a ${format} statement`);
  return file;
}

const thisMonth = () => new Date().toISOString().slice(0, 7);

test('OWN-1, OWN-2: ownerStats of all units is the sum of each unit, completed months only', async () => {
  const irina = await signedIn(IRINA);
  const units = await irinasUnits(irina);
  const range = { from: '2025-01', to: thisMonth() };
  const [all, u101, u204] = await Promise.all([
    irina.stats.ownerStats(range),
    irina.stats.ownerStats({ ...range, unitId: units['101'] }),
    irina.stats.ownerStats({ ...range, unitId: units['204'] }),
  ]);
  assert.equal(all.unitId, null);
  assert.equal(all.units, 2);
  assert.equal(u101.unitId, units['101']);
  assert.equal(all.currency, 'RUB');
  assert.ok(all.months.length >= 12, `${all.months.length} months`);
  // OWN-2: the current month is never among them, and lastCompletedMonth is the newest.
  assert.ok(all.months.every((m) => m.month < thisMonth()));
  assert.equal(all.lastCompletedMonth, all.months.at(-1)?.month);
  const summed: (keyof StatsFigures)[] = [
    'nightsAvailable',
    'nightsSold',
    'accommodationRevenue',
    'extrasRevenue',
    'penaltyRevenue',
  ];
  all.months.forEach((month, i) => {
    for (const figure of summed) {
      assert.equal(
        month.figures[figure],
        Number(u101.months[i]?.figures[figure]) + Number(u204.months[i]?.figures[figure]),
        `${month.month} ${figure}`,
      );
    }
  });
  assert.ok(all.totals.accommodationRevenue > 0);
});

test('OWN-1: another unit is not_found and a manager is forbidden the owner statistics', async () => {
  const irina = await signedIn(IRINA);
  const petr = await signedIn(PETR);
  const stays = await petr.bookings.list({ limit: 50 });
  const foreign = stays.items
    .flatMap((booking) => booking.accommodations)
    .find((stay) => !['101', '204'].includes(stay.unitNumber));
  assert.ok(foreign, 'a stay in a unit Irina does not own');
  await assert.rejects(irina.stats.ownerStats({ unitId: foreign.unitId }), { code: 'not_found' });
  await assert.rejects(irina.bookings.listOwnerStays({ unitId: foreign.unitId }), {
    code: 'not_found',
  });
  await assert.rejects(petr.stats.ownerStats(), { code: 'forbidden' });
});

test('bookings.listOwnerStays: the owner’s units only, without guests or customers', async () => {
  const irina = await signedIn(IRINA);
  const page = await irina.bookings.listOwnerStays({ limit: 20 });
  assert.equal(page.items.length, 20);
  assert.notEqual(page.nextCursor, null);
  for (const stay of page.items) {
    assert.ok(['101', '204'].includes(stay.unitNumber), stay.unitNumber);
    assert.ok(!('customer' in stay) && !('guests' in stay));
  }
  const next = await irina.bookings.listOwnerStays({ limit: 20, cursor: page.nextCursor ?? '' });
  const ids = new Set(page.items.map((stay) => `${stay.bookingId} ${stay.unitId}`));
  assert.ok(next.items.every((stay) => !ids.has(`${stay.bookingId} ${stay.unitId}`)));
});

test('BKG-2, OWN-6: a manager creates, reads, changes and cancels with a penalty; keys where the contract wants them', async () => {
  const recorder = recordingFetch();
  const petr = await signedIn(PETR, { fetch: recorder.fetch });
  const unitId = (await irinasUnits(await signedIn(IRINA)))['204'] as string;
  const created = await petr.bookings.create({
    customer: { name: 'Мария Петрова', email: 'maria.petrova@example.ru' },
    status: 'booked',
    accommodations: [
      {
        unitId,
        checkIn: '2029-03-10',
        checkOut: '2029-03-12',
        rates: [
          { date: '2029-03-10', amount: 650000 },
          { date: '2029-03-11', amount: 590000 },
        ],
        guests: [{ fullName: 'Мария Петрова', type: 'adult' }],
      },
    ],
  });
  assert.equal(created.status, 'booked');
  assert.equal(created.total, 1240000);
  assert.deepEqual(await petr.bookings.get(created.id), created);

  const changed = await petr.bookings.change(created.id, { customer: { name: 'Мария П.' } });
  assert.equal(changed.customer.name, 'Мария П.');
  const cancelled = await petr.bookings.cancel(created.id, { penalty: 650000, chargedBy: 'hotel' });
  assert.equal(cancelled.status, 'cancelled_with_penalty');
  assert.equal(cancelled.clientStatus, 'cancelled');
  assert.equal(cancelled.cancellation?.penalty, 650000);

  const key = (route: string) => recorder.received(route)[0]?.headers.get('idempotency-key');
  assert.match(key('POST /bookings') ?? '', /^[0-9a-f-]{36}$/);
  assert.match(key(`POST /bookings/${created.id}/cancellation`) ?? '', /^[0-9a-f-]{36}$/);
  assert.equal(key(`PATCH /bookings/${created.id}`), null);

  await assert.rejects(
    petr.bookings.cancel(created.id, { penalty: 0 }),
    (error: AtriumError) => error.code === 'invalid_transition' && error.status === 409,
  );
});

test('OWN-5: reports.download streams a statement with progress; its bytes are the file, its name the header’s', async () => {
  const irina = await signedIn(IRINA);
  const page = await irina.reports.list({ limit: 4 });
  const statement = page.items.find((report) => report.kind === 'statement');
  const pdf = statement?.files.find((file) => file.format === 'pdf') as ReportFile;
  const progress: [number, number | null][] = [];
  const file = await irina.reports.download(pdf, {
    onProgress: (loaded, total) => progress.push([loaded, total]),
  });
  const bytes = new Uint8Array(await file.blob.arrayBuffer());
  assert.equal(new TextDecoder().decode(bytes.slice(0, 5)), '%PDF-');
  assert.equal(file.contentType, 'application/pdf');
  assert.equal(file.blob.type, 'application/pdf');
  assert.equal(file.fileName, `statement-${statement?.unitNumber}-${statement?.month}.pdf`);
  // Produced on request: no size in advance, so every event says the total is unknown.
  assert.deepEqual(progress[0], [0, null]);
  assert.equal(progress.at(-1)?.[0], bytes.byteLength);
  const loaded = progress.map(([bytesSoFar]) => bytesSoFar);
  assert.deepEqual(
    loaded,
    [...loaded].sort((a, b) => a - b),
  );
  assert.ok(progress.every(([, total]) => total === null));
});

test('OWN-5: a manager uploads an agent report; the owner lists it and downloads it with a known size', async () => {
  const irina = await signedIn(IRINA);
  const petr = await signedIn(PETR);
  const me = await irina.people.me();
  const unitId = me.units.find((unit) => unit.number === '101')?.id as string;
  const month = (await irina.stats.ownerStats()).lastCompletedMonth as string;
  const body = await (
    await irina.reports.download(`/reports/statements/${unitId}/${month}?format=pdf`)
  ).blob.arrayBuffer();
  const fileName = 'Отчёт агента — «Невский» 101.pdf';

  const uploaded = await petr.reports.uploadAgentReport(
    { ownerId: me.id, unitId, month, fileName },
    new Uint8Array(body),
    'application/pdf',
  );
  assert.equal(uploaded.kind, 'agent_report');
  assert.equal(uploaded.files[0]?.size, body.byteLength);

  const listed = await irina.reports.list({ unitId });
  const report = listed.items.find((item) => item.id === uploaded.id);
  assert.ok(report, 'the owner sees the uploaded report');
  const progress: [number, number | null][] = [];
  const file = await irina.reports.download(report.files[0] as ReportFile, {
    onProgress: (loaded, total) => progress.push([loaded, total]),
  });
  assert.equal(file.fileName, fileName);
  assert.equal(file.blob.size, body.byteLength);
  assert.deepEqual(progress.at(-1), [body.byteLength, body.byteLength]);

  await assert.rejects(
    petr.reports.uploadAgentReport(
      { ownerId: me.id, unitId, month },
      new TextEncoder().encode('not a spreadsheet'),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ),
    (error: AtriumError) => error.status === 415 || error.status === 400,
  );
});

test('AUTH-2: a download after the access token expired refreshes once and succeeds', async (t) => {
  const recorder = recordingFetch();
  const irina = await signedIn(IRINA, { fetch: recorder.fetch });
  const xlsx = await statementFile(irina, 'xlsx');
  expireAccessTokens(t);
  const file = await irina.reports.download(xlsx);
  assert.equal(file.fileName.endsWith('.xlsx'), true);
  assert.equal(recorder.received('POST /auth/refresh').length, 1);
});

test('an aborted download rejects with aborted; another owner’s statement is not_found', async () => {
  const irina = await signedIn(IRINA);
  const pdf = await statementFile(irina, 'pdf');
  const abort = new AbortController();
  const download = irina.reports.download(pdf, {
    signal: abort.signal,
    onProgress: (loaded) => loaded > 0 && abort.abort(),
  });
  await assert.rejects(download, { code: 'aborted' });

  const petr = await signedIn(PETR);
  await assert.rejects(petr.reports.download(pdf), {
    code: 'not_found',
  });
});

test('fileNameOf reads the UTF-8 filename* first, then the plain filename', () => {
  assert.equal(
    fileNameOf(
      `attachment; filename="____ 101.pdf"; filename*=UTF-8''%D0%9E%D1%82%D1%87%D1%91%D1%82%20101.pdf`,
    ),
    'Отчёт 101.pdf',
  );
  assert.equal(fileNameOf(`attachment; filename*=utf-8''Wyci%C4%85g.xlsx`), 'Wyciąg.xlsx');
  assert.equal(fileNameOf('attachment; filename="a \\"b\\".pdf"'), 'a "b".pdf');
  assert.equal(fileNameOf('attachment; filename=plain.pdf'), 'plain.pdf');
  assert.equal(fileNameOf('attachment'), null);
  assert.equal(fileNameOf(null), null);
});

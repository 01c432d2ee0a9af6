// The residents' namespaces (meters, tickets) against the real server and its Polish
// community: Anna lives in unit 12, Katarzyna manages the community.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AtriumError, type Meter } from '../src/index.js';
import { ANNA, startRealServer, TENANT, signingIn, type RealServer } from './real-server.js';
import { recordingFetch } from './recording-fetch.js';

const KATARZYNA = { email: 'katarzyna@lesna5.example', password: 'Zarzad-2026!' };

let server: RealServer;
before(async () => {
  server = await startRealServer();
});
after(() => server.close());

const signedIn = signingIn(() => server, TENANT);

/** A fresh meter in Anna's unit, installed by the manager at `initialValue`. */
async function newMeter(initialValue = '100.000'): Promise<Meter> {
  const katarzyna = await signedIn(KATARZYNA);
  const anna = await signedIn(ANNA);
  const unit = (await anna.people.me()).units[0];
  assert.ok(unit, 'Anna has a unit');
  return katarzyna.meters.create({
    unitId: unit.id,
    kind: 'gas',
    serialNumber: `SDK-${Math.random().toString(36).slice(2, 10)}`,
    measure: 'm3',
    digits: 5,
    decimals: 3,
    installedOn: '2026-01-01',
    verificationDueOn: '2099-01-01',
    initialValue,
  });
}

// A PNG signature and a header chunk are all the server sniffs; the rest is payload.
const png = (bytes: number) => {
  const data = new Uint8Array(bytes);
  data.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  return new Blob([data], { type: 'image/png' });
};

test('MTR-1: meters.list shows the unit meters and the window; submit stores a reading', async () => {
  const meter = await newMeter();
  const anna = await signedIn(ANNA);
  const page = await anna.meters.list({ unitId: meter.unitId });
  const listed = page.items.find((item) => item.id === meter.id);
  assert.equal(listed?.lastReading?.value, '100.000');
  assert.equal(listed?.lastReading?.kind, 'initial');
  assert.equal(typeof page.window.isOpen, 'boolean');

  const receipt = await anna.meters.submit({ readings: [{ meterId: meter.id, value: '101.5' }] });
  assert.equal(receipt.readings[0]?.consumption, '1.500');
  const history = await anna.meters.history(meter.id);
  assert.deepEqual(
    history.items.map((reading) => [reading.kind, reading.value]),
    [
      ['reading', '101.500'],
      ['initial', '100.000'],
    ],
  );
});

test('MTR-1: a broken rule throws reading_rejected with the field errors of each reading', async () => {
  const meter = await newMeter('500.000');
  const anna = await signedIn(ANNA, { locale: 'pl' });
  const error = await anna.meters
    .submit({ readings: [{ meterId: meter.id, value: '499' }] })
    .catch((caught: unknown) => caught);
  assert.ok(error instanceof AtriumError);
  assert.equal(error.status, 422);
  assert.equal(error.code, 'reading_rejected');
  const [entry] = error.problem?.errors ?? [];
  assert.equal(entry?.field, 'readings.0.value');
  assert.equal(entry?.code, 'reading_below_last');
  assert.equal(entry?.params?.meterId, meter.id);
  assert.match(entry?.message ?? '', /ostatni odczyt/);
});

test('MTR-1: an answer lost on the way is retried with the caller key and stores one reading', async () => {
  const meter = await newMeter();
  const recorder = recordingFetch();
  const anna = await signedIn(ANNA, { fetch: recorder.fetch });
  // The first answer of the submission is dropped after the server has stored the reading.
  let dropped = false;
  const lossy: typeof fetch = async (input, init) => {
    const response = await recorder.fetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (!dropped && url.endsWith('/meters/readings')) {
      dropped = true;
      throw new TypeError('connection reset');
    }
    return response;
  };
  const offlineSafe = await signedIn(ANNA, { fetch: lossy });
  const key = 'offline-queue-0001';
  const receipt = await offlineSafe.meters.submit(
    { readings: [{ meterId: meter.id, value: '104.250' }] },
    { idempotencyKey: key },
  );
  const sent = recorder.received('POST /meters/readings');
  assert.equal(sent.length, 2, 'sent twice');
  assert.deepEqual(
    sent.map((request) => request.headers.get('idempotency-key')),
    [key, key],
  );
  const history = await anna.meters.history(meter.id);
  assert.equal(history.items.filter((reading) => reading.kind === 'reading').length, 1);
  assert.equal(receipt.readings[0]?.id, history.items[0]?.id);
});

test('MTR-2: exportCsv downloads the history as a named CSV file with headings in the locale', async () => {
  const meter = await newMeter();
  const anna = await signedIn(ANNA);
  await anna.meters.submit({ readings: [{ meterId: meter.id, value: '102' }] });
  const file = await anna.meters.exportCsv(meter.id, { locale: 'en' });
  assert.match(file.contentType, /^text\/csv/);
  assert.match(file.fileName, /\.csv$/);
  const text = new TextDecoder().decode(await file.blob.arrayBuffer());
  const [heading, ...rows] = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  assert.match(heading ?? '', /Period/i);
  assert.equal(rows.length, 2);
});

test('TKT-1: a photo uploaded with progress, named in a new ticket, downloads byte for byte', async () => {
  const anna = await signedIn(ANNA);
  const unit = (await anna.people.me()).units[0];
  assert.ok(unit);
  const photo = png(64 * 1024);
  const progress: [number, number][] = [];
  const upload = await anna.tickets.uploadPhoto(photo, {
    fileName: 'leak.png',
    onProgress: (loaded, total) => progress.push([loaded, total]),
  });
  assert.equal(upload.size, photo.size);
  assert.equal(upload.contentType, 'image/png');
  assert.deepEqual(progress.at(-1), [photo.size, photo.size]);

  const created = await anna.tickets.create({
    unitId: unit.id,
    place: 'unit',
    category: 'plumbing',
    description: 'Water drips from the bathroom ceiling.',
    photoIds: [upload.id],
  });
  assert.equal(created.ticket.status, 'new');
  assert.equal(created.photos.length, 1);
  const [stored] = created.photos;
  assert.ok(stored);
  const downloaded = await anna.tickets.downloadPhoto(stored);
  assert.deepEqual(
    new Uint8Array(await downloaded.blob.arrayBuffer()),
    new Uint8Array(await photo.arrayBuffer()),
  );
});

test('TKT-1: staff move a ticket and the resident sees the change; a refused move is invalid_transition', async () => {
  const anna = await signedIn(ANNA);
  const katarzyna = await signedIn(KATARZYNA);
  const unit = (await anna.people.me()).units[0];
  assert.ok(unit);
  const { ticket } = await anna.tickets.create({
    unitId: unit.id,
    place: 'common_area',
    location: 'Staircase B, second floor',
    category: 'electrical',
    description: 'The staircase light does not switch on.',
  });
  await katarzyna.tickets.changeStatus(ticket.id, { status: 'in_progress', comment: 'On it.' });
  const seen = await anna.tickets.get(ticket.id);
  assert.equal(seen.ticket.status, 'in_progress');
  assert.ok(seen.timeline.some((event) => event.toStatus === 'in_progress'));

  const refused = await katarzyna.tickets
    .changeStatus(ticket.id, { status: 'new' })
    .catch((caught: unknown) => caught);
  assert.ok(refused instanceof AtriumError);
  assert.equal(refused.code, 'invalid_transition');
  const listed = await anna.tickets.list({ status: 'in_progress' });
  assert.ok(listed.items.some((item) => item.id === ticket.id));
});

test('TKT-1: a discarded photo can no longer be named in a ticket', async () => {
  const anna = await signedIn(ANNA);
  const unit = (await anna.people.me()).units[0];
  assert.ok(unit);
  const upload = await anna.tickets.uploadPhoto(png(1024));
  await anna.tickets.discardPhoto(upload.id);
  const error = await anna.tickets
    .create({
      unitId: unit.id,
      place: 'unit',
      category: 'other',
      description: 'The door handle came off.',
      photoIds: [upload.id],
    })
    .catch((caught: unknown) => caught);
  assert.ok(error instanceof AtriumError);
  assert.equal(error.code, 'validation_failed');
  assert.equal(error.problem?.errors?.[0]?.field, 'photoIds.0');
});

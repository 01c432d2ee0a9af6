import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { components } from '@atrium/sdk';
import { tinyPng } from '../src/demo/tiny-png.js';
import { expireDraftPhotos } from '../src/tickets/photos/expiry.js';
import { reopenableUntil } from '../src/tickets/repository.js';
import { canMove } from '../src/tickets/transitions.js';
import { engines } from './databases.js';
import { problemOf, useServer, waitForMail } from './helpers.js';
import { people, seedTicketsFixture, type TicketsFixture, type Who } from './tickets-fixture.js';

type Schemas = components['schemas'];
type TicketDetail = Schemas['TicketDetail'];
type TicketPage = Schemas['TicketPage'];
type PhotoUpload = Schemas['PhotoUpload'];
type TicketStatus = Schemas['TicketStatus'];

const spec = JSON.parse(
  readFileSync(new URL('../src/generated/openapi.json', import.meta.url), 'utf8'),
) as {
  paths: Record<string, Record<string, { operationId?: string; description?: string }>>;
  components: {
    schemas: Record<string, { enum?: string[]; properties?: Record<string, { enum?: string[] }> }>;
  };
};
const enumOf = (name: string) => spec.components.schemas[name]?.enum ?? [];
const statuses = enumOf('TicketStatus') as TicketStatus[];

/** The moves the contract's changeTicketStatus description allows, as [from, to] pairs. */
function contractMoves(): [TicketStatus, TicketStatus][] {
  const operation = Object.values(spec.paths)
    .flatMap((item) => Object.values(item))
    .find((op) => op.operationId === 'changeTicketStatus');
  const text = /Allowed moves:([^.]*)\./s.exec(operation?.description ?? '')?.[1] ?? '';
  return text.split(';').flatMap((part) => {
    const [from, ...to] = [...part.matchAll(/`(\w+)`/g)].map((m) => m[1] as TicketStatus);
    return from ? to.map((target) => [from, target] as [TicketStatus, TicketStatus]) : [];
  });
}

const png = tinyPng(3, 2, (x, y) => [x * 80, y * 120, 200]);
// Over 256 KB, so it is stored and streamed in several pieces.
const jpeg = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0'),
  randomBytes(600_000),
  Buffer.from([0xff, 0xd9]),
]);
const webpBody = Buffer.concat([Buffer.from('WEBPVP8 '), randomBytes(2_000)]);
const webpSize = Buffer.alloc(4);
webpSize.writeUInt32LE(webpBody.length);
const webp = Buffer.concat([Buffer.from('RIFF'), webpSize, webpBody]);

const photoLimit = 10 * 1024 * 1024;

// Status paths from `new` along allowed moves, to put a fresh ticket in any status.
const pathTo: Record<TicketStatus, TicketStatus[]> = {
  new: [],
  accepted: ['accepted'],
  in_progress: ['in_progress'],
  waiting_for_resident: ['accepted', 'waiting_for_resident'],
  resolved: ['in_progress', 'resolved'],
  closed: ['in_progress', 'resolved', 'closed'],
  rejected: ['rejected'],
};

describe('tickets and the contract', () => {
  it('TKT-1 the table of moves is exactly the contract’s', () => {
    const allowed = contractMoves();
    assert.ok(allowed.length > 5, 'the contract lists the moves');
    for (const from of statuses) {
      for (const to of statuses) {
        const listed = allowed.some(([a, b]) => a === from && b === to);
        assert.equal(canMove(from, to), listed, `${from} → ${to}`);
      }
    }
  });
});

for (const engine of engines) {
  describe(`fault tickets on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let fixture: TicketsFixture;
    const tokens = new Map<Who, string>();

    before(async () => {
      fixture = await seedTicketsFixture(server().app.db);
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

    /** A call as someone (null: nobody signed in), its answer checked against the contract. */
    async function call(
      who: Who | null,
      path: string,
      init: RequestInit & { json?: unknown; tenant?: string } = {},
    ) {
      const { tenant = who ? people[who].tenant : 'lesna-5', ...rest } = init;
      const headers = new Headers(rest.headers);
      if (who) headers.set('authorization', `Bearer ${await tokenOf(who)}`);
      return server().fetch(`/t/${tenant}${path}`, { ...rest, headers });
    }

    async function json<T>(response: Response, status: number): Promise<T> {
      assert.equal(response.status, status, await response.clone().text());
      return (await response.json()) as T;
    }

    const upload = (who: Who, bytes: Buffer, type: string, fileName?: string) =>
      call(who, `/ticket-photos${fileName ? `?fileName=${encodeURIComponent(fileName)}` : ''}`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: new Uint8Array(bytes),
      });

    const draft = async (who: Who, bytes = png, type = 'image/png') =>
      (await json<PhotoUpload>(await upload(who, bytes, type), 201)).id;

    const report = async (who: Who, body: Record<string, unknown> = {}) =>
      json<TicketDetail>(
        await call(who, '/tickets', {
          method: 'POST',
          json: {
            unitId:
              who === 'olena' || who === 'wiktor' ? fixture.units.lokal14 : fixture.units.lokal12,
            place: 'unit',
            category: 'plumbing',
            description: 'Water drips from the bathroom ceiling since this morning.',
            ...body,
          },
        }),
        201,
      );

    const move = (ticketId: string, status: TicketStatus, comment?: string) =>
      call('katarzyna', `/tickets/${ticketId}/status`, {
        method: 'POST',
        json: { status, ...(comment && { comment }) },
      });

    const view = async (who: Who, ticketId: string) =>
      json<TicketDetail>(await call(who, `/tickets/${ticketId}`), 200);

    /** A ticket of Anna's flat, moved by staff along allowed moves to `status`. */
    async function ticketIn(status: TicketStatus, who: Who = 'anna') {
      const { ticket } = await report(who);
      for (const step of pathTo[status]) await json(await move(ticket.id, step), 200);
      return ticket.id;
    }

    const outbox = (to: string) =>
      server().app.db.withSystem(async (sql) => {
        const { rows } = await sql.query<{ subject: string; text: string; html: string }>(
          `SELECT subject, text_body AS text, html_body AS html FROM mail_outbox
            WHERE to_address = $1 ORDER BY created_at`,
          [to],
        );
        return rows;
      });

    const download = async (who: Who | null, href: string) => {
      const response = await call(who, href);
      return { response, bytes: Buffer.from(await response.arrayBuffer()) };
    };

    it('TKT-1 a resident reports a fault with photos; the household and staff get them byte for byte', async () => {
      const uploads = [];
      for (const [bytes, type, name] of [
        [jpeg, 'image/jpeg', 'łazienka sufit.jpeg'],
        [png, 'image/png', undefined],
        [webp, 'image/webp', 'plama.webp'],
      ] as const) {
        const response = await upload('anna', bytes, type, name);
        const photo = await json<PhotoUpload>(response, 201);
        assert.deepEqual([photo.contentType, photo.size], [type, bytes.length]);
        const waits = Date.parse(photo.expiresAt) - Date.now();
        assert.ok(waits > 23 * 3600_000 && waits <= 24 * 3600_000, 'a draft waits 24 hours');
        uploads.push(photo);
      }
      const created = await report('anna', {
        category: 'heating',
        description: 'Zimny kaloryfer w sypialni, mimo odkręconego zaworu.',
        contactTime: 'evening',
        photoIds: uploads.map((u) => u.id),
      });
      const { ticket } = created;
      assert.deepEqual(
        [ticket.status, ticket.place, ticket.location, ticket.contactTime, ticket.photoCount],
        ['new', 'unit', null, 'evening', 3],
      );
      assert.deepEqual(
        [ticket.unitNumber, ticket.propertyName, ticket.reporter.name, ticket.reporter.staff],
        ['12', 'Wspólnota Mieszkaniowa Leśna 5', 'Anna Nowak', false],
      );
      assert.equal(ticket.createdAt, ticket.updatedAt);
      assert.equal(ticket.reopenableUntil, null);
      assert.deepEqual(
        created.photos.map((p) => [p.id, p.contentType, p.size, p.href]),
        uploads.map((u) => [u.id, u.contentType, u.size, `/tickets/${ticket.id}/photos/${u.id}`]),
        'the photos in the order they were named',
      );
      assert.deepEqual(
        created.timeline.map((e) => [e.kind, e.fromStatus, e.toStatus, e.author.name]),
        [['created', null, 'new', 'Anna Nowak']],
      );
      const next = await report('anna');
      assert.equal(next.ticket.number, ticket.number + 1, 'numbers follow one another');

      for (const who of ['anna', 'jan', 'tom', 'katarzyna'] as const) {
        for (const [i, photo] of created.photos.entries()) {
          const { response, bytes } = await download(who, photo.href);
          assert.equal(response.status, 200, `${who} downloads photo ${i}`);
          assert.equal(response.headers.get('content-type'), photo.contentType);
          assert.equal(response.headers.get('content-length'), String(photo.size));
          assert.equal(response.headers.get('cache-control'), 'private, no-store');
          assert.ok(bytes.equals([jpeg, png, webp][i] ?? Buffer.alloc(0)), `${who} photo ${i}`);
        }
      }
      const names = [];
      for (const photo of created.photos) {
        const { response } = await download('anna', photo.href);
        names.push(response.headers.get('content-disposition'));
      }
      assert.deepEqual(names, [
        `attachment; filename="_azienka sufit.jpg"; filename*=UTF-8''%C5%82azienka%20sufit.jpg`,
        `attachment; filename="ticket-${ticket.number}-photo-2.png"; filename*=UTF-8''ticket-${ticket.number}-photo-2.png`,
        `attachment; filename="plama.webp"; filename*=UTF-8''plama.webp`,
      ]);

      // named photos are no drafts any more: not discarded, not named again
      const discard = await call('anna', `/ticket-photos/${uploads[0]?.id}`, { method: 'DELETE' });
      assert.equal(discard.status, 404);
      const again = await call('anna', '/tickets', {
        method: 'POST',
        json: {
          unitId: fixture.units.lokal12,
          place: 'unit',
          category: 'other',
          description: 'The same photo once more, please.',
          photoIds: [uploads[1]?.id],
        },
      });
      assert.deepEqual(
        (await problemOf(again)).errors?.map((e) => [e.field, e.code]),
        [['photoIds.0', 'invalid_value']],
      );
    });

    it('TKT-1 a photo whose bytes are not what its Content-Type says is 415, and nothing is stored', async () => {
      const count = () =>
        server().app.db.withSystem(async (sql) => {
          const { rows } = await sql.query<{ photos: number; objects: number }>(
            `SELECT (SELECT count(*)::int FROM ticket_photos) AS photos,
                    (SELECT count(*)::int FROM pg_largeobject_metadata) AS objects`,
          );
          return rows[0];
        });
      const stored = await count();
      for (const [bytes, type] of [
        [png, 'image/jpeg'],
        [Buffer.from('Dzień dobry, to jest zwykły tekst.'), 'image/png'],
        [jpeg, 'image/webp'],
        [Buffer.concat([Buffer.from('RIFF'), webpSize, Buffer.from('AVI LIST')]), 'image/webp'],
        [Buffer.alloc(0), 'image/png'],
        [png, 'image/gif'],
        [png, 'application/octet-stream'],
        [Buffer.from('{}'), 'application/json'],
      ] as const) {
        const response = await upload('anna', bytes, type);
        assert.equal(response.status, 415, `${type} ${bytes.length}`);
        const problem = await problemOf(response);
        assert.equal(problem.code, 'unsupported_media_type');
        assert.match(problem.detail ?? '', /JPEG, PNG/, 'the detail says what to send');
      }
      assert.deepEqual(await count(), stored);
    });

    it('TKT-1 a photo over 10 MB is 413, by Content-Length or while streaming', async () => {
      const tooBig = Buffer.concat([png, Buffer.alloc(photoLimit - png.length + 1)]);
      const declared = await upload('anna', tooBig, 'image/png');
      assert.equal(declared.status, 413);
      const problem = await problemOf(declared);
      assert.equal(problem.code, 'payload_too_large');
      assert.match(problem.detail ?? '', /10485760/);
      const piece = Buffer.alloc(1024 * 1024);
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent > photoLimit + piece.length) return controller.close();
          controller.enqueue(sent === 0 ? png : piece);
          sent += sent === 0 ? png.length : piece.length;
        },
      });
      const streamed = await call('anna', '/ticket-photos', {
        method: 'POST',
        headers: { 'content-type': 'image/png' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      assert.equal(streamed.status, 413);
      assert.equal((await problemOf(streamed)).code, 'payload_too_large');
      // exactly the limit is fine
      const largest = Buffer.concat([png, Buffer.alloc(photoLimit - png.length)]);
      assert.equal((await upload('anna', largest, 'image/png')).status, 201);
    });

    it('TKT-1 at most five photos, each the reporter’s own unexpired draft; drafts are discarded by their uploader', async () => {
      const mine = [];
      for (let i = 0; i < 6; i++) mine.push(await draft('anna'));
      const six = await call('anna', '/tickets', {
        method: 'POST',
        json: {
          unitId: fixture.units.lokal12,
          place: 'unit',
          category: 'other',
          description: 'Six photos of one crack in the wall.',
          photoIds: mine,
        },
      });
      assert.equal(six.status, 400);
      assert.deepEqual(
        (await problemOf(six)).errors?.map((e) => e.field),
        ['photoIds'],
      );

      const toms = await draft('tom');
      const expired = await draft('anna');
      await server().app.db.withSystem((sql) =>
        sql.query(
          "UPDATE ticket_photos SET expires_at = now() - interval '1 minute' WHERE id = $1",
          [expired],
        ),
      );
      const before = (await json<TicketPage>(await call('anna', '/tickets?limit=100'), 200)).items;
      const refused = await call('anna', '/tickets', {
        method: 'POST',
        json: {
          unitId: fixture.units.lokal12,
          place: 'unit',
          category: 'other',
          description: 'Photos that are not mine to name.',
          photoIds: [mine[0], toms, randomUUID(), expired],
        },
      });
      assert.deepEqual(
        (await problemOf(refused)).errors?.map((e) => [e.field, e.code]),
        [
          ['photoIds.1', 'invalid_value'],
          ['photoIds.2', 'invalid_value'],
          ['photoIds.3', 'invalid_value'],
        ],
      );
      const after = (await json<TicketPage>(await call('anna', '/tickets?limit=100'), 200)).items;
      assert.equal(after.length, before.length, 'nothing half-written');

      const five = await report('anna', { photoIds: mine.slice(0, 5) });
      assert.equal(five.ticket.photoCount, 5);
      assert.deepEqual(
        five.photos.map((p) => p.id),
        mine.slice(0, 5),
      );

      // discarding: only the uploader, only once, and its bytes go with it
      const sixth = mine[5] ?? '';
      assert.equal(
        (await call('tom', `/ticket-photos/${sixth}`, { method: 'DELETE' })).status,
        404,
      );
      const objectOf = async (id: string) =>
        server().app.db.withSystem(async (sql) => {
          const { rows } = await sql.query<{ oid: number }>(
            'SELECT large_object AS oid FROM ticket_photos WHERE id = $1',
            [id],
          );
          return rows[0]?.oid;
        });
      const oid = await objectOf(sixth);
      assert.ok(oid);
      assert.equal(
        (await call('anna', `/ticket-photos/${sixth}`, { method: 'DELETE' })).status,
        204,
      );
      assert.equal(
        (await call('anna', `/ticket-photos/${sixth}`, { method: 'DELETE' })).status,
        404,
      );
      const left = await server().app.db.withSystem((sql) =>
        sql.query('SELECT 1 FROM pg_largeobject_metadata WHERE oid = $1', [oid]),
      );
      assert.equal(left.rowCount, 0, 'the large object is unlinked');
      assert.equal((await call('tom', `/ticket-photos/${toms}`, { method: 'DELETE' })).status, 204);
    });

    it('TKT-1 the draft-expiry job discards expired drafts and unlinks their large objects', async () => {
      const stale = await draft('anna');
      const fresh = await draft('anna');
      const named = await report('anna', { photoIds: [await draft('anna')] });
      await server().app.db.withSystem((sql) =>
        sql.query(
          "UPDATE ticket_photos SET expires_at = now() - interval '1 second' WHERE id = $1",
          [stale],
        ),
      );
      const objects = () =>
        server().app.db.withSystem(async (sql) => {
          const { rows } = await sql.query<{ id: string; live: boolean }>(
            `SELECT p.id, EXISTS (SELECT 1 FROM pg_largeobject_metadata m WHERE m.oid = p.large_object) AS live
               FROM ticket_photos p WHERE p.id = ANY($1::uuid[])`,
            [[stale, fresh, named.photos[0]?.id]],
          );
          return rows;
        });
      const staleObject = await server().app.db.withSystem(async (sql) => {
        const { rows } = await sql.query<{ oid: number }>(
          'SELECT large_object AS oid FROM ticket_photos WHERE id = $1',
          [stale],
        );
        return rows[0]?.oid;
      });
      assert.equal((await objects()).length, 3);
      assert.ok((await expireDraftPhotos(server().app.db)) >= 1);
      assert.deepEqual(
        (await objects()).map((o) => [o.id, o.live]).sort(),
        [
          [fresh, true],
          [named.photos[0]?.id, true],
        ].sort(),
      );
      const gone = await server().app.db.withSystem((sql) =>
        sql.query('SELECT 1 FROM pg_largeobject_metadata WHERE oid = $1', [staleObject]),
      );
      assert.equal(gone.rowCount, 0, 'the expired draft’s large object is unlinked');
      const { bytes } = await download('anna', named.photos[0]?.href ?? '');
      assert.ok(bytes.equals(png), 'a named photo never expires');
    });

    it('TKT-1 staff move a ticket along every allowed transition and no other (409 invalid_transition)', async () => {
      for (const [from, to] of contractMoves()) {
        const id = await ticketIn(from);
        const moved = await json<TicketDetail>(await move(id, to, `${from} → ${to}`), 200);
        assert.equal(moved.ticket.status, to, `${from} → ${to}`);
        const last = moved.timeline.at(-1);
        assert.deepEqual(
          [last?.kind, last?.fromStatus, last?.toStatus, last?.comment, last?.author.staff],
          ['status_changed', from, to, `${from} → ${to}`, true],
        );
        assert.equal(moved.ticket.reopenableUntil === null, to !== 'resolved');
      }
      for (const from of statuses) {
        const id = await ticketIn(from);
        const refused = statuses.filter((to) => !canMove(from, to));
        assert.ok(refused.includes(from), 'staying put is no move');
        for (const to of refused) {
          const response = await move(id, to);
          assert.equal(response.status, 409, `${from} → ${to}`);
          assert.equal((await problemOf(response)).code, 'invalid_transition');
        }
        assert.equal((await view('anna', id)).ticket.status, from, 'the refusals changed nothing');
      }
    });

    it('TKT-1 a ticket tells staff the moves it allows now, and residents none', async () => {
      for (const from of statuses) {
        const id = await ticketIn(from);
        const allowed = contractMoves()
          .filter(([source]) => source === from)
          .map(([, to]) => to);
        assert.deepEqual(
          [...(await view('katarzyna', id)).nextStatuses].sort(),
          [...allowed].sort(),
          from,
        );
        assert.deepEqual((await view('anna', id)).nextStatuses, [], from);
      }
    });

    it('TKT-1 residents change no status and post no internal comment; internal comments stay with staff', async () => {
      const id = await ticketIn('accepted');
      for (const who of ['anna', 'tom', 'jan'] as const) {
        const response = await call(who, `/tickets/${id}/status`, {
          method: 'POST',
          json: { status: 'in_progress' },
        });
        assert.equal(response.status, 403, who);
        assert.equal((await problemOf(response)).code, 'forbidden');
      }
      const internalByResident = await call('anna', `/tickets/${id}/comments`, {
        method: 'POST',
        json: { text: 'Proszę to oznaczyć jako wewnętrzne.', internal: true },
      });
      assert.equal(internalByResident.status, 403);

      const before = await view('anna', id);
      const mails = (await outbox(people.anna.email)).length;
      const internal = await json<TicketDetail>(
        await call('katarzyna', `/tickets/${id}/comments`, {
          method: 'POST',
          json: { text: 'Lokator zgłasza to już trzeci raz — sprawdzić pion.', internal: true },
        }),
        201,
      );
      assert.deepEqual(internal.timeline.map((e) => [e.kind, e.internal]).at(-1), [
        'comment',
        true,
      ]);
      for (const who of ['anna', 'tom'] as const) {
        const seen = await view(who, id);
        assert.deepEqual(seen, before, `${who} sees nothing of the internal comment`);
        const listed = (await json<TicketPage>(await call(who, '/tickets?limit=100'), 200)).items;
        assert.equal(listed.find((t) => t.id === id)?.updatedAt, before.ticket.updatedAt);
      }
      const staffView = await view('katarzyna', id);
      assert.ok(staffView.timeline.some((e) => e.internal && e.comment?.includes('trzeci raz')));
      assert.equal(
        (await outbox(people.anna.email)).length,
        mails,
        'no e-mail for an internal comment',
      );

      const visible = await json<TicketDetail>(
        await call('katarzyna', `/tickets/${id}/comments`, {
          method: 'POST',
          json: { text: 'Hydraulik przyjdzie jutro rano.' },
        }),
        201,
      );
      assert.equal(visible.ticket.status, 'accepted', 'a staff comment moves nothing');
      const annaSees = await view('anna', id);
      assert.deepEqual(annaSees.timeline.map((e) => [e.kind, e.comment, e.internal]).at(-1), [
        'comment',
        'Hydraulik przyjdzie jutro rano.',
        false,
      ]);
      assert.ok(annaSees.ticket.updatedAt > before.ticket.updatedAt);
    });

    it('TKT-1 a resident’s comment on a ticket waiting for them sends it back to work, with no e-mail; finished tickets take none', async () => {
      const id = await ticketIn('waiting_for_resident');
      const mails = (await outbox(people.anna.email)).length;
      const replied = await json<TicketDetail>(
        await call('tom', `/tickets/${id}/comments`, {
          method: 'POST',
          json: { text: 'I am at home on Thursday after 2 pm.' },
        }),
        201,
      );
      assert.equal(replied.ticket.status, 'in_progress');
      assert.deepEqual(
        replied.timeline
          .slice(-2)
          .map((e) => [e.kind, e.fromStatus, e.toStatus, e.author.name, e.author.staff]),
        [
          ['comment', null, null, 'Tom Baker', false],
          ['status_changed', 'waiting_for_resident', 'in_progress', 'Tom Baker', false],
        ],
      );
      assert.equal(
        (await outbox(people.anna.email)).length,
        mails,
        'the household moved it: no e-mail to the reporter',
      );
      const again = await json<TicketDetail>(
        await call('anna', `/tickets/${id}/comments`, {
          method: 'POST',
          json: { text: 'Dzięki!' },
        }),
        201,
      );
      assert.equal(again.ticket.status, 'in_progress', 'in progress stays in progress');

      for (const status of ['closed', 'rejected'] as const) {
        const finished = await ticketIn(status);
        for (const who of ['anna', 'katarzyna'] as const) {
          const response = await call(who, `/tickets/${finished}/comments`, {
            method: 'POST',
            json: { text: 'Jeszcze jedno…' },
          });
          assert.equal(response.status, 409, `${who} on ${status}`);
          assert.equal((await problemOf(response)).code, 'invalid_transition');
        }
      }
    });

    it('TKT-1 the unit’s residents reopen a resolved ticket within the tenant’s days, not later', async () => {
      const id = await ticketIn('resolved');
      const resolved = await view('anna', id);
      const resolvedAt = await server().app.db.withSystem(async (sql) => {
        const { rows } = await sql.query<{ at: Date }>(
          'SELECT resolved_at AS at FROM tickets WHERE id = $1',
          [id],
        );
        return rows[0]?.at.getTime() ?? 0;
      });
      assert.equal(
        Date.parse(resolved.ticket.reopenableUntil ?? ''),
        resolvedAt + 14 * 24 * 3600_000,
        'the default 14 days after the resolution',
      );

      assert.equal(
        (
          await call('katarzyna', `/tickets/${id}/reopening`, {
            method: 'POST',
            json: { comment: 'x' },
          })
        ).status,
        403,
        'staff move it with a status change instead',
      );
      assert.equal(
        (
          await call('olena', `/tickets/${id}/reopening`, {
            method: 'POST',
            json: { comment: 'x' },
          })
        ).status,
        404,
      );
      const mails = (await outbox(people.anna.email)).length;
      const reopened = await json<TicketDetail>(
        await call('tom', `/tickets/${id}/reopening`, {
          method: 'POST',
          json: { comment: 'It drips again since last night.' },
        }),
        200,
      );
      assert.equal(reopened.ticket.status, 'accepted');
      assert.equal(reopened.ticket.reopenableUntil, null);
      assert.deepEqual(
        reopened.timeline.map((e) => [e.kind, e.fromStatus, e.toStatus, e.comment]).at(-1),
        ['reopened', 'resolved', 'accepted', 'It drips again since last night.'],
      );
      const mail = (await outbox(people.anna.email)).slice(mails);
      assert.equal(mail.length, 1, 'the reporter is told');
      assert.match(mail[0]?.subject ?? '', /zgłoszenie nr \d+ — przyjęte/);

      const notResolved = await call('anna', `/tickets/${id}/reopening`, {
        method: 'POST',
        json: { comment: 'Again?' },
      });
      assert.equal((await problemOf(notResolved)).code, 'invalid_transition');

      await json(await move(id, 'resolved'), 200);
      await server().app.db.withSystem((sql) =>
        sql.query(
          "UPDATE tickets SET resolved_at = now() - interval '14 days 1 minute' WHERE id = $1",
          [id],
        ),
      );
      const late = await call('anna', `/tickets/${id}/reopening`, {
        method: 'POST',
        json: { comment: 'Still dripping.' },
        headers: { 'accept-language': 'ru' },
      });
      assert.equal(late.status, 409);
      const problem = await problemOf(late);
      assert.deepEqual(
        [problem.code, problem.title],
        ['reopen_period_over', 'Срок для повторного открытия заявки истёк'],
      );
      assert.equal((await view('anna', id)).ticket.status, 'resolved');

      // a common-area ticket is its reporter's alone
      const { ticket: hall } = await report('anna', {
        place: 'common_area',
        location: 'Klatka A, parter',
        category: 'cleaning',
        description: 'Rozlana farba na schodach przy wejściu.',
      });
      await json(await move(hall.id, 'in_progress'), 200);
      await json(await move(hall.id, 'resolved'), 200);
      const byTom = await call('tom', `/tickets/${hall.id}/reopening`, {
        method: 'POST',
        json: { comment: 'x' },
      });
      assert.equal(byTom.status, 404);
      const byAnna = await call('anna', `/tickets/${hall.id}/reopening`, {
        method: 'POST',
        json: { comment: 'Farba nadal jest na schodach.' },
      });
      assert.equal(byAnna.status, 200);
    });

    it('TKT-1 every status change e-mails the reporter in their own language; the link leads to the portal', async () => {
      const comment = 'Hydraulik <b>przyjdzie</b> w czwartek & piątek.';
      const link = `${server().url}/lesna-5/`;
      const cases = [
        {
          who: 'olena',
          subject: /^Wspólnota Mieszkaniowa Leśna 5: заявка №\d+ — в работе$/,
          text: (n: number) =>
            `Здравствуйте, Олена Коваль!\n\nСтатус вашей заявки №${n} изменился: в работе.\nКомментарий:\n${comment}\n\nЗаявка и вся её история — в личном кабинете:\n${link}`,
        },
        {
          who: 'tom',
          subject: /^Wspólnota Mieszkaniowa Leśna 5: ticket #\d+ — in progress$/,
          text: (n: number) =>
            `Hello Tom Baker,\n\nThe status of your ticket #${n} has changed: in progress.\nComment:\n${comment}\n\nThe ticket and its whole history are in your portal:\n${link}`,
        },
        {
          who: 'anna',
          subject: /^Wspólnota Mieszkaniowa Leśna 5: zgłoszenie nr \d+ — w realizacji$/,
          text: (n: number) =>
            `Dzień dobry, Anna Nowak!\n\nStatus Twojego zgłoszenia nr ${n} zmienił się: w realizacji.\nKomentarz:\n${comment}\n\nZgłoszenie i cała jego historia są w portalu mieszkańca:\n${link}`,
        },
      ] as const;
      for (const { who, subject, text } of cases) {
        const { ticket } = await report(who);
        const email = people[who].email;
        const before = (await outbox(email)).length;
        await json(await move(ticket.id, 'in_progress', comment), 200);
        const mails = (await outbox(email)).slice(before);
        assert.equal(mails.length, 1, who);
        const [mail] = mails;
        assert.match(mail?.subject ?? '', subject);
        assert.ok(mail?.subject.includes(String(ticket.number)));
        // the unsubscribe footer follows (NOTE-2, test/notifications.test.ts)
        const [body] = mail?.text.split('\n\n-- \n') ?? [];
        assert.equal(body, text(ticket.number), 'the comment as written, the portal link');
        assert.ok(
          mail?.html.includes(
            'Hydraulik &#60;b&#62;przyjdzie&#60;/b&#62; w czwartek &#38; piątek.',
          ),
          'escaped in HTML',
        );
        assert.ok(!mail?.html.includes('<b>'));
      }
      // and it really leaves through the outbox
      const sent = await waitForMail(server(), people.olena.email);
      assert.match(sent.subject, /заявка №\d+ — в работе/);
    });

    it('TKT-1 lists filter by status, unit and category and page with a stable cursor', async () => {
      const working = await ticketIn('in_progress');
      const { ticket: olenas } = await report('olena', { category: 'lift' });
      const { ticket: tomsHall } = await report('tom', {
        place: 'common_area',
        location: 'Piwnica',
        category: 'lift',
        description: 'The lift to the cellar stops with a jolt.',
      });
      const all = async (who: Who, query = '') => {
        const items = [];
        let cursor: string | null = null;
        do {
          const search = new URLSearchParams(query);
          search.set('limit', '3');
          if (cursor) search.set('cursor', cursor);
          const page: TicketPage = await json<TicketPage>(
            await call(who, `/tickets?${search}`),
            200,
          );
          assert.ok(page.items.length <= 3);
          items.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        return items;
      };
      const staff = await all('katarzyna');
      const onePage = await json<TicketPage>(await call('katarzyna', '/tickets?limit=100'), 200);
      assert.deepEqual(
        staff.map((t) => t.id),
        onePage.items.map((t) => t.id),
        'the pages add up to the whole list',
      );
      const created = staff.map((t) => t.createdAt);
      assert.deepEqual(created, [...created].sort().reverse(), 'newest first');
      assert.ok(staff.some((t) => t.id === olenas.id) && staff.some((t) => t.id === tomsHall.id));

      const annas = await all('anna');
      assert.ok(!annas.some((t) => t.id === olenas.id), 'not another flat’s ticket');
      assert.ok(!annas.some((t) => t.id === tomsHall.id), 'not a neighbour’s common-area ticket');
      assert.ok(annas.every((t) => t.unitId === fixture.units.lokal12));
      assert.ok(annas.every((t) => t.place === 'unit' || t.reporter.name === 'Anna Nowak'));
      const toms = await all('tom');
      assert.ok(toms.some((t) => t.id === tomsHall.id));
      assert.deepEqual(
        (await all('olena')).map((t) => t.id),
        staff.filter((t) => t.reporter.name === 'Олена Коваль').map((t) => t.id),
      );

      const lifts = await all('katarzyna', 'category=lift');
      assert.deepEqual(
        lifts.map((t) => t.id),
        staff.filter((t) => t.category === 'lift').map((t) => t.id),
      );
      const flat14 = await all('katarzyna', `unitId=${fixture.units.lokal14}`);
      assert.ok(flat14.length > 0 && flat14.every((t) => t.unitId === fixture.units.lokal14));
      const plumbingInProgress = await all('anna', 'status=in_progress&category=plumbing');
      assert.deepEqual(
        plumbingInProgress.map((t) => t.id),
        annas
          .filter((t) => t.status === 'in_progress' && t.category === 'plumbing')
          .map((t) => t.id),
      );
      assert.ok(plumbingInProgress.some((t) => t.id === working));

      for (const [who, query, status] of [
        ['anna', `unitId=${fixture.units.lokal14}`, 404],
        ['katarzyna', `unitId=${fixture.units.hotel101}`, 404],
        ['katarzyna', 'cursor=bm90LWEtY3Vyc29y', 400],
        ['katarzyna', 'status=fixed', 400],
        ['marek', '', 403],
      ] as const) {
        const response = await call(who, `/tickets?${query}`);
        assert.equal(response.status, status, `${who} ${query}`);
      }
    });

    it('TKT-1 bad input is 400 problem+json naming the field, in ru, pl and en', async () => {
      const expected = {
        ru: ['Некорректные данные', 'Обязательное поле.', 'Не короче 10 символов.'],
        pl: ['Nieprawidłowe dane', 'Pole wymagane.', 'Co najmniej 10 znaków.'],
        en: ['Invalid input', 'Required.', 'At least 10 characters.'],
      };
      for (const [locale, [title, required, short]] of Object.entries(expected)) {
        const common = await call('anna', '/tickets', {
          method: 'POST',
          headers: { 'accept-language': locale },
          json: {
            unitId: fixture.units.lokal12,
            place: 'common_area',
            category: 'lift',
            description: 'The lift is stuck on the third floor.',
          },
        });
        assert.equal(common.status, 400);
        const problem = await problemOf(common);
        assert.deepEqual(
          [problem.code, problem.title, problem.errors],
          [
            'validation_failed',
            title,
            [{ field: 'location', code: 'required', message: required }],
          ],
          locale,
        );
        const tooShort = await call('anna', '/tickets', {
          method: 'POST',
          headers: { 'accept-language': locale },
          json: {
            unitId: fixture.units.lokal12,
            place: 'unit',
            category: 'other',
            description: 'Leak',
          },
        });
        assert.deepEqual(
          (await problemOf(tooShort)).errors?.map((e) => [e.field, e.code, e.message]),
          [['description', 'too_short', short]],
        );
      }
      const blank = await call('anna', '/tickets', {
        method: 'POST',
        json: {
          unitId: fixture.units.lokal14,
          place: 'common_area',
          location: '   ',
          category: 'lift',
          description: 'The lift is stuck on the third floor.',
        },
      });
      assert.deepEqual(
        (await problemOf(blank)).errors?.map((e) => [e.field, e.code]),
        [
          ['unitId', 'invalid_value'],
          ['location', 'required'],
        ],
      );
      const wrongStatus = await move(randomUUID(), 'fixed' as TicketStatus);
      assert.deepEqual(
        (await problemOf(wrongStatus)).errors?.map((e) => [e.field, e.code]),
        [['status', 'invalid_value']],
      );
      assert.equal((await call('katarzyna', '/tickets/not-a-uuid')).status, 400);
      // staff and people without a flat report nothing
      for (const who of ['katarzyna', 'marek'] as const) {
        const response = await call(who, '/tickets', {
          method: 'POST',
          json: {
            unitId: fixture.units.lokal12,
            place: 'unit',
            category: 'other',
            description: 'Reported by someone without a flat.',
          },
        });
        assert.equal(response.status, 403, who);
        assert.equal((await upload(who, png, 'image/png')).status, 403, `${who} uploads nothing`);
      }
    });

    it('TKT-1 ids are uuids in either case, compared as one; urn:uuid: and the like are 400', async () => {
      const photo = await draft('anna');
      const created = await report('anna', {
        unitId: fixture.units.lokal12.toUpperCase(),
        photoIds: [photo.toUpperCase()],
      });
      assert.deepEqual(
        [created.ticket.unitId, created.photos.map((p) => p.id)],
        [fixture.units.lokal12, [photo]],
      );
      const upper = created.ticket.id.toUpperCase();
      assert.equal((await view('tom', upper)).ticket.id, created.ticket.id);
      const listed = await json<TicketPage>(
        await call('anna', `/tickets?limit=100&unitId=${fixture.units.lokal12.toUpperCase()}`),
        200,
      );
      assert.ok(listed.items.some((t) => t.id === created.ticket.id));

      const urn = (id: string) => `urn:uuid:${id}`;
      const spare = await draft('anna');
      const body = {
        unitId: fixture.units.lokal12,
        place: 'unit',
        category: 'other',
        description: 'A fault reported with odd ids.',
      };
      for (const [path, init, field] of [
        [`/tickets/${urn(created.ticket.id)}`, {}, 'ticketId'],
        [`/tickets?unitId=${urn(fixture.units.lokal12)}`, {}, 'unitId'],
        [
          `/tickets/${urn(created.ticket.id)}/comments`,
          { method: 'POST', json: { text: 'Hello?' } },
          'ticketId',
        ],
        [
          '/tickets',
          { method: 'POST', json: { ...body, unitId: urn(fixture.units.lokal12) } },
          'unitId',
        ],
        ['/tickets', { method: 'POST', json: { ...body, photoIds: [urn(spare)] } }, 'photoIds.0'],
        [`/ticket-photos/${urn(spare)}`, { method: 'DELETE' }, 'photoId'],
      ] as const) {
        const response = await call('anna', path, init);
        assert.equal(response.status, 400, path);
        assert.deepEqual(
          (await problemOf(response)).errors?.map((e) => [e.field, e.code]),
          [[field, 'invalid_format']],
          path,
        );
      }
      assert.equal(
        (await call('anna', `/ticket-photos/${spare}`, { method: 'DELETE' })).status,
        204,
      );
    });

    it('TKT-1 U+0000 in a description, a location, a comment or a photo’s name is a 400 naming the field', async () => {
      const before = (await json<TicketPage>(await call('anna', '/tickets?limit=100'), 200)).items
        .length;
      const created = await call('anna', '/tickets', {
        method: 'POST',
        json: {
          unitId: fixture.units.lokal12,
          place: 'common_area',
          location: 'Klatka\u0000A',
          category: 'other',
          description: 'Kapie z sufitu\u0000 w łazience.',
        },
      });
      assert.deepEqual(
        (await problemOf(created)).errors?.map((e) => [e.field, e.code]),
        [
          ['location', 'invalid_value'],
          ['description', 'invalid_value'],
        ],
      );
      const after = (await json<TicketPage>(await call('anna', '/tickets?limit=100'), 200)).items
        .length;
      assert.equal(after, before, 'nothing stored');
      const id = await ticketIn('accepted');
      const comment = await call('anna', `/tickets/${id}/comments`, {
        method: 'POST',
        json: { text: '\u0000' },
      });
      assert.deepEqual(
        (await problemOf(comment)).errors?.map((e) => [e.field, e.code]),
        [['text', 'invalid_value']],
      );
      const named = await upload('anna', png, 'image/png', 'zdjęcie\u0000.png');
      assert.equal(named.status, 400);
      assert.deepEqual(
        (await problemOf(named)).errors?.map((e) => [e.field, e.code]),
        [['fileName', 'invalid_value']],
      );
    });

    it('TKT-1 a description of spaces around too few words is too short; a good one is stored trimmed', async () => {
      for (const description of [' '.repeat(10), `   Leak${' '.repeat(10)}`]) {
        const response = await call('anna', '/tickets', {
          method: 'POST',
          headers: { 'accept-language': 'en' },
          json: { unitId: fixture.units.lokal12, place: 'unit', category: 'other', description },
        });
        assert.deepEqual(
          (await problemOf(response)).errors?.map((e) => [e.field, e.code, e.message]),
          [['description', 'too_short', 'At least 10 characters.']],
          JSON.stringify(description),
        );
      }
      const { ticket } = await report('anna', { description: '  \n Okno nie domyka się. \n' });
      assert.equal(ticket.description, 'Okno nie domyka się.');
    });

    it('TKT-1 a reporter who moved out still follows their own tickets; nobody else’s', async () => {
      const { ticket: own } = await report('wiktor');
      const { ticket: neighbours } = await report('olena');
      await server().app.db.withSystem((sql) =>
        sql.query(
          `DELETE FROM person_units WHERE person_id = (SELECT id FROM people WHERE email = $1)`,
          [people.wiktor.email],
        ),
      );
      const listed = await json<TicketPage>(await call('wiktor', '/tickets?limit=100'), 200);
      assert.deepEqual(
        listed.items.map((t) => t.id),
        [own.id],
      );
      assert.equal((await view('wiktor', own.id)).ticket.id, own.id);
      assert.equal((await call('wiktor', `/tickets/${neighbours.id}`)).status, 404);
      // someone with no unit and no ticket has nothing to follow, as on the other lists
      assert.equal((await call('marek', '/tickets')).status, 403);
    });

    it('TKT-1 the days to reopen are whole 24 hours, whatever the daylight-saving time', async () => {
      const until = await server().app.db.withSystem(async (sql) => {
        await sql.query("SET LOCAL TIME ZONE 'Europe/Warsaw'");
        const { rows } = await sql.query<{ until: Date }>(
          `SELECT ${reopenableUntil} AS until
             FROM (SELECT $1::timestamptz AS resolved_at) t, (SELECT 14 AS ticket_reopen_days) tn`,
          ['2026-03-20T12:00:00Z'],
        );
        return rows[0]?.until.toISOString();
      });
      // Warsaw moves its clocks on 29 March; fourteen days are still 336 hours
      assert.equal(until, '2026-04-03T12:00:00.000Z');
    });

    it('TKT-1 with no days to reopen, a resolved ticket is final for its residents', async () => {
      const setDays = (days: number) =>
        server().app.db.withSystem((sql) =>
          sql.query('UPDATE tenants SET ticket_reopen_days = $1 WHERE id = $2', [
            days,
            fixture.lesnaId,
          ]),
        );
      try {
        await setDays(0);
        const id = await ticketIn('resolved');
        const { ticket } = await view('anna', id);
        const resolvedAt = await server().app.db.withSystem(async (sql) => {
          const { rows } = await sql.query<{ at: Date }>(
            'SELECT resolved_at AS at FROM tickets WHERE id = $1',
            [id],
          );
          return rows[0]?.at.toISOString();
        });
        assert.equal(ticket.reopenableUntil, resolvedAt);
        const reopen = await call('anna', `/tickets/${id}/reopening`, {
          method: 'POST',
          json: { comment: 'It is broken again.' },
        });
        assert.equal(reopen.status, 409);
        assert.equal((await problemOf(reopen)).code, 'reopen_period_over');
        assert.equal((await view('anna', id)).ticket.status, 'resolved');
      } finally {
        await setDays(14);
      }
    });

    it('TKT-1 eight reports at once get eight numbers with no gap, each created and updated at one instant', async () => {
      const numbers = (await Promise.all(Array.from({ length: 8 }, () => report('anna')))).map(
        ({ ticket }) => {
          assert.equal(ticket.createdAt, ticket.updatedAt);
          return ticket.number;
        },
      );
      const sorted = [...numbers].sort((a, b) => a - b);
      const first = sorted[0] ?? 0;
      assert.deepEqual(
        sorted,
        Array.from({ length: 8 }, (_, i) => first + i),
      );
      const highest = await server().app.db.withSystem(async (sql) => {
        const { rows } = await sql.query<{ last: number }>(
          'SELECT last_number AS last FROM ticket_counters WHERE tenant_id = $1',
          [fixture.lesnaId],
        );
        return rows[0]?.last;
      });
      assert.equal(highest, first + 7, 'the counter stands at the last');
    });

    it('TKT-1 three moves of one ticket at once: one wins, the others are 409', async () => {
      const { ticket } = await report('anna');
      const answers = await Promise.all([
        move(ticket.id, 'accepted'),
        move(ticket.id, 'accepted'),
        move(ticket.id, 'accepted'),
      ]);
      assert.deepEqual(answers.map((a) => a.status).sort(), [200, 409, 409]);
      const moves = (await view('katarzyna', ticket.id)).timeline.filter(
        (e) => e.kind === 'status_changed',
      );
      assert.deepEqual(
        moves.map((e) => [e.fromStatus, e.toStatus]),
        [['new', 'accepted']],
      );
    });

    it('TKT-1 one draft named by two reports at once belongs to one ticket', async () => {
      const photo = await draft('anna');
      const body = {
        unitId: fixture.units.lokal12,
        place: 'unit',
        category: 'other',
        description: 'The same photo in two reports at once.',
        photoIds: [photo],
      };
      const answers = await Promise.all([
        call('anna', '/tickets', { method: 'POST', json: body }),
        call('anna', '/tickets', { method: 'POST', json: body }),
      ]);
      assert.deepEqual(answers.map((a) => a.status).sort(), [201, 400]);
      const refused = answers.find((a) => a.status === 400);
      assert.ok(refused);
      assert.deepEqual(
        (await problemOf(refused)).errors?.map((e) => [e.field, e.code]),
        [['photoIds.0', 'invalid_value']],
      );
      const owners = await server().app.db.withSystem(async (sql) => {
        const { rows } = await sql.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM tickets t JOIN ticket_photos p ON p.ticket_id = t.id WHERE p.id = $1',
          [photo],
        );
        return rows[0]?.n;
      });
      assert.equal(owners, 1);
    });

    it('TKT-1 a comment repeated with its Idempotency-Key is made once', async () => {
      const id = await ticketIn('accepted');
      const key = randomUUID();
      const send = () =>
        call('anna', `/tickets/${id}/comments`, {
          method: 'POST',
          json: { text: 'Czy hydraulik już jest w drodze?' },
          headers: { 'idempotency-key': key },
        });
      const first = await json<TicketDetail>(await send(), 201);
      const replay = await send();
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await json<TicketDetail>(replay, 201), first);
      const comments = (await view('anna', id)).timeline.filter((e) => e.kind === 'comment');
      assert.equal(comments.length, 1);
    });

    it('TKT-1 a report repeated with its Idempotency-Key is made once', async () => {
      const body = {
        unitId: fixture.units.lokal12,
        place: 'unit',
        category: 'doors_and_locks',
        description: 'The front door lock sticks when turning the key.',
      };
      const key = randomUUID();
      const send = () =>
        call('anna', '/tickets', {
          method: 'POST',
          json: body,
          headers: { 'idempotency-key': key },
        });
      const first = await json<TicketDetail>(await send(), 201);
      const replay = await send();
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await json<TicketDetail>(replay, 201), first);
      const listed = (
        await json<TicketPage>(await call('anna', '/tickets?category=doors_and_locks'), 200)
      ).items;
      assert.equal(listed.length, 1);
    });

    it('TKT-1 another flat’s resident, another tenant’s manager and anonymous callers get none of a ticket', async () => {
      const secret = 'SEKRET-4711';
      const photo = await draft('anna');
      const { ticket, photos } = await report('anna', {
        description: `Przeciek w łazience, kod do domofonu ${secret}.`,
        photoIds: [photo],
      });
      await json(await move(ticket.id, 'accepted', `Klucz u sąsiada, ${secret}.`), 200);
      const spare = await draft('anna');
      const before = await view('katarzyna', ticket.id);
      const newTicket = {
        unitId: fixture.units.lokal12,
        place: 'unit',
        category: 'plumbing',
        description: 'Someone else’s flat, someone else’s fault.',
      };
      const routes = [
        ['listTickets', 'GET', '/tickets?limit=100', undefined],
        ['createTicket', 'POST', '/tickets', newTicket],
        ['getTicket', 'GET', `/tickets/${ticket.id}`, undefined],
        ['addTicketComment', 'POST', `/tickets/${ticket.id}/comments`, { text: 'Hello?' }],
        ['changeTicketStatus', 'POST', `/tickets/${ticket.id}/status`, { status: 'rejected' }],
        ['reopenTicket', 'POST', `/tickets/${ticket.id}/reopening`, { comment: 'Again.' }],
        ['uploadTicketPhoto', 'POST', '/ticket-photos', png],
        ['discardTicketPhoto', 'DELETE', `/ticket-photos/${spare}`, undefined],
        ['downloadTicketPhoto', 'GET', photos[0]?.href ?? '', undefined],
      ] as const;
      const callers = [
        {
          name: 'a resident of flat 14',
          who: 'olena',
          tenant: 'lesna-5',
          statuses: [200, 400, 404, 404, 403, 404, 201, 404, 404],
        },
        {
          name: 'the manager of another tenant, there',
          who: 'petr',
          tenant: 'demo-hotel',
          statuses: [200, 403, 404, 404, 404, 403, 403, 404, 404],
        },
        {
          name: 'the manager of another tenant, here',
          who: 'petr',
          tenant: 'lesna-5',
          statuses: [401, 401, 401, 401, 401, 401, 401, 401, 401],
        },
        {
          name: 'anonymous',
          who: null,
          tenant: 'lesna-5',
          statuses: [401, 401, 401, 401, 401, 401, 401, 401, 401],
        },
      ] as const;
      for (const caller of callers) {
        for (const [i, [operation, method, path, body]] of routes.entries()) {
          const response = await call(caller.who, path, {
            method,
            tenant: caller.tenant,
            ...(body instanceof Buffer
              ? { body: new Uint8Array(body), headers: { 'content-type': 'image/png' } }
              : body && { json: body }),
          });
          const answer = Buffer.from(await response.arrayBuffer());
          assert.equal(response.status, caller.statuses[i], `${caller.name}: ${operation}`);
          for (const leak of [Buffer.from(secret), Buffer.from(ticket.id), png.subarray(0, 8)]) {
            assert.ok(!answer.includes(leak), `${caller.name}: ${operation} shows nothing`);
          }
        }
      }
      assert.deepEqual(await view('katarzyna', ticket.id), before, 'nothing changed');
      assert.equal(
        (await call('anna', `/ticket-photos/${spare}`, { method: 'DELETE' })).status,
        204,
      );
    });
  });
}

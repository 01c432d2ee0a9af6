import { before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { AtriumError, type AtriumClient, type ClientView, type TicketInput } from '@atrium/sdk';
import { details } from '../src/errors/messages.js';
import { contractChanges, requestOf } from './client-view-fixture.js';
import { engines } from './databases.js';
import { problemOf, useServer, type Call } from './helpers.js';
import { createPeopleLab, json, residents, type PeopleLab } from './people-fixture.js';

const lesna = 'lesna-5';
const katarzyna = { email: 'katarzyna@lesna5.example', password: 'Zarzad-2026!' };
const anna = { email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' };
const petr = { email: 'petr@nevsky-apart.example', password: 'Manager-2026' };

// What a change the client could make touches: none of it may move in a view.
const writtenTables = [
  'meter_readings',
  'tickets',
  'ticket_events',
  'announcement_reads',
  'votes',
  'payments',
  'sessions',
  'audit_log',
];

async function refused(promise: Promise<unknown>): Promise<AtriumError> {
  const error = await promise.then(
    () => assert.fail('expected a refusal'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof AtriumError, String(error));
  return error;
}

/** The claims of an access token, read without checking it (the server checks it). */
function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
}

for (const engine of engines) {
  describe(`client view on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let lab: PeopleLab;
    before(async () => {
      lab = await createPeopleLab(server(), 'view-lab');
    });

    const signedIn = async (tenant: string, credentials: typeof anna) => {
      const client = server().client(tenant);
      await client.auth.signIn(credentials);
      return client;
    };
    /** fetch on a tenant's API with a bearer token. */
    const bearer =
      (token: string, tenant = lesna): Call =>
      (path, init = {}) =>
        server().fetch(`/t/${tenant}${path}`, {
          ...init,
          headers: { authorization: `Bearer ${token}`, ...init.headers },
        });
    const viewOf = (client: AtriumClient, view: ClientView) => client.withClientView(view);
    const counts = () =>
      server().app.db.withSystem(async (sql) => {
        const counted: Record<string, number> = {};
        for (const table of writtenTables) {
          const { rows } = await sql.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM ${table}`,
          );
          counted[table] = rows[0]?.n ?? -1;
        }
        return counted;
      });
    const viewsOf = async (reader: AtriumClient, personId: string) =>
      (await reader.audit.list({ entityId: personId, limit: 100 })).items.filter(
        (entry) => entry.action === 'viewed_as_client',
      );

    it("AUTH-3 a manager sees Anna's portal: /me is hers, in the manager's session, for 15 minutes", async () => {
      const manager = await signedIn(lesna, katarzyna);
      const managerMe = await manager.people.me();
      const client = await signedIn(lesna, anna);
      const annaMe = await client.people.me();
      const current = (await manager.auth.listSessions()).items.find((s) => s.current);

      const view = await manager.auth.viewAsClient(annaMe.id);

      assert.equal(view.tokenType, 'Bearer');
      assert.equal(view.expiresIn, 900);
      assert.deepEqual(view.person, { id: annaMe.id, name: 'Anna Nowak' });
      const claims = claimsOf(view.accessToken);
      assert.equal(claims['sub'], annaMe.id);
      assert.deepEqual(claims['act'], { sub: managerMe.id });
      assert.equal(claims['sid'], current?.id, "the manager's own session");
      assert.equal(Number(claims['exp']) - Number(claims['iat']), 900);
      assert.deepEqual(await viewOf(server().client(lesna), view).people.me(), annaMe);
      assert.equal((await manager.people.me()).id, managerMe.id, 'the manager stays herself');
    });

    it("AUTH-3 every read of the client's domains answers exactly what her own token answers", async () => {
      const manager = await signedIn(lesna, katarzyna);
      const own = await server().client(lesna).auth.signIn(anna);
      const annaId = String(claimsOf(own.accessToken)['sub']);
      const view = await manager.auth.viewAsClient(annaId);
      const [first] = (
        await json<{ items: { id: string }[] }>(await bearer(own.accessToken)('/accounts'), 200)
      ).items;
      const meetings = await json<{ items: { id: string }[] }>(
        await bearer(own.accessToken)('/meetings'),
        200,
      );
      const tickets = await json<{ items: { id: string }[] }>(
        await bearer(own.accessToken)('/tickets'),
        200,
      );
      assert.ok(first && meetings.items[0] && tickets.items[0], "Anna's demo data");
      const paths = [
        '/me',
        '/meters',
        '/tickets',
        `/tickets/${tickets.items[0].id}`,
        '/accounts',
        `/accounts/${first.id}/entries`,
        '/payment-types',
        '/announcements',
        '/meetings',
        `/meetings/${meetings.items[0].id}`,
      ];
      for (const path of paths) {
        const mine = await bearer(own.accessToken)(path);
        const seen = await bearer(view.accessToken)(path);
        assert.equal(seen.status, 200, path);
        assert.deepEqual(await seen.json(), await json(mine, 200), path);
      }
    });

    it('AUTH-3 every change the contract offers a signed-in person is refused read_only_view, and nothing is written', async () => {
      const manager = await signedIn(lesna, katarzyna);
      const client = await signedIn(lesna, anna);
      const me = await client.people.me();
      const view = await manager.auth.viewAsClient(me.id);
      const unitId = me.units[0]?.id ?? '';
      const [meter] = (await client.meters.list()).items;
      const meeting = (await client.voting.list()).items.find((m) => m.status === 'open');
      assert.ok(meter && meeting, 'an open meeting and a meter');
      const [resolution] = (await client.voting.get(meeting.id)).resolutions;
      const [account] = (await client.payments.accounts()).items;
      const [ticket] = (await client.tickets.list()).items;
      const unread = (await client.announcements.list()).items.find((a) => !a.read);
      const [session] = (await client.auth.listSessions()).items;
      assert.ok(resolution && account && ticket && unread && session);
      // Her own ids where a change names one: the view is refused what she could do.
      const ids: Record<string, string> = {
        personId: me.id,
        unitId,
        meterId: meter.id,
        meetingId: meeting.id,
        resolutionId: resolution.id,
        accountId: account.id,
        ticketId: ticket.id,
        announcementId: unread.id,
        sessionId: session.id,
      };
      const changes = contractChanges();
      const covered = new Set(changes.map((c) => c.operationId));
      for (const operationId of [
        'submitMeterReadings',
        'createTicket',
        'markAnnouncementRead',
        'castVotes',
        'createPayment',
        'revokeSession',
        'startClientView',
      ]) {
        assert.ok(covered.has(operationId), `${operationId} is read from the contract`);
      }
      const before = await counts();

      for (const change of changes) {
        const response = await bearer(view.accessToken)(...requestOf(change, ids));
        const what = `${change.operationId}: ${change.method} ${change.path}`;
        assert.equal(response.status, 403, what);
        assert.equal((await problemOf(response)).code, 'read_only_view', what);
      }

      assert.deepEqual(await counts(), before);
      const seen = viewOf(server().client(lesna), view);
      assert.equal((await seen.people.me()).id, me.id, 'a refused change does not end the view');
      // The same changes are hers to make: they were refused for the view alone.
      await client.announcements.markRead(unread.id);
      const vote = { votes: [{ resolutionId: resolution.id, unitId, choice: 'for' as const }] };
      await client.voting.vote(meeting.id, vote);
      const input: TicketInput = {
        unitId,
        place: 'unit',
        category: 'plumbing',
        description: 'The kitchen tap drips all night.',
      };
      assert.equal((await client.tickets.create(input)).ticket.unitId, unitId);
    });

    it('AUTH-3 the audit log holds one viewed_as_client entry per view, the looker as actor', async () => {
      const manager = await signedIn(lesna, katarzyna);
      const managerMe = await manager.people.me();
      const annaId = (await (await signedIn(lesna, anna)).people.me()).id;
      const earlier = (await viewsOf(manager, annaId)).length;

      await manager.auth.viewAsClient(annaId);
      await manager.auth.viewAsClient(annaId);

      const entries = await viewsOf(manager, annaId);
      assert.equal(entries.length, earlier + 2);
      for (const entry of entries.slice(0, 2)) {
        assert.deepEqual(entry.actor, { id: managerMe.id, name: managerMe.name });
        assert.deepEqual(
          [entry.entityType, entry.entityId, entry.before, entry.after],
          ['person', annaId, null, { name: 'Anna Nowak' }],
        );
      }
      // a director's view is theirs; a refused one is no view
      const director = await lab.client('director');
      await director.auth.viewAsClient(lab.personIds.owner);
      await refused((await lab.client('accountant')).auth.viewAsClient(lab.personIds.owner));
      await refused(director.auth.viewAsClient(lab.personIds.accountant));
      const labViews = await viewsOf(director, lab.personIds.owner);
      assert.deepEqual(
        labViews.map((entry) => entry.actor?.id),
        [lab.personIds.director],
      );
      assert.deepEqual(await viewsOf(director, lab.personIds.accountant), []);
    });

    it("AUTH-3 the view ends with the manager's sign-in", async () => {
      const manager = await signedIn(lesna, katarzyna);
      const annaId = (await (await signedIn(lesna, anna)).people.me()).id;
      const view = viewOf(server().client(lesna), await manager.auth.viewAsClient(annaId));
      const heard: boolean[] = [];
      view.auth.onChange((signedInNow) => heard.push(signedInNow));
      assert.equal((await view.people.me()).id, annaId);

      await manager.auth.signOut();

      const error = await refused(view.people.me());
      assert.deepEqual([error.status, error.code], [401, 'unauthenticated']);
      assert.equal(view.auth.isSignedIn(), false);
      assert.deepEqual(heard, [false]);
    });

    it('AUTH-3 the view ends when the client is deactivated or the looker is no longer manager or director', async () => {
      const person = await lab.create({
        name: 'Viewed Vera',
        email: 'vera@view-lab.example',
        locale: 'pl',
      });
      await lab.link(person.id, 'B2', 'resident');
      const manager = await lab.client('manager');
      const director = await lab.client('director');
      const byManager = (await manager.auth.viewAsClient(person.id)).accessToken;
      const byDirector = (await director.auth.viewAsClient(person.id)).accessToken;
      const me = (token: string) => bearer(token, lab.slug)('/me');
      assert.equal((await me(byManager)).status, 200);
      const setSql = (text: string, values: unknown[]) => lab.sql((sql) => sql.query(text, values));

      await setSql('UPDATE people SET staff_role = $2 WHERE id = $1', [
        lab.personIds.director,
        'accountant',
      ]);
      try {
        assert.equal((await me(byDirector)).status, 401, 'an accountant now');
        assert.equal((await me(byManager)).status, 200);
      } finally {
        await setSql('UPDATE people SET staff_role = $2 WHERE id = $1', [
          lab.personIds.director,
          'director',
        ]);
      }
      await setSql('UPDATE people SET active = false WHERE id = $1', [person.id]);
      const ended = await me(byManager);
      assert.equal(ended.status, 401);
      assert.equal((await problemOf(ended)).code, 'unauthenticated');
    });

    it('AUTH-3 the view ends after its 15 minutes', async (t: TestContext) => {
      const manager = await signedIn(lesna, katarzyna);
      const annaId = (await (await signedIn(lesna, anna)).people.me()).id;
      const view = await manager.auth.viewAsClient(annaId);
      const started = Date.now();
      const me = () => bearer(view.accessToken)('/me');

      // The server runs in this process: its clock moves with the mocked Date.
      t.mock.timers.enable({ apis: ['Date'], now: started + 898_000 });
      assert.equal((await me()).status, 200, 'still on just before');
      t.mock.timers.setTime(started + 900_000);
      const ended = await me();
      assert.equal(ended.status, 401);
      assert.equal((await problemOf(ended)).code, 'unauthenticated');
    });

    it('AUTH-3 managers and directors only; the person must have a portal of this tenant', async () => {
      const call = async (who: Parameters<PeopleLab['as']>[0], personId: string) =>
        (await lab.as(who))(`/people/${personId}/client-view`, {
          method: 'POST',
          headers: { 'accept-language': 'en' },
        });
      const target = lab.personIds.resident;
      assert.equal((await call('director', target)).status, 201);
      assert.equal((await call('manager', target)).status, 201);
      for (const who of ['accountant', ...residents] as const) {
        const refusal = await call(who, target);
        assert.equal(refusal.status, 403, who);
        assert.equal((await problemOf(refusal)).code, 'forbidden', who);
      }
      const anonymous = await lab.anonymous(`/people/${target}/client-view`, { method: 'POST' });
      assert.equal(anonymous.status, 401);

      const annaId = (await (await signedIn(lesna, anna)).people.me()).id;
      const foreign = await call('manager', annaId);
      assert.equal(foreign.status, 404, "another tenant's person");
      assert.equal((await problemOf(foreign)).code, 'not_found');
      assert.equal((await call('manager', crypto.randomUUID())).status, 404);
      assert.equal((await call('manager', 'not-an-id')).status, 400);

      const unlinked = await lab.create({ name: 'Unlinked Una', locale: 'en' });
      const inactive = await lab.create({ name: 'Inactive Ivo', locale: 'en' });
      await lab.link(inactive.id, 'B1', 'resident');
      await lab.sql((sql) =>
        sql.query('UPDATE people SET active = false WHERE id = $1', [inactive.id]),
      );
      for (const [personId, reason] of [
        [lab.personIds.accountant, 'clientViewStaff'],
        [inactive.id, 'clientViewInactive'],
        [unlinked.id, 'clientViewNoUnit'],
      ] as const) {
        const response = await call('manager', personId);
        assert.equal(response.status, 409, reason);
        const problem = await problemOf(response);
        assert.deepEqual(
          [problem.code, problem.detail],
          ['client_view_unavailable', details[reason].en],
        );
      }
    });

    it("AUTH-3 a view's token is refused on another tenant (ORG-1)", async () => {
      const manager = await signedIn(lesna, katarzyna);
      const annaId = (await (await signedIn(lesna, anna)).people.me()).id;
      const view = await manager.auth.viewAsClient(annaId);
      for (const tenant of ['demo-hotel', lab.slug]) {
        const elsewhere = await bearer(view.accessToken, tenant)('/me');
        assert.equal(elsewhere.status, 401, tenant);
        assert.equal((await problemOf(elsewhere)).code, 'unauthenticated');
      }
      // and a manager of the other tenant cannot open one on Anna
      const hotel = await signedIn('demo-hotel', petr);
      assert.equal((await refused(hotel.auth.viewAsClient(annaId))).status, 404);
    });
  });
}

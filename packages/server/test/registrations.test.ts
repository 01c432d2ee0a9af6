import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DirectoryPerson, Locale, Registration, RegistrationPage } from '@atrium/sdk';
import { AtriumError } from '@atrium/sdk';
import pg from 'pg';
import { fieldMessage } from '../src/errors/messages.js';
import { engines, pglite } from './databases.js';
import { problemOf, resetTokenOf, signIns, useServer, waitForMail } from './helpers.js';
import {
  codeFor,
  codeOf,
  createRegistrationsLab,
  registerWithCode,
  slug,
  useSmsSandbox,
  waitForSms,
  type RegistrationsLab,
} from './registrations-fixture.js';

// Self-registration (DIR-5) on Leśna 5 of the demo, the SMS gateway an outside service on a
// port of its own. Katarzyna and Marek manage it, Dorota directs it, Kasia keeps its books;
// Anna and Jan own flat 12. Leśna 7, beside it, opts out of self-registration.

async function json<T>(response: Response, status: number): Promise<T> {
  assert.equal(response.status, status, await response.clone().text());
  return (await response.json()) as T;
}

/** Any six digits but the code's. */
const wrongOf = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

async function refused(call: Promise<unknown>, status: number, code: string) {
  const error = await call.then(
    () => assert.fail(`expected ${status} ${code}`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof AtriumError, String(error));
  assert.deepEqual([error.status, error.code], [status, code]);
  return error;
}

for (const engine of engines) {
  describe(`self-registration on ${engine.name}`, () => {
    const sms = useSmsSandbox();
    const server = useServer(engine, {
      statsScheduler: false,
      paymentReconciliation: false,
      smsProvider: sms.provider,
    });
    let lab: RegistrationsLab;
    before(async () => {
      lab = await createRegistrationsLab(server());
    });

    // Each test speaks from addresses and phones of its own, so the limits are its own.
    let next = 10;
    const client = (locale?: Locale) =>
      server().client(slug, { locale, address: `198.51.100.${next++}` });
    const phone = () => `+48600${String(next++).padStart(6, '0')}`;
    const call = async (
      who: Parameters<RegistrationsLab['as']>[0],
      path: string,
      init: RequestInit & { json?: unknown } = {},
    ) => (await lab.as(who))(path, init);
    const post = (who: Parameters<RegistrationsLab['as']>[0], path: string, body: unknown) =>
      call(who, path, { method: 'POST', json: body });
    const pending = async (who: 'katarzyna' | 'marek' = 'katarzyna') =>
      (
        await json<RegistrationPage>(
          await call(who, '/registrations?status=pending&limit=100'),
          200,
        )
      ).items;
    /** The pending request of a phone, as a manager lists it. */
    const pendingOf = async (of: string) => {
      const found = (await pending()).filter((r) => r.phone === of);
      assert.equal(found.length, 1, `one pending request of ${of}`);
      return found[0] as Registration;
    };
    const person = async (id: string) =>
      json<DirectoryPerson>(await call('katarzyna', `/people/${id}`), 200);
    /** Whether the person's phone counts as proof (DIR-5). */
    const trusted = (id: string) =>
      lab.sql(async (q) => {
        const { rows } = await q.query<{ phone_trusted: boolean }>(
          'SELECT phone_trusted FROM people WHERE id = $1',
          [id],
        );
        return rows[0]?.phone_trusted;
      });
    /** A pending request of a new phone, by someone the directory does not know. */
    async function newRequest(name = 'Ktoś Nieznany') {
      const of = phone();
      const email = `${of.slice(1)}@example.pl`;
      const outcome = await registerWithCode(client(), sms.control, { phone: of, name, email });
      assert.deepEqual(outcome, { status: 'pending' });
      return { phone: of, email, registration: await pendingOf(of) };
    }
    /** Sets a password with the invitation's link and signs in with it. */
    async function acceptInvitation(email: string) {
      const token = resetTokenOf((await waitForMail(server(), email)).text);
      const newcomer = server().client(slug);
      await newcomer.auth.completePasswordReset({ token, password: 'Nowe-Haslo-2026!' });
      const session = await newcomer.auth.signIn({ email, password: 'Nowe-Haslo-2026!' });
      assert.equal(typeof session.accessToken, 'string');
    }

    it('DIR-5 a phone the directory knows attaches its person at once; the invitation lets them set a password and sign in (AUTH-1)', async () => {
      const zofia = lab.personIds['zofia.kaminska@lesna5.example'] ?? '';
      const of = phone();
      await json(
        await call('katarzyna', `/people/${zofia}`, { method: 'PATCH', json: { phone: of } }),
        200,
      );
      const outcome = await registerWithCode(client(), sms.control, {
        phone: of,
        name: 'Zofia K.',
        email: 'zofia.inny@example.pl',
      });
      assert.deepEqual(outcome, { status: 'attached' });

      const attached = await person(zofia);
      assert.deepEqual(
        [attached.phone, attached.email, attached.portalAccess],
        [of, 'zofia.kaminska@lesna5.example', 'invited'],
        'the e-mail the directory had stays; the link goes there',
      );
      await acceptInvitation('zofia.kaminska@lesna5.example');
      assert.equal((await person(zofia)).portalAccess, 'active');

      const page = await json<RegistrationPage>(await call('katarzyna', '/registrations'), 200);
      const listed = page.items.find((r) => r.phone === of);
      assert.deepEqual(
        [listed?.status, listed?.personId, listed?.decidedBy, listed?.name],
        ['attached', zofia, null, 'Zofia K.'],
      );
      const granted = await lab.sql((q) =>
        q.query<{ actor_id: string | null }>(
          "SELECT actor_id FROM audit_log WHERE entity_id = $1 AND action = 'access_granted'",
          [zofia],
        ),
      );
      assert.deepEqual(granted.rows, [{ actor_id: null }], 'granted by the system');
    });

    it('DIR-5 an account number and the owner’s name attach at once only with the e-mail the owner has on record: the proven phone is written, the invitation goes there', async () => {
      const henryk = lab.personIds['henryk.mazur@lesna5.example'] ?? '';
      const account = { name: '  henryk   MAZUR ', accountNumber: 'LES5-004' };
      // a stranger who read the name and the account number off a bill
      const stranger = phone();
      const taken = await registerWithCode(client(), sms.control, {
        ...account,
        phone: stranger,
        email: 'obcy@example.pl',
      });
      assert.deepEqual(taken, { status: 'pending' });
      const untouched = await person(henryk);
      assert.deepEqual(
        [untouched.phone, untouched.email, untouched.portalAccess],
        [null, 'henryk.mazur@lesna5.example', 'none'],
        'nothing typed is written into the owner',
      );
      assert.equal((await pendingOf(stranger)).personId, null);

      const of = phone();
      const outcome = await registerWithCode(client(), sms.control, {
        ...account,
        phone: of,
        email: 'Henryk.Mazur@Lesna5.Example',
      });
      assert.deepEqual(outcome, { status: 'attached' });
      const attached = await person(henryk);
      assert.deepEqual(
        [attached.name, attached.phone, attached.email, attached.portalAccess],
        ['Henryk Mazur', of, 'henryk.mazur@lesna5.example', 'invited'],
      );
      assert.equal(await trusted(henryk), true, 'a phone a code proved is trusted');
      await acceptInvitation('henryk.mazur@lesna5.example');
      const listed = (await json<RegistrationPage>(await call('katarzyna', '/registrations'), 200))
        .items[0];
      assert.deepEqual(
        [listed?.phone, listed?.unitId, listed?.accountNumber, listed?.personId],
        [of, lab.unitIds['4'], 'LES5-004', henryk],
      );
    });

    it('DIR-5 someone with no e-mail on record is attached neither by account number nor by phone: the typed e-mail is not written, a manager decides', async () => {
      const grzegorz = lab.personIds['grzegorz.pawlak@lesna5.example'] ?? '';
      await lab.sql((q) => q.query('UPDATE people SET email = NULL WHERE id = $1', [grzegorz]));
      const input = { name: 'Grzegorz Pawlak', email: 'grzegorz.nowy@example.pl' };
      const byAccount = await registerWithCode(client(), sms.control, {
        ...input,
        phone: phone(),
        accountNumber: 'LES5-008',
      });
      assert.deepEqual(byAccount, { status: 'pending' });
      const kept = await person(grzegorz);
      assert.deepEqual([kept.phone, kept.email, kept.portalAccess], [null, null, 'none']);

      const his = phone();
      await lab.sql((q) => q.query('UPDATE people SET phone = $1 WHERE id = $2', [his, grzegorz]));
      const byPhone = await registerWithCode(client(), sms.control, { ...input, phone: his });
      assert.deepEqual(byPhone, { status: 'pending' });
      const still = await person(grzegorz);
      assert.deepEqual([still.email, still.portalAccess], [null, 'none']);
    });

    it('DIR-5 a namesake makes an account number unsure, whatever the namesake’s phone', async () => {
      const krzysztof = lab.personIds['krzysztof.zajac@lesna5.example'] ?? '';
      await lab.sql((q) =>
        q.query(
          `WITH p AS (INSERT INTO people (tenant_id, email, name, locale, phone)
                      VALUES ($1, 'zajac.senior@example.pl', 'Krzysztof Zając', 'pl', '+48699000006')
                      RETURNING id)
           INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
           SELECT $1, p.id, $2, 'owner', 0.5 FROM p`,
          [lab.tenantId, lab.unitIds['6']],
        ),
      );
      const of = phone();
      const outcome = await registerWithCode(client(), sms.control, {
        phone: of,
        name: 'Krzysztof Zając',
        email: 'krzysztof.zajac@lesna5.example',
        accountNumber: 'LES5-006',
      });
      assert.deepEqual(outcome, { status: 'pending' }, 'which of the two is not sure');
      const kept = await person(krzysztof);
      assert.deepEqual([kept.phone, kept.portalAccess], [null, 'none']);
    });

    it('DIR-5 a phone typed into one’s own profile is no proof: it matches no registration until a code proves it', async () => {
      const jan = lab.personIds['jan@lesna5.example'] ?? '';
      const anna = lab.personIds['anna@lesna5.example'] ?? '';
      // Jan types a number that is not his (a newcomer's) into his profile
      const of = phone();
      await json(await call('jan', '/me/profile', { method: 'PATCH', json: { phone: of } }), 200);
      assert.equal(await trusted(jan), false);
      const newcomer = await registerWithCode(client(), sms.control, {
        phone: of,
        name: 'Nowa Lokatorka',
        email: 'nowa.lokatorka@example.pl',
      });
      assert.deepEqual(newcomer, { status: 'pending' }, 'not attached to Jan');
      assert.equal((await pendingOf(of)).personId, null);
      // the same number proven by Jan himself, with his account and e-mail, is his again
      const himself = await registerWithCode(client(), sms.control, {
        phone: of,
        name: 'Jan Nowak',
        email: 'jan@lesna5.example',
        accountNumber: 'LES5-012',
      });
      assert.deepEqual(himself, { status: 'attached' });
      assert.equal(await trusted(jan), true);
      // a phone sent unchanged stays as trusted as it was
      const annas = phone();
      await lab.sql((q) => q.query('UPDATE people SET phone = $1 WHERE id = $2', [annas, anna]));
      await json(
        await call('anna', '/me/profile', {
          method: 'PATCH',
          json: { phone: annas, locale: 'pl' },
        }),
        200,
      );
      assert.equal(await trusted(anna), true);
    });

    it('DIR-5 no sure match waits: another name, another phone on record, or two people with the phone', async () => {
      const piotr = lab.personIds['piotr.lewandowski@lesna5.example'] ?? '';
      // each time with the e-mail Piotr has on record: only the one thing named is wrong
      const email = 'piotr.lewandowski@lesna5.example';
      const cases = [
        { name: 'Piotr Nowak', accountNumber: 'LES5-002' },
        { name: 'Piotr Lewandowski', accountNumber: 'LES5-999' },
      ];
      for (const input of cases) {
        const of = phone();
        const outcome = await registerWithCode(client(), sms.control, {
          phone: of,
          email,
          ...input,
        });
        assert.deepEqual(outcome, { status: 'pending' }, JSON.stringify(input));
      }
      // Piotr's phone on record is another: his name and account are not enough
      await lab.sql((q) =>
        q.query("UPDATE people SET phone = '+48699999999' WHERE id = $1", [piotr]),
      );
      const of = phone();
      assert.deepEqual(
        await registerWithCode(client(), sms.control, {
          phone: of,
          name: 'Piotr Lewandowski',
          email,
          accountNumber: 'LES5-002',
        }),
        { status: 'pending' },
      );
      // Ewa and Tomasz share a phone: which of them is registering is not sure
      const shared = phone();
      await lab.sql((q) =>
        q.query('UPDATE people SET phone = $1 WHERE tenant_id = $2 AND email = ANY ($3)', [
          shared,
          lab.tenantId,
          ['ewa.dabrowska@lesna5.example', 'tomasz.dabrowski@lesna5.example'],
        ]),
      );
      assert.deepEqual(
        await registerWithCode(client(), sms.control, {
          phone: shared,
          name: 'Ewa Dąbrowska',
          email: 'ewa.d@example.pl',
        }),
        { status: 'pending' },
      );
      assert.equal((await person(piotr)).portalAccess, 'none');
    });

    it('DIR-5 a property that opts out of self-registration has its owner’s request wait, by account number or by phone, its unit named', async () => {
      const of = phone();
      const outcome = await registerWithCode(client(), sms.control, {
        phone: of,
        name: 'Olga Ostrowska',
        email: 'olga.ostrowska@lesna5.example',
        accountNumber: 'LES7-001',
      });
      assert.deepEqual(outcome, { status: 'pending' });
      const waiting = await pendingOf(of);
      assert.deepEqual(
        [waiting.unitId, waiting.accountNumber, waiting.personId],
        [lab.unitIds['L7-1'], 'LES7-001', null],
      );
      // nor does her phone on record, written by staff, attach her
      const olga = lab.personIds['olga.ostrowska@lesna5.example'] ?? '';
      const hers = phone();
      await lab.sql((q) => q.query('UPDATE people SET phone = $1 WHERE id = $2', [hers, olga]));
      assert.equal(await trusted(olga), true);
      const byPhone = await registerWithCode(client(), sms.control, {
        phone: hers,
        name: 'Olga Ostrowska',
        email: 'olga.ostrowska@lesna5.example',
      });
      assert.deepEqual(byPhone, { status: 'pending' });
      assert.equal((await person(olga)).portalAccess, 'none');
    });

    it('DIR-5 unmatched: the responsible manager is e-mailed; approval creates and links the person, who is told by SMS and signs in', async () => {
      const marek = lab.personIds['marek@lesna5.example'] ?? '';
      const marked = await json<DirectoryPerson>(
        await call('dorota', `/people/${marek}`, {
          method: 'PATCH',
          json: { receivesRegistrations: true },
        }),
        200,
      );
      assert.equal(marked.receivesRegistrations, true);
      // the demo's manager receives them too; she is taken off, so only Marek should be told
      const katarzyna = lab.personIds['katarzyna@lesna5.example'] ?? '';
      await json<DirectoryPerson>(
        await call('dorota', `/people/${katarzyna}`, {
          method: 'PATCH',
          json: { receivesRegistrations: false },
        }),
        200,
      );

      const of = phone();
      const outcome = await registerWithCode(client(), sms.control, {
        phone: of,
        name: 'Nowy Lokator',
        email: 'nowy.lokator@example.pl',
        accountNumber: 'LES5-007',
        locale: 'en',
      });
      assert.deepEqual(outcome, { status: 'pending' });
      const notice = await waitForMail(server(), 'marek@lesna5.example');
      assert.match(notice.subject, /Nowy Lokator/);
      assert.ok(notice.text.includes(of) && notice.text.includes('LES5-007'));
      const outbox = await fetch(`${server().url}/dev/outbox.json?to=katarzyna@lesna5.example`);
      const toKatarzyna = (await outbox.json()) as { subject: string }[];
      assert.ok(!toKatarzyna.some((m) => m.subject.includes('Nowy Lokator')), 'only who receives');

      const waiting = await pendingOf(of);
      assert.equal(waiting.unitId, lab.unitIds['7'], 'the unit the account names');
      const approved = await json<Registration>(
        await post('marek', `/registrations/${waiting.id}/approval`, {
          unitId: lab.unitIds['7'],
          roles: ['resident'],
        }),
        200,
      );
      assert.equal(approved.status, 'approved');
      assert.deepEqual(approved.decidedBy, { id: marek, name: 'Marek Zieliński' });
      assert.equal(typeof approved.decidedAt, 'string');
      const created = await person(approved.personId ?? '');
      assert.deepEqual(
        [created.name, created.email, created.phone, created.locale, created.portalAccess],
        ['Nowy Lokator', 'nowy.lokator@example.pl', of, 'en', 'invited'],
      );
      assert.deepEqual(
        created.units.map((u) => [u.unitNumber, u.roles]),
        [['7', ['resident']]],
      );
      const told = await waitForSms(sms.control, of, 1);
      assert.match(told.text, /approved/);
      await acceptInvitation('nowy.lokator@example.pl');

      const again = await post('katarzyna', `/registrations/${waiting.id}/approval`, {
        unitId: lab.unitIds['7'],
        roles: ['resident'],
      });
      assert.equal((await problemOf(again)).code, 'invalid_transition');
      const logged = await lab.sql((q) =>
        q.query<{ action: string; actor_id: string }>(
          'SELECT action, actor_id FROM audit_log WHERE entity_id = $1 OR related_id = $1 ORDER BY at',
          [approved.personId],
        ),
      );
      assert.deepEqual(
        logged.rows.map((r) => [r.action, r.actor_id]),
        [
          ['created', marek],
          ['linked', marek],
          ['access_granted', marek],
        ],
      );
    });

    it('DIR-5 approval may complete a person of the directory, as an owner with a share within the whole', async () => {
      const { registration, phone: of } = await newRequest('Adam Wójcik');
      const adam = lab.personIds['adam.wojcik@lesna5.example'] ?? '';
      // as after he cleared a phone in his profile
      await lab.sql((q) =>
        q.query('UPDATE people SET phone_trusted = false WHERE id = $1', [adam]),
      );
      const over = await post('katarzyna', `/registrations/${registration.id}/approval`, {
        unitId: lab.unitIds['5'],
        personId: adam,
        roles: ['owner', 'resident'],
        ownershipShare: '0.5',
      });
      const problem = await problemOf(over);
      assert.deepEqual(
        problem.errors?.map((e) => [e.field, e.code]),
        [['ownershipShare', 'unit_shares_exceed_whole']],
      );
      assert.equal((await person(adam)).phone, null, 'a refused approval leaves nothing');
      const approved = await json<Registration>(
        await post('katarzyna', `/registrations/${registration.id}/approval`, {
          unitId: lab.unitIds['5'],
          personId: adam,
          roles: ['owner', 'resident'],
          ownershipShare: '0.33333333',
        }),
        200,
      );
      assert.equal(approved.personId, adam);
      const completed = await person(adam);
      assert.deepEqual(
        [completed.phone, completed.email, completed.units[0]?.roles],
        [of, 'adam.wojcik@lesna5.example', ['owner', 'resident']],
      );
      assert.equal(await trusted(adam), true, 'the phone the code proved');
      await waitForMail(server(), 'adam.wojcik@lesna5.example');
    });

    it('DIR-5 rejection tells the person by SMS and e-mail, with the reason; a decided request is not decided again', async () => {
      const { registration, phone: of, email } = await newRequest();
      const blank = await post('katarzyna', `/registrations/${registration.id}/rejection`, {
        reason: '   ',
      });
      assert.deepEqual(
        (await problemOf(blank)).errors?.map((e) => [e.field, e.code]),
        [['reason', 'too_short']],
      );
      const reason = 'Nie znaleźliśmy lokalu o tym numerze konta.';
      const rejected = await json<Registration>(
        await post('katarzyna', `/registrations/${registration.id}/rejection`, { reason }),
        200,
      );
      assert.deepEqual(
        [rejected.status, rejected.reason, rejected.personId, rejected.decidedBy?.name],
        ['rejected', reason, null, 'Katarzyna Wiśniewska'],
      );
      const told = await waitForSms(sms.control, of, 1);
      assert.ok(told.text.includes('odrzucony') && told.text.includes(reason), told.text);
      const mail = await waitForMail(server(), email);
      assert.ok(mail.text.includes(reason), mail.text);
      for (const decision of ['rejection', 'approval']) {
        const again = await post('katarzyna', `/registrations/${registration.id}/${decision}`, {
          ...(decision === 'approval' && { unitId: lab.unitIds['9'], roles: ['resident'] }),
        });
        assert.equal(again.status, 409);
        assert.equal((await problemOf(again)).code, 'invalid_transition');
      }
      const withoutReason = (await newRequest()).registration;
      const plain = await json<Registration>(
        await post('katarzyna', `/registrations/${withoutReason.id}/rejection`, {}),
        200,
      );
      assert.equal(plain.reason, null);
    });

    it('DIR-5 registering again replaces the phone’s pending request', async () => {
      const of = phone();
      const person1 = { phone: of, email: 'pierwszy@example.pl' };
      await registerWithCode(client(), sms.control, { ...person1, name: 'Pierwszy Raz' });
      const first = await pendingOf(of);
      await registerWithCode(client(), sms.control, { ...person1, name: 'Drugi Raz' });
      const second = await pendingOf(of);
      assert.equal(second.id, first.id);
      assert.equal(second.name, 'Drugi Raz');
      assert.ok(second.createdAt > first.createdAt, 'dated anew');
    });

    it('DIR-5 the fifth wrong code voids it; four wrong ones leave it working', async () => {
      for (const tries of [5, 4]) {
        const registering = client();
        const of = phone();
        const code = await codeFor(registering, sms.control, of);
        const input = {
          phone: of,
          name: 'Zgadywacz',
          email: `${of.slice(1)}@example.pl`,
          locale: 'pl' as const,
        };
        for (let i = 0; i < tries; i++) {
          const error = await refused(
            registering.registrations.register({ ...input, code: wrongOf(code) }),
            400,
            'validation_failed',
          );
          assert.deepEqual(
            error.fieldErrors.map((e) => [e.field, e.code]),
            [['code', 'invalid_value']],
          );
        }
        const right = registering.registrations.register({ ...input, code });
        if (tries === 5) await refused(right, 400, 'validation_failed');
        else assert.deepEqual(await right, { status: 'pending' });
      }
    });

    it('DIR-5 an expired code, one replaced by a newer and one already spent are refused', async () => {
      const registering = client();
      const of = phone();
      const input = {
        phone: of,
        name: 'Spóźniony',
        email: `${of.slice(1)}@example.pl`,
        locale: 'pl' as const,
      };
      const earlier = await codeFor(registering, sms.control, of);
      const later = await codeFor(registering, sms.control, of);
      if (earlier !== later) {
        await refused(
          registering.registrations.register({ ...input, code: earlier }),
          400,
          'validation_failed',
        );
      }
      assert.deepEqual(await registering.registrations.register({ ...input, code: later }), {
        status: 'pending',
      });
      await refused(
        registering.registrations.register({ ...input, code: later }),
        400,
        'validation_failed',
      );

      const expiring = await codeFor(registering, sms.control, of);
      await lab.sql((q) =>
        q.query(
          "UPDATE registration_codes SET expires_at = now() - interval '1 second' WHERE phone = $1",
          [of],
        ),
      );
      await refused(
        registering.registrations.register({ ...input, code: expiring }),
        400,
        'validation_failed',
      );
    });

    it('DIR-5 codes are limited per phone and per client address (429 with retryAfter)', async () => {
      const of = phone();
      const address = `198.51.100.${next++}`;
      const ask = (to: string, from = address) =>
        server().fetch(`/t/${slug}/registration-codes`, {
          method: 'POST',
          json: { phone: to },
          address: from,
        });
      for (let i = 0; i < 5; i++) assert.equal((await ask(of)).status, 202);
      const limited = await ask(of);
      assert.equal(limited.status, 429);
      const problem = await problemOf(limited);
      assert.equal(problem.code, 'too_many_attempts');
      assert.ok((problem.retryAfter ?? 0) > 0);
      assert.equal(limited.headers.get('retry-after'), String(problem.retryAfter));
      assert.equal((await ask(of, `198.51.100.${next++}`)).status, 202, 'from elsewhere');

      const busy = `198.51.100.${next++}`;
      for (let i = 0; i < 20; i++) assert.equal((await ask(phone(), busy)).status, 202);
      assert.equal((await ask(phone(), busy)).status, 429, 'one address sending to many phones');
    });

    it('DIR-5 a gateway that fails or never answers: 503 with Retry-After, and nothing stored', async () => {
      for (const how of ['error', 'hang'] as const) {
        const of = phone();
        sms.control.fail(1, { how });
        const response = await server().fetch(`/t/${slug}/registration-codes`, {
          method: 'POST',
          json: { phone: of },
          address: `198.51.100.${next++}`,
        });
        assert.equal(response.status, 503);
        const problem = await problemOf(response);
        assert.equal(problem.code, 'provider_unavailable');
        assert.equal(response.headers.get('retry-after'), String(problem.retryAfter));
        const stored = await lab.sql(async (q) => {
          const codes = await q.query('SELECT 1 FROM registration_codes WHERE phone = $1', [of]);
          const attempts = await q.query('SELECT 1 FROM login_attempts WHERE email = $1', [of]);
          return (codes.rowCount ?? 0) + (attempts.rowCount ?? 0);
        });
        assert.equal(stored, 0, how);
        assert.equal((await codeFor(client(), sms.control, of)).length, 6, 'then it works');
      }
    });

    it('DIR-5 a number the gateway refuses: 400 on phone (invalid_value), nothing stored', async () => {
      const of = phone();
      sms.control.unreachable(of);
      const response = await server().fetch(`/t/${slug}/registration-codes`, {
        method: 'POST',
        json: { phone: of },
        address: `198.51.100.${next++}`,
      });
      assert.equal(response.status, 400);
      assert.deepEqual(
        (await problemOf(response)).errors?.map((e) => [e.field, e.code]),
        [['phone', 'invalid_value']],
      );
      const stored = await lab.sql((q) =>
        q.query('SELECT 1 FROM registration_codes WHERE phone = $1', [of]),
      );
      assert.equal(stored.rowCount, 0);
    });

    it('DIR-5 a decision’s SMS waits out a gateway outage in the outbox, and one whose answer was lost is sent once; none keeps its text once done', async () => {
      interface Outboxed {
        attempts: number;
        sent: boolean;
        failed: boolean;
        last_error: string | null;
        sender: string;
        text: string;
      }
      const outboxOf = (of: string) =>
        lab.sql(async (q) => {
          const { rows } = await q.query<Outboxed>(
            `SELECT attempts, sent_at IS NOT NULL AS sent, failed_at IS NOT NULL AS failed,
                    last_error, sender, text_body AS text
               FROM sms_outbox WHERE to_phone = $1`,
            [of],
          );
          assert.equal(rows.length, 1);
          return rows[0] as Outboxed;
        });
      async function triedOnce(of: string) {
        for (let i = 0; i < 100 && (await outboxOf(of)).last_error === null; i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        assert.equal((await outboxOf(of)).sent, false);
        // the next try is due now, not after the backoff
        await lab.sql((q) =>
          q.query('UPDATE sms_outbox SET next_attempt_at = now() WHERE to_phone = $1', [of]),
        );
      }

      const down = await newRequest();
      sms.control.fail(1000);
      await json(
        await post('katarzyna', `/registrations/${down.registration.id}/approval`, {
          unitId: lab.unitIds['9'],
          roles: ['resident'],
        }),
        200,
      );
      await triedOnce(down.phone);
      assert.match((await outboxOf(down.phone)).text, /zatwierdzony/, 'kept until sent');
      sms.control.recover();
      server().app.sms.wake();
      const approvedSms = await waitForSms(sms.control, down.phone, 1);
      assert.match(approvedSms.text, /Wspólnota Mieszkaniowa Leśna 5: .*zatwierdzony/);
      assert.equal(approvedSms.from, 'Atrium', 'the server’s sender, the tenant in the text');
      for (let i = 0; i < 100 && !(await outboxOf(down.phone)).sent; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.deepEqual(
        [(await outboxOf(down.phone)).sent, (await outboxOf(down.phone)).text],
        [true, ''],
      );

      const dead = await newRequest();
      sms.control.unreachable(dead.phone);
      await json(
        await post('katarzyna', `/registrations/${dead.registration.id}/rejection`, {
          reason: 'Brak lokalu.',
        }),
        200,
      );
      for (let i = 0; i < 100 && !(await outboxOf(dead.phone)).failed; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const refusedSms = await outboxOf(dead.phone);
      assert.deepEqual([refusedSms.failed, refusedSms.text], [true, ''], 'failed for good');

      const lost = await newRequest();
      sms.control.fail(1, { how: 'lost' });
      await json(
        await post('katarzyna', `/registrations/${lost.registration.id}/rejection`, {}),
        200,
      );
      await triedOnce(lost.phone);
      server().app.sms.wake();
      for (let i = 0; i < 100 && !(await outboxOf(lost.phone)).sent; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const told = sms.control.messages(lost.phone);
      assert.deepEqual(
        told.map((m) => /odrzucony/.test(m.text)),
        [true, false],
        'the rejection once, after the code',
      );
    });

    it('DIR-5 two managers approving at once: one wins, the other gets 409', async () => {
      const { registration } = await newRequest('Podwójny Wniosek');
      const approval = { unitId: lab.unitIds['8'], roles: ['resident'] };
      const decide = (who: 'katarzyna' | 'marek') =>
        post(who, `/registrations/${registration.id}/approval`, approval);
      for (const who of ['katarzyna', 'marek'] as const) await lab.as(who);
      const { database } = server();
      // On PostgreSQL the unit is held beside the server until both wait (PGlite is one
      // connection: there the two run one after the other anyway).
      const side = 'url' in database ? new pg.Client({ connectionString: database.url }) : null;
      await side?.connect();
      await side?.query('BEGIN');
      await side?.query('SELECT 1 FROM units WHERE id = $1 FOR UPDATE', [approval.unitId]);
      const answers = Promise.all([decide('katarzyna'), decide('marek')]);
      for (let i = 0; side && i < 200; i++) {
        const { rows } = await side.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if ((rows[0]?.n ?? 0) >= 2) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await side?.query('COMMIT');
      await side?.end();
      assert.deepEqual((await answers).map((r) => r.status).sort(), [200, 409]);
      const created = await lab.sql((q) =>
        q.query("SELECT 1 FROM people WHERE tenant_id = $1 AND name = 'Podwójny Wniosek'", [
          lab.tenantId,
        ]),
      );
      assert.equal(created.rowCount, 1, 'one person');
    });

    it('DIR-5 isolation: another tenant’s manager 404; owner, resident and accountant 403; anonymous 401', async () => {
      const { registration } = await newRequest();
      const petr = await signIns(
        server(),
        'demo-hotel',
        'Manager-2026',
      )('petr@nevsky-apart.example');
      const hotelUnit = await lab.sql(async (q) => {
        const { rows } = await q.query<{ id: string }>(
          "SELECT u.id FROM units u JOIN tenants t ON t.id = u.tenant_id WHERE t.slug = 'demo-hotel' LIMIT 1",
        );
        return rows[0]?.id ?? '';
      });
      const approval = { unitId: lab.unitIds['9'], roles: ['resident'] };
      for (const decision of ['approval', 'rejection']) {
        const path = `/registrations/${registration.id}/${decision}`;
        const body = decision === 'approval' ? approval : {};
        assert.equal((await petr(path, { method: 'POST', json: body })).status, 404);
        for (const who of ['anna', 'jan', 'kasia'] as const) {
          assert.equal((await post(who, path, body)).status, 403, `${who} ${decision}`);
        }
        assert.equal((await lab.anonymous(path, { method: 'POST', json: body })).status, 401);
      }
      const hotelList = await json<RegistrationPage>(await petr('/registrations'), 200);
      assert.ok(!hotelList.items.some((r) => r.id === registration.id));
      for (const who of ['anna', 'jan', 'kasia'] as const) {
        assert.equal((await call(who, '/registrations')).status, 403, who);
      }
      assert.equal((await lab.anonymous('/registrations')).status, 401);
      const foreignUnit = await post('katarzyna', `/registrations/${registration.id}/approval`, {
        ...approval,
        unitId: hotelUnit,
      });
      assert.equal(foreignUnit.status, 404);
      assert.equal((await pendingOf(registration.phone)).status, 'pending', 'still waiting');
    });

    it('DIR-5 a registration in one tenant never matches another tenant’s people, nor takes its codes', async () => {
      const stanislaw = lab.personIds['stanislaw.kozlowski@lesna5.example'] ?? '';
      const of = phone();
      await lab.sql((q) => q.query('UPDATE people SET phone = $1 WHERE id = $2', [of, stanislaw]));
      const hotel = server().client('demo-hotel', { address: `198.51.100.${next++}` });
      const lesnaCode = await codeFor(client(), sms.control, of);
      const input = {
        phone: of,
        name: 'Stanisław Kozłowski',
        email: 'stanislaw.k@example.pl',
        accountNumber: 'LES5-U01',
        locale: 'pl' as const,
      };
      await refused(
        hotel.registrations.register({ ...input, code: lesnaCode }),
        400,
        'validation_failed',
      );
      const hotelCode = await codeFor(hotel, sms.control, of);
      assert.deepEqual(await hotel.registrations.register({ ...input, code: hotelCode }), {
        status: 'pending',
      });
      assert.equal((await person(stanislaw)).portalAccess, 'none');
      // the Leśna code still works in Leśna, and matches there
      assert.deepEqual(await client().registrations.register({ ...input, code: lesnaCode }), {
        status: 'attached',
      });
    });

    it('DIR-5 bad input is refused naming the field, in ru, pl and en', async () => {
      for (const locale of ['ru', 'pl', 'en'] as const) {
        const registering = client(locale);
        const badPhone = await refused(
          registering.registrations.requestCode({ phone: '600100200' }),
          400,
          'validation_failed',
        );
        const [issue] = badPhone.fieldErrors;
        assert.equal(issue?.field, 'phone');
        assert.equal(issue?.message, fieldMessage(issue.code, locale, issue.params ?? {}));
        const blank = await refused(
          registering.registrations.register({
            phone: phone(),
            code: '123456',
            name: '   ',
            email: 'x@example.pl',
            locale,
          }),
          400,
          'validation_failed',
        );
        assert.deepEqual(
          blank.fieldErrors.map((e) => [e.field, e.code, e.message]),
          [['name', 'too_short', fieldMessage('too_short', locale, { limit: 1 })]],
        );
      }
      const { registration } = await newRequest();
      const badApproval = await post('katarzyna', `/registrations/${registration.id}/approval`, {
        unitId: 'not-an-id',
        roles: [],
      });
      assert.deepEqual((await problemOf(badApproval)).errors?.map((e) => e.field).sort(), [
        'roles',
        'unitId',
      ]);
      const zofia = lab.personIds['zofia.kaminska@lesna5.example'] ?? '';
      const notStaff = await call('katarzyna', `/people/${zofia}`, {
        method: 'PATCH',
        json: { receivesRegistrations: true },
      });
      assert.deepEqual(
        (await problemOf(notStaff)).errors?.map((e) => [e.field, e.code]),
        [['receivesRegistrations', 'invalid_value']],
      );
      const marek = lab.personIds['marek@lesna5.example'] ?? '';
      const byManager = await call('katarzyna', `/people/${marek}`, {
        method: 'PATCH',
        json: { receivesRegistrations: true },
      });
      assert.equal(byManager.status, 403, 'only a director changes staff');
    });

    it('DIR-5 lists page newest first by status', async () => {
      const made = [(await newRequest()).registration, (await newRequest()).registration];
      const first = await json<RegistrationPage>(
        await call('katarzyna', '/registrations?status=pending&limit=1'),
        200,
      );
      assert.equal(first.items[0]?.id, made[1]?.id);
      assert.ok(first.nextCursor);
      const second = await json<RegistrationPage>(
        await call(
          'katarzyna',
          `/registrations?status=pending&limit=1&cursor=${encodeURIComponent(first.nextCursor)}`,
        ),
        200,
      );
      assert.equal(second.items[0]?.id, made[0]?.id);
      const approved = await json<RegistrationPage>(
        await call('katarzyna', '/registrations?status=approved&limit=100'),
        200,
      );
      assert.ok(approved.items.length > 0 && approved.items.every((r) => r.status === 'approved'));
      assert.equal((await call('katarzyna', '/registrations?cursor=xyz')).status, 400);
    });
  });
}

// Logging does not depend on the engine: PGlite is enough.
describe('self-registration in the logs', () => {
  const lines: string[] = [];
  const sms = useSmsSandbox();
  const server = useServer(pglite, {
    statsScheduler: false,
    paymentReconciliation: false,
    smsProvider: sms.provider,
    logger: { level: 'debug', stream: { write: (line) => void lines.push(line) } },
  });

  it('DIR-5 no answer and no log line carries a code; a number the gateway refuses is logged at warn', async () => {
    const of = '+48600999001';
    const answers: string[] = [];
    const ask = async (path: string, body: object) => {
      const response = await server().fetch(`/t/${slug}${path}`, { method: 'POST', json: body });
      answers.push(await response.text());
      return response;
    };
    await ask('/registration-codes', { phone: of });
    const wrong = codeOf(await waitForSms(sms.control, of));
    await ask('/registration-codes', { phone: of });
    const code = codeOf(await waitForSms(sms.control, of, 1));
    const input = { phone: of, name: 'Logowany', email: 'log@example.pl', locale: 'pl' };
    if (wrong !== code) await ask('/registrations', { ...input, code: wrong });
    assert.equal((await ask('/registrations', { ...input, code })).status, 201);

    const unreachable = '+48600999002';
    sms.control.unreachable(unreachable);
    assert.equal((await ask('/registration-codes', { phone: unreachable })).status, 400);
    const refusal = lines
      .map((line) => JSON.parse(line) as { level: number; msg: string; status?: number })
      .find((line) => line.msg === 'the SMS gateway refused a code message');
    assert.deepEqual([refusal?.level, refusal?.status], [40, 400], 'logged at warn');

    const log = lines.join('');
    for (const secret of [wrong, code]) {
      const bare = new RegExp(`(?<![0-9])${secret}(?![0-9])`);
      assert.ok(!bare.test(log), 'a code reached the log');
      assert.ok(!answers.some((a) => bare.test(a)), 'a code reached an answer');
    }
  });
});

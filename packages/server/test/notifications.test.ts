import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type {
  CompanyNotification,
  CompanyNotificationList,
  NotificationKind,
  NotificationSetting,
  Profile,
  TicketDetail,
} from '@atrium/sdk';
import { one } from '../src/db/scope.js';
import { fieldMessage } from '../src/errors/messages.js';
import { notificationSends, queueNotification } from '../src/notifications/queue.js';
import { signUnsubscribe } from '../src/notifications/token.js';
import { engines } from './databases.js';
import { problemOf, useServer, type Call } from './helpers.js';
import { createPeopleLab, json, type PeopleLab } from './people-fixture.js';
import { addMember, foreignToken, outboxOf, type Member } from './profile-fixture.js';
import { useSmtpSink } from './smtp-sink.js';

const publicUrl = 'https://atrium.example';
const tokenSecret = 'notifications-test-secret-of-48-characters-long!!';
const locales = ['ru', 'pl', 'en'] as const;

/** A raw message's header (unfolded) and its parts' text (quoted-printable decoded). */
function readMessage(raw: string) {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const header = (name: string) =>
    new RegExp(`^${name}: (.*)$`, 'mi').exec(head.replace(/\r\n[ \t]+/g, ' '))?.[1];
  const bytes = rest
    .join('\r\n\r\n')
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const body = Buffer.from(bytes, 'latin1').toString('utf8');
  return { header, body };
}

const sink = useSmtpSink();

/** The message the sink got for an address after `previous` of them, waiting for the sender. */
async function deliveredTo(to: string, previous: number) {
  for (let i = 0; i < 200; i++) {
    const mine = sink.received.filter((m) => m.includes(`To: ${to}`));
    if (mine.length > previous) return mine[previous] ?? '';
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail delivered to ${to}`);
}
const deliveredCount = (to: string) => sink.received.filter((m) => m.includes(`To: ${to}`)).length;

// The migration's CHECKs repeat the contract's enums (NOTE-1).
const spec = JSON.parse(
  readFileSync(new URL('../src/generated/openapi.json', import.meta.url), 'utf8'),
) as { components: { schemas: Record<string, { enum?: string[] }> } };
const migration = readFileSync(new URL('../migrations/074_profile.sql', import.meta.url), 'utf8');

describe('notifications and the contract', () => {
  it('NOTE-1 the kinds and settings stored are exactly the contract’s', () => {
    const checks = (column: string) =>
      [...migration.matchAll(new RegExp(`CHECK \\(${column} IN \\(([^)]+)\\)\\)`, 'g'))].map(
        ([, values = '']) => [...values.matchAll(/'([^']+)'/g)].map((m) => m[1]),
      );
    const kinds = spec.components.schemas.NotificationKind?.enum;
    const settings = spec.components.schemas.NotificationSetting?.enum;
    assert.deepEqual(checks('kind'), [kinds, kinds], 'company and person settings');
    // unset is the absence of a row
    const explicit = settings?.filter((s) => s !== 'unset');
    assert.deepEqual(checks('setting'), [explicit, explicit]);
  });
});

for (const engine of engines) {
  describe(`notifications on ${engine.name}`, () => {
    const server = useServer(engine, {
      statsScheduler: false,
      publicUrl,
      tokenSecret,
      get smtpUrl() {
        return sink.url();
      },
    });
    let lab: PeopleLab;
    let manager: Call;
    let director: Call;

    before(async () => {
      lab = await createPeopleLab(server(), 'note-lab');
      manager = await lab.as('manager');
      director = await lab.as('director');
    });

    const setCompany = async (kind: NotificationKind, setting: NotificationSetting) =>
      json<CompanyNotification>(
        await director(`/notification-settings/${kind}`, { method: 'PUT', json: { setting } }),
        200,
      );
    const setMine = async (who: Member, kind: NotificationKind, setting: NotificationSetting) =>
      json(
        await who.call(`/me/notification-settings/${kind}`, { method: 'PUT', json: { setting } }),
        200,
      );
    const preference = async (who: Member, kind: NotificationKind) =>
      (await json<Profile>(await who.call('/me/profile'), 200)).notifications.find(
        (n) => n.kind === kind,
      );

    /** The member reports a fault in B1 and the manager accepts it: a ticket_updates mail. */
    async function ticketMoved(who: Member, headers: Record<string, string> = {}) {
      const { ticket } = await json<TicketDetail>(
        await who.call('/tickets', {
          method: 'POST',
          json: {
            unitId: lab.unitIds.B1,
            place: 'unit',
            category: 'plumbing',
            description: 'Water drips from the bathroom ceiling since this morning.',
          },
        }),
        201,
      );
      await json(
        await manager(`/tickets/${ticket.id}/status`, {
          method: 'POST',
          json: { status: 'accepted' },
          headers,
        }),
        200,
      );
    }

    it('NOTE-1 managers and directors see and set the company’s kinds; nobody else', async () => {
      const list = await json<CompanyNotificationList>(
        await manager('/notification-settings'),
        200,
      );
      assert.deepEqual(list.items, [
        { kind: 'ticket_updates', setting: 'unset' },
        { kind: 'registration_requests', setting: 'unset' },
      ]);
      assert.deepEqual(await setCompany('registration_requests', 'dont_send'), {
        kind: 'registration_requests',
        setting: 'dont_send',
      });
      const set = await json<CompanyNotification>(
        await manager('/notification-settings/ticket_updates', {
          method: 'PUT',
          json: { setting: 'send' },
        }),
        200,
      );
      assert.deepEqual(set, { kind: 'ticket_updates', setting: 'send' });
      assert.deepEqual(
        (await json<CompanyNotificationList>(await director('/notification-settings'), 200)).items,
        [
          { kind: 'ticket_updates', setting: 'send' },
          { kind: 'registration_requests', setting: 'dont_send' },
        ],
      );
      for (const kind of ['ticket_updates', 'registration_requests'] as const) {
        await setCompany(kind, 'unset');
      }
      for (const who of ['accountant', 'owner', 'resident', 'board'] as const) {
        const call = await lab.as(who);
        assert.equal((await call('/notification-settings')).status, 403, who);
        const put = await call('/notification-settings/ticket_updates', {
          method: 'PUT',
          json: { setting: 'dont_send' },
        });
        assert.equal(put.status, 403, who);
      }
      const foreign = await foreignToken(server());
      for (const authorization of [undefined, `Bearer ${foreign}`]) {
        const headers = authorization ? { authorization } : undefined;
        assert.equal((await lab.anonymous('/notification-settings', { headers })).status, 401);
        const put = await lab.anonymous('/notification-settings/ticket_updates', {
          method: 'PUT',
          json: { setting: 'dont_send' },
          headers,
        });
        assert.equal(put.status, 401);
      }
      assert.deepEqual(
        (await json<CompanyNotificationList>(await manager('/notification-settings'), 200)).items,
        list.items,
        'nothing refused changed anything',
      );
    });

    it('NOTE-1 a bad setting or kind is named, in ru, pl and en', async () => {
      for (const locale of locales) {
        const response = await director('/notification-settings/ticket_updates', {
          method: 'PUT',
          json: { setting: 'sometimes' },
          headers: { 'accept-language': locale },
        });
        assert.equal(response.status, 400);
        assert.deepEqual(
          (await problemOf(response)).errors?.map((e) => [e.field, e.code, e.message]),
          [['setting', 'invalid_value', fieldMessage('invalid_value', locale)]],
        );
        const kind = await director('/notification-settings/newsletters', {
          method: 'PUT',
          json: { setting: 'send' },
          headers: { 'accept-language': locale },
        });
        assert.equal(kind.status, 400);
        assert.deepEqual(
          (await problemOf(kind)).errors?.map((e) => [e.field, e.code]),
          [['kind', 'invalid_value']],
        );
      }
    });

    it('NOTE-1 the most specific explicit setting wins and unset means send: all nine cases, in the profile and in a real ticket mail', async () => {
      const table: [NotificationSetting, NotificationSetting, boolean][] = [
        ['unset', 'unset', true],
        ['unset', 'send', true],
        ['unset', 'dont_send', false],
        ['send', 'unset', true],
        ['send', 'send', true],
        ['send', 'dont_send', true],
        ['dont_send', 'unset', false],
        ['dont_send', 'send', false],
        ['dont_send', 'dont_send', false],
      ];
      const owner = await addMember(server(), lab, { links: [['B1', 'owner']] });
      for (const [mine, company, sends] of table) {
        const name = `person ${mine}, company ${company}`;
        await setCompany('ticket_updates', company);
        await setMine(owner, 'ticket_updates', mine);
        assert.deepEqual(
          await preference(owner, 'ticket_updates'),
          { kind: 'ticket_updates', mine, company, sends },
          name,
        );
        const before = (await outboxOf(server(), owner.email)).length;
        await ticketMoved(owner);
        const after = (await outboxOf(server(), owner.email)).length;
        assert.equal(after - before, sends ? 1 : 0, name);
      }
      await setCompany('ticket_updates', 'unset');
    });

    it('NOTE-2 a ticket mail carries its own unsubscribe link in text, HTML and List-Unsubscribe headers; the link stops that kind only', async () => {
      const owner = await addMember(server(), lab, { locale: 'pl', links: [['B1', 'owner']] });
      // a setting of the other kind, as a staff member moving in would have it
      await lab.sql((sql) =>
        sql.query(
          `INSERT INTO person_notification_settings (tenant_id, person_id, kind, setting)
           VALUES ($1, $2, 'registration_requests', 'send')`,
          [lab.tenantId, owner.id],
        ),
      );
      // a Host forged through the proxy never reaches a link
      await ticketMoved(owner, { 'x-forwarded-host': 'evil.example' });
      const message = readMessage(await deliveredTo(owner.email, 0));
      const link = /^<(.+)>$/.exec(message.header('List-Unsubscribe') ?? '')?.[1] ?? '';
      assert.match(link, /^https:\/\/atrium\.example\/t\/note-lab\/unsubscribe\/[\w-]+$/);
      assert.equal(message.header('List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
      assert.ok(message.body.includes(`otwórz link:\r\n${link}`), 'the link in the text');
      assert.ok(message.body.includes(`<a href="${link}">${link}</a>`), 'and in the HTML');
      assert.ok(!message.body.includes('evil.example'));
      const path = new URL(link).pathname;

      // opening it changes nothing: a mail scanner may follow links
      const page = await server().fetch(path, { headers: { accept: 'text/html' } });
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
      const html = await page.text();
      assert.match(html, /<html lang="pl">/);
      assert.match(html, /wiadomości o zmianach statusu Twoich zgłoszeń/);
      assert.match(html, /<input type="hidden" name="List-Unsubscribe" value="One-Click">/);
      const csp = page.headers.get('content-security-policy') ?? '';
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      assert.ok(nonce && html.includes(`<style nonce="${nonce}">`), 'its one stylesheet');
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /form-action 'self'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal((await preference(owner, 'ticket_updates'))?.sends, true);

      // one click, as a mail client posts it: no page asked for, none given
      const click = await server().fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      assert.equal(click.status, 204);
      assert.deepEqual(await preference(owner, 'ticket_updates'), {
        kind: 'ticket_updates',
        mine: 'dont_send',
        company: 'unset',
        sends: false,
      });
      const { rows } = await lab.sql((sql) =>
        sql.query<{ kind: string; setting: string }>(
          `SELECT kind, setting FROM person_notification_settings
            WHERE tenant_id = $1 AND person_id = $2 ORDER BY kind`,
          [lab.tenantId, owner.id],
        ),
      );
      assert.deepEqual(
        rows.map((r) => ({ ...r })),
        [
          { kind: 'registration_requests', setting: 'send' },
          { kind: 'ticket_updates', setting: 'dont_send' },
        ],
        'the other kind untouched',
      );

      // the next mail of that kind is not sent
      const queued = (await outboxOf(server(), owner.email)).length;
      await ticketMoved(owner);
      assert.equal((await outboxOf(server(), owner.email)).length, queued);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(deliveredCount(owner.email), 1);
    });

    it('NOTE-2 the page’s button posts the same and answers a page in the person’s language; the link of a kind unsubscribes from that kind only', async () => {
      // staff living in the building: both kinds reach them
      const accountant = await addMember(server(), lab, {
        locale: 'ru',
        staff: 'accountant',
        links: [['B10', 'resident']],
      });
      await setMine(accountant, 'ticket_updates', 'send');
      const token = signUnsubscribe(tokenSecret, {
        tenantId: lab.tenantId,
        personId: accountant.id,
        kind: 'registration_requests',
      });
      const path = `/t/note-lab/unsubscribe/${token}`;
      const page = await (await server().fetch(path)).text();
      assert.match(page, /<html lang="ru">/);
      assert.match(page, /письма о новых заявках на регистрацию/);
      assert.match(page, /<button>Отписаться<\/button>/);
      for (let i = 0; i < 2; i++) {
        const done = await server().fetch(path, {
          method: 'POST',
          headers: {
            accept: 'text/html,application/xhtml+xml',
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: 'List-Unsubscribe=One-Click',
        });
        assert.equal(done.status, 200, 'a second click changes nothing more');
        assert.match(await done.text(), /Готово: вы больше не будете получать письма о новых/);
      }
      const profile = await json<Profile>(await accountant.call('/me/profile'), 200);
      assert.deepEqual(profile.notifications, [
        { kind: 'ticket_updates', mine: 'send', company: 'unset', sends: true },
        { kind: 'registration_requests', mine: 'dont_send', company: 'unset', sends: false },
      ]);
      // a post with no body unsubscribes too (the link alone says who and what)
      const resident = await addMember(server(), lab, { links: [['B2', 'resident']] });
      const bare = signUnsubscribe(tokenSecret, {
        tenantId: lab.tenantId,
        personId: resident.id,
        kind: 'ticket_updates',
      });
      const posted = await server().fetch(`/t/note-lab/unsubscribe/${bare}`, { method: 'POST' });
      assert.equal(posted.status, 204);
      assert.equal((await preference(resident, 'ticket_updates'))?.mine, 'dont_send');
      const english = await server().fetch(`/t/note-lab/unsubscribe/${bare}`);
      assert.match(await english.text(), /<button>Unsubscribe<\/button>/);
    });

    it('NOTE-2 a forged, altered or foreign token unsubscribes nobody (400 invalid_unsubscribe_token)', async () => {
      const resident = await addMember(server(), lab, { links: [['B2', 'resident']] });
      const claims = {
        tenantId: lab.tenantId,
        personId: resident.id,
        kind: 'ticket_updates' as const,
      };
      const genuine = signUnsubscribe(tokenSecret, claims);
      const middle = Math.floor(genuine.length / 2);
      const flip = (c: string) => (c === 'A' ? 'B' : 'A');
      const anna = await server().app.db.withSystem(async (sql) =>
        one(
          await sql.query<{ tenantId: string; personId: string }>(
            `SELECT tenant_id AS "tenantId", id AS "personId" FROM people
              WHERE email = 'anna@lesna5.example'`,
          ),
        ),
      );
      const annas = signUnsubscribe(tokenSecret, { ...anna, kind: 'ticket_updates' });
      const refused = [
        [
          'forged with another key',
          `/t/note-lab/unsubscribe/${signUnsubscribe('another key', claims)}`,
        ],
        [
          'altered',
          `/t/note-lab/unsubscribe/${genuine.slice(0, middle)}${flip(genuine[middle] ?? '')}${genuine.slice(middle + 1)}`,
        ],
        ['cut short', `/t/note-lab/unsubscribe/${genuine.slice(0, -4)}`],
        ['with a stray character', `/t/note-lab/unsubscribe/${genuine}.`],
        ['not a token', '/t/note-lab/unsubscribe/hello'],
        ['as long as the contract allows', `/t/note-lab/unsubscribe/${'a'.repeat(300)}`],
        ['of another tenant, here', `/t/note-lab/unsubscribe/${annas}`],
        ['of this tenant, elsewhere', `/t/lesna-5/unsubscribe/${genuine}`],
      ];
      for (const [what, path = ''] of refused) {
        for (const method of ['GET', 'POST']) {
          const response = await server().fetch(path, {
            method,
            headers: {
              'accept-language': 'en',
              'content-type': 'application/x-www-form-urlencoded',
            },
            ...(method === 'POST' && { body: 'List-Unsubscribe=One-Click' }),
          });
          assert.equal(response.status, 400, `${what} ${method}`);
          const problem = await problemOf(response);
          assert.equal(problem.code, 'invalid_unsubscribe_token', what);
          assert.equal(problem.title, 'The unsubscribe link is not valid');
        }
      }
      const stored = await server().app.db.withSystem((sql) =>
        sql.query('SELECT 1 FROM person_notification_settings WHERE person_id = ANY ($1::uuid[])', [
          [resident.id, anna.personId],
        ]),
      );
      assert.equal(stored.rowCount, 0, 'nobody unsubscribed');
      // a genuine token of someone the tenant does not have: 404
      const nobody = signUnsubscribe(tokenSecret, { ...claims, personId: randomUUID() });
      assert.equal((await server().fetch(`/t/note-lab/unsubscribe/${nobody}`)).status, 404);
      // the form says one-click, or nothing
      const wrong = await server().fetch(`/t/note-lab/unsubscribe/${genuine}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=Two-Clicks',
      });
      assert.deepEqual(
        (await problemOf(wrong)).errors?.map((e) => [e.field, e.code]),
        [['List-Unsubscribe', 'invalid_value']],
      );
      const text = await server().fetch(`/t/note-lab/unsubscribe/${genuine}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'List-Unsubscribe=One-Click',
      });
      assert.equal(text.status, 415);
      // a form is one short field; a long one is refused before it is read
      const long = await server().fetch(`/t/note-lab/unsubscribe/${genuine}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `List-Unsubscribe=One-Click&note=${'x'.repeat(2048)}`,
      });
      assert.equal(long.status, 413);
      assert.equal((await preference(resident, 'ticket_updates'))?.mine, 'unset');
    });

    it('NOTE-1 NOTE-2 queueNotification sends a kind as NOTE-1 says, with its link (registration requests)', async () => {
      const staff = await addMember(server(), lab, { staff: 'manager' });
      const site = {
        secret: tokenSecret,
        publicUrl,
        tenant: { id: lab.tenantId, slug: 'note-lab' },
      };
      const mail = {
        to: staff.email,
        subject: 'Wniosek',
        text: 'Nowy wniosek.',
        html: '<p>Nowy wniosek.</p>',
      };
      const queue = () =>
        server().app.db.withTenant(lab.tenantId, (sql) =>
          queueNotification(sql, {
            ...site,
            personId: staff.id,
            kind: 'registration_requests',
            locale: 'en',
            mail,
          }),
        );
      await setCompany('registration_requests', 'dont_send');
      assert.equal(await queue(), false);
      assert.equal((await outboxOf(server(), staff.email)).length, 0);
      await setMine(staff, 'registration_requests', 'send');
      const sends = await server().app.db.withTenant(lab.tenantId, (sql) =>
        notificationSends(sql, {
          tenantId: lab.tenantId,
          personId: staff.id,
          kind: 'registration_requests',
        }),
      );
      assert.equal(sends, true);
      assert.equal(await queue(), true);
      server().app.wakeMailer();
      const message = readMessage(await deliveredTo(staff.email, 0));
      const link = /^<(.+)>$/.exec(message.header('List-Unsubscribe') ?? '')?.[1] ?? '';
      assert.match(link, /^https:\/\/atrium\.example\/t\/note-lab\/unsubscribe\//);
      assert.equal(message.header('List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
      assert.ok(
        message.body.includes(
          `Nowy wniosek.\r\n\r\n-- \r\nTo stop receiving e-mails about new registration requests, open this link:\r\n${link}`,
        ),
        'the footer after the text',
      );
      const click = await server().fetch(new URL(link).pathname, { method: 'POST' });
      assert.equal(click.status, 204);
      assert.equal((await preference(staff, 'registration_requests'))?.sends, false);
      await setCompany('registration_requests', 'unset');
    });
  });
}

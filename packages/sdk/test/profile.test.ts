// The profile and notifications namespaces against the real server and its Polish community:
// Anna owns and lives in flat 12 and sits on its board, Katarzyna manages it (FIN-4, NOTE-1).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createAtriumClient, AtriumError } from '../src/index.js';
import { ANNA, startRealServer, TENANT, signingIn, type RealServer } from './real-server.js';

const KATARZYNA = { email: 'katarzyna@lesna5.example', password: 'Zarzad-2026!' };

let server: RealServer;
before(async () => {
  server = await startRealServer();
});
after(() => server.close());

const signedIn = signingIn(() => server, TENANT);

test('FIN-4 NOTE-1: Anna reads and changes her profile; the company’s setting shows in it', async () => {
  const anna = await signedIn(ANNA);
  const profile = await anna.profile.get();
  assert.equal(profile.email, ANNA.email);
  const [flat] = profile.units;
  assert.ok(flat, 'her flat');
  assert.deepEqual([flat.unitNumber, flat.roles], ['12', ['owner', 'resident', 'board_member']]);
  assert.deepEqual(profile.notifications, [
    { kind: 'ticket_updates', mine: 'unset', company: 'unset', sends: true },
  ]);

  assert.equal((await anna.profile.update({ phone: '+48601234567' })).phone, '+48601234567');
  const declared = await anna.profile.declareOccupants(flat.unitId, { count: 2 });
  assert.equal(declared.occupants, 2);
  assert.deepEqual(await anna.profile.setNotification('ticket_updates', { setting: 'unset' }), {
    kind: 'ticket_updates',
    mine: 'unset',
    company: 'unset',
    sends: true,
  });

  const katarzyna = await signedIn(KATARZYNA);
  assert.deepEqual(
    await katarzyna.notifications.setCompany('ticket_updates', { setting: 'dont_send' }),
    {
      kind: 'ticket_updates',
      setting: 'dont_send',
    },
  );
  assert.equal((await katarzyna.notifications.listCompany()).items.length, 2);
  const now = await anna.profile.get();
  assert.deepEqual(now.notifications[0], {
    kind: 'ticket_updates',
    mine: 'unset',
    company: 'dont_send',
    sends: false,
  });
  await katarzyna.notifications.setCompany('ticket_updates', { setting: 'unset' });
});

test('FIN-4: a confirmation token that is no link is an AtriumError anyone can read; an owner may not set the company’s kinds', async () => {
  const anonymous = createAtriumClient({ baseUrl: server.url, tenant: TENANT, locale: 'pl' });
  await assert.rejects(
    anonymous.profile.confirmEmailChange({ token: 'ec_no-such-link' }),
    (error: unknown) =>
      error instanceof AtriumError &&
      error.status === 400 &&
      error.code === 'invalid_confirmation_token' &&
      error.title === 'Link potwierdzający jest nieważny',
  );
  const anna = await signedIn(ANNA);
  await assert.rejects(
    anna.notifications.listCompany(),
    (error: unknown) => error instanceof AtriumError && error.code === 'forbidden',
  );
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pglite } from './databases.js';
import { resetTokenOf, useServer, waitForMail } from './helpers.js';

// Logging does not depend on the engine: PGlite is enough.
describe('structured logs', () => {
  const lines: string[] = [];
  const server = useServer(pglite, {
    logger: { level: 'debug', stream: { write: (line) => void lines.push(line) } },
  });

  it('carry a request id on every request line and no password, token or reset code', async () => {
    const anna = { email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' };
    const client = server().client('lesna-5');
    const session = await client.auth.signIn(anna);
    await client.people.me();
    await client.auth.refresh();
    await client.auth.signIn({ ...anna, password: 'Wrong-Haslo-1!' }).catch(() => undefined);
    await client.auth.requestPasswordReset({ email: anna.email });
    const token = resetTokenOf((await waitForMail(server(), anna.email)).text);
    await client.auth.completePasswordReset({ token, password: 'Nowe-Haslo-2026!' });

    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = records.filter((record) => record.req || record.res);
    assert.ok(requests.length >= 12, 'each request logs its arrival and its answer');
    for (const record of requests) assert.equal(typeof record.reqId, 'string');

    const log = lines.join('');
    const secrets = [
      anna.password,
      'Wrong-Haslo-1!',
      'Nowe-Haslo-2026!',
      session.accessToken,
      session.refreshToken,
      token,
    ];
    for (const secret of secrets) assert.ok(!log.includes(secret), 'a secret reached the log');
  });
});

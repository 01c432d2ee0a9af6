// The bad-input sweep: every operation of the contract, enumerated from it, sent requests
// that break it (test/fuzz/bad-input.ts), seeded and reproducible. Every answer is a 4xx
// problem+json, naming the field that was broken; no 5xx; and a refused write leaves the
// database as it was. `npm test` runs a short sweep; `npm run fuzz` a long one
// (FUZZ_RUNS cases per operation, FUZZ_SEED to replay a failure fast-check reports).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { engines } from './databases.js';
import { badRequests, type BadRequest } from './fuzz/bad-input.js';
import { fingerprint } from './fuzz/fingerprint.js';
import { idParameters, idTables, tenantIds } from './fuzz/ids.js';
import { addressOf, goodParts, operations, type Operation } from './fuzz/operations.js';
import { useServer, type TestServer } from './helpers.js';

const runs = Number(process.env.FUZZ_RUNS ?? 6);
const seed = Number(process.env.FUZZ_SEED ?? 20261124);
const tenant = 'lesna-5';
// a manager calls, or an owner where a manager may not (resident operations)
const manager = { email: 'katarzyna@lesna5.example', password: 'Zarzad-2026!' };
const owner = { email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' };

/** The request on the wire: a tenant's path with its parameters filled in, from a fresh address. */
function send(server: TestServer, operation: Operation, bad: BadRequest, token: string) {
  const headers = new Headers(bad.headers);
  if (operation.secured) headers.set('authorization', `Bearer ${token}`);
  // a fresh client address each time: no rate limit stands in for the answer
  const address = `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 254) + 1}`;
  return server.fetch(addressOf(operation, tenant, bad), {
    method: operation.method,
    headers,
    address,
    ...(bad.body !== undefined && { body: bad.body }),
  });
}

async function judge(response: Response, bad: BadRequest) {
  const text = await response.text();
  const where = `${bad.what}: ${response.status} ${text.slice(0, 300)}`;
  assert.ok(response.status >= 400 && response.status < 500, where);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, where);
  const problem = JSON.parse(text) as { code?: string; errors?: { field: string }[] };
  assert.ok(problem.code, where);
  // a body too large or of a type the operation does not take is refused whole
  if (bad.names !== undefined && response.status !== 413 && response.status !== 415) {
    const named = (problem.errors ?? []).some(
      (e) => e.field === bad.names || e.field.startsWith(`${bad.names}.`),
    );
    assert.ok(named, `${where}: ${bad.names} is not named`);
  }
}

for (const engine of engines) {
  describe(`bad input on every operation, on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    const tokens = { manager: '', owner: '' };
    let ids: Record<string, string> = {};
    before(async () => {
      for (const [who, person] of Object.entries({ manager, owner })) {
        tokens[who as keyof typeof tokens] = (
          await server().client(tenant).auth.signIn(person)
        ).accessToken;
      }
      ids = await tenantIds(server(), tenant);
      // a meeting still being prepared, which takes documents (the demo's have opened)
      const draft = await server().fetch(`/t/${tenant}/meetings`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.manager}` },
        json: {
          propertyId: ids.propertyId,
          title: 'Fuzz',
          opensAt: '2099-01-01T10:00',
          closesAt: '2099-01-10T10:00',
          quorum: { numerator: 1, denominator: 2 },
          resolutions: [{ title: 'Fuzz', text: 'Fuzz.', majority: 'votes_cast' }],
        },
      });
      assert.equal(draft.status, 201, await draft.clone().text());
      ids.meetingId = ((await draft.json()) as { meeting: { id: string } }).meeting.id;
    });
    /**
     * The manager's token, or the owner's for an operation that refuses the manager before
     * reading its input (a resident's upload). The probe sends malformed JSON to a write, so
     * it changes nothing either way.
     */
    async function callerOf(operation: Operation) {
      const good = goodParts(operation, ids);
      const probe: BadRequest =
        operation.method === 'GET'
          ? { what: 'probe', ...good }
          : {
              what: 'probe',
              ...good,
              headers: { ...good.headers, 'content-type': 'application/json' },
              body: '{',
            };
      const answer = await send(server(), operation, probe, tokens.manager);
      return answer.status === 403 ? tokens.owner : tokens.manager;
    }

    it('every id a path of the contract takes names a table the sweeps find ids in', () => {
      assert.ok(operations().length >= 100);
      assert.deepEqual([...idParameters(operations())].sort(), Object.keys(idTables).sort());
    });

    for (const operation of operations()) {
      it(`${operation.id}: ${operation.method} ${operation.path}`, async () => {
        const requests = badRequests(operation, ids);
        // an operation without parameters or body has no input to break
        if (!requests) return assert.equal(operation.method, 'GET');
        const token = await callerOf(operation);
        const before = operation.method === 'GET' ? '' : await fingerprint(server());
        const run = await fc.check(
          fc.asyncProperty(requests, async (bad) =>
            judge(await send(server(), operation, bad, token), bad),
          ),
          { numRuns: runs, seed },
        );
        if (run.failed) {
          const error = run.errorInstance as Error;
          assert.fail(`${error.message}\n(seed ${run.seed}, path ${run.counterexamplePath})`);
        }
        if (before) assert.equal(await fingerprint(server()), before, 'the database is unchanged');
      });
    }
  });
}

// Sign-in figures: sign-ins per second from several clients at once, each from an address of
// its own (the server believes the bench's X-Forwarded-For, as behind a proxy), so the
// per-address limit counts them as the different people they stand for; and what they cost
// reads: the p99 of /me at a steady rate while they run against the same alone. Hashing
// (argon2id, on libuv's threads) must not starve the reads.
import { ownerCredentials, tenantPath } from './demo-owner.mjs';
import { engineInName, onEachEngine } from './engines.mjs';
import { load, warmLoad } from './load.mjs';
import { withApiServer } from './with-api-server.mjs';

const signInClients = 8;
const seconds = 10;
// A steady rate well below what /me serves, so its p99 is a reader's wait, not a queue's.
const steadyReads = { connections: 10, overallRate: 20, duration: seconds };

function signIns(url) {
  let clients = 0;
  return load({
    url: `${url}${tenantPath}/auth/sign-in`,
    method: 'POST',
    body: JSON.stringify(ownerCredentials),
    connections: signInClients,
    duration: seconds,
    setupClient(client) {
      clients += 1;
      client.setHeaders({
        'content-type': 'application/json',
        'x-forwarded-for': `198.51.100.${clients}`,
      });
    },
  });
}

function measureOn(engine, database) {
  return withApiServer(database, async ({ url, headers }) => {
    const me = { url: `${url}${tenantPath}/me`, headers, ...steadyReads };
    const alone = await warmLoad(me);
    const [signedIn, during] = await Promise.all([signIns(url), load(me)]);
    const named = `read.me${engineInName(engine)}`;
    return {
      [`auth.sign-in.${engine}.per_second`]: signedIn.rps,
      [`${named}.p99_alone_ms`]: alone.p99,
      [`${named}.p99_during_logins_ms`]: during.p99,
      [`${named}.p99_during_logins_ratio`]: Math.round((during.p99 / alone.p99) * 10) / 10,
    };
  });
}

export const measureLogins = () => onEachEngine(measureOn);

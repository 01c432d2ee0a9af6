// The demo owner the read benches act as (README, Demo people): Ирина Соколова of Невский
// Апарт, owner of two apartments with a year of meter readings, tickets and statistics.
import assert from 'node:assert/strict';

export const tenantPath = '/t/demo-hotel';
export const ownerCredentials = { email: 'irina@nevsky-apart.example', password: 'Nevsky-2026' };

/** The reads her portal's pages make, by the name their figures carry. */
export const ownerReads = {
  me: '/me',
  'owner-stats': '/owner/stats',
  meters: '/meters',
  tickets: '/tickets',
};

/** Signs her in: the headers her requests carry, her person id, the token's life in seconds. */
export async function signInOwner(url) {
  const response = await fetch(`${url}${tenantPath}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ownerCredentials),
  });
  assert.equal(response.status, 200, await response.clone().text());
  const session = await response.json();
  const headers = { authorization: `Bearer ${session.accessToken}` };
  const me = await (await fetch(`${url}${tenantPath}/me`, { headers })).json();
  return { headers, personId: me.id, expiresIn: session.expiresIn };
}

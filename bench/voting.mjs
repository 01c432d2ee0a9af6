// Voting figures (VOTE-2, VOTE-3): freezing the results of a large community's meeting
// (1,000 units, a quarter co-owned, 10 resolutions, every owner voted, a tenth changed their
// vote) against the bare SQL sum of the same weights, and the protocol PDF of that meeting.
// On a fresh PostgreSQL database when TEST_DATABASE_URL names a server, else on PGlite.
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { migrate } from '../packages/server/dist/db/migrate.js';
import { openPool } from '../packages/server/dist/db/pool.js';
import { scopes } from '../packages/server/dist/db/scope.js';
import { insertMeeting } from '../packages/server/dist/voting/create.js';
import { freezeResults } from '../packages/server/dist/voting/freeze.js';
import { loadProtocol } from '../packages/server/dist/voting/protocol/protocol.js';
import { protocolPdf } from '../packages/server/dist/voting/protocol/pdf.js';
import { withPostgres } from './server.mjs';

const units = 1_000;
const resolutions = 10;
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (ms) => Math.round(ms * 100) / 100;

/** One community: units of 30 to 90 m², one owner each, a second (½ + ½) on every fourth. */
async function generate(sql) {
  const { rows } = await sql.query(
    `INSERT INTO tenants (slug, name, default_locale, currency) VALUES ('bench', 'Bench', 'pl', 'PLN')
     RETURNING id`,
  );
  const tenantId = rows[0].id;
  const property = await sql.query(
    `INSERT INTO properties (tenant_id, name, type, legal_entity, address, total_area)
     VALUES ($1, 'P', 'residential_building', 'WM', 'A', 100000) RETURNING id`,
    [tenantId],
  );
  const propertyId = property.rows[0].id;
  await sql.query(
    `INSERT INTO units (id, tenant_id, property_id, number, area)
     SELECT md5('unit' || u)::uuid, $1, $2, u::text, 30 + (u * 37) % 6000 / 100.0
       FROM generate_series(1, $3) u`,
    [tenantId, propertyId, units],
  );
  await sql.query(
    `INSERT INTO people (id, tenant_id, email, name, locale)
     SELECT md5('person' || p)::uuid, $1, 'owner' || p || '@bench.example', 'Owner ' || p, 'pl'
       FROM generate_series(1, $2 + $2 / 4) p`,
    [tenantId, units],
  );
  await sql.query(
    `INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
     SELECT $1::uuid, md5('person' || u)::uuid, md5('unit' || u)::uuid, 'owner',
            CASE WHEN u % 4 = 0 THEN 0.5 ELSE 1 END
       FROM generate_series(1, $2) u
     UNION ALL
     SELECT $1::uuid, md5('person' || ($2 + u / 4))::uuid, md5('unit' || u)::uuid, 'owner', 0.5
       FROM generate_series(4, $2, 4) u`,
    [tenantId, units],
  );
  const createdBy = (
    await sql.query('SELECT id FROM people WHERE tenant_id = $1 LIMIT 1', [tenantId])
  ).rows[0].id;
  const meetingId = await insertMeeting(sql, {
    tenantId,
    input: {
      propertyId,
      title: 'Bench meeting',
      quorum: { numerator: 1, denominator: 2 },
      resolutions: Array.from({ length: resolutions }, (_, i) => ({
        title: `Resolution ${i + 1}`,
        text: 'The owners approve it.',
        majority: ['votes_cast', 'all_shares'][i % 2],
      })),
    },
    opensAt: new Date(Date.now() - 3_600_000),
    closesAt: new Date(Date.now() + 3_600_000),
    createdBy,
  });
  // Every roll entry votes on every resolution; a tenth first voted otherwise.
  const vote = (superseded) => `
    INSERT INTO votes (tenant_id, meeting_id, resolution_id, unit_id, person_id, choice, cast_at,
                       cast_by, superseded_at)
    SELECT $1, $2, r.id, m.unit_id, m.person_id,
           (ARRAY['for', 'against', 'abstain'])[1 + abs(hashtext(r.id::text || m.person_id::text ${superseded ? "|| 'x'" : ''})) % 3],
           now() - interval '${superseded ? 30 : 10} minutes', m.person_id,
           ${superseded ? "now() - interval '10 minutes'" : 'NULL'}
      FROM meeting_roll m JOIN resolutions r ON r.meeting_id = m.meeting_id
     WHERE m.meeting_id = $2 ${superseded ? 'AND abs(hashtext(m.person_id::text)) % 10 = 0' : ''}`;
  await sql.query(vote(true), [tenantId, meetingId]);
  await sql.query(vote(false), [tenantId, meetingId]);
  await sql.query(`UPDATE meetings SET closes_at = now() - interval '1 second' WHERE id = $1`, [
    meetingId,
  ]);
  await sql.query('ANALYZE');
  return { tenantId, meetingId };
}

const resetResults = (sql, meetingId) =>
  sql.query(
    `WITH r AS (UPDATE resolutions SET for_weight = NULL, against_weight = NULL,
                       abstain_weight = NULL, not_voted_weight = NULL, quorum_reached = NULL,
                       passed = NULL WHERE meeting_id = $1)
     UPDATE meetings SET results_frozen_at = NULL WHERE id = $1`,
    [meetingId],
  );

// The floor: the same sums, straight from SQL, with nothing stored.
const bareSums = (sql, meetingId) =>
  sql.query(
    `SELECT v.resolution_id, v.choice, sum(m.weight)
       FROM votes v JOIN meeting_roll m USING (meeting_id, unit_id, person_id)
      WHERE v.meeting_id = $1 AND v.superseded_at IS NULL
      GROUP BY 1, 2`,
    [meetingId],
  );

async function timedRuns(db, tenantId, run, before = async () => {}, times = 5) {
  const ms = [];
  for (let i = 0; i < times; i += 1) {
    await db.withTenant(tenantId, before);
    const t = performance.now();
    await db.withTenant(tenantId, run);
    ms.push(performance.now() - t);
  }
  return round(median(ms));
}

/**
 * Renders the protocol, timing it and the longest stretch the event loop went without a
 * turn meanwhile (a 1 ms ticker's longest gap): other requests wait that long.
 */
async function render(protocol) {
  let last = performance.now();
  let stall = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 1);
  const start = performance.now();
  let bytes = 0;
  for await (const chunk of protocolPdf(protocol)) bytes += chunk.length;
  const ms = performance.now() - start;
  clearInterval(ticker);
  return { ms, bytes, stall: Math.round(Math.max(stall, performance.now() - last)) };
}

async function measureOn(database) {
  const pool = await openPool(database);
  try {
    await migrate(pool.pool);
    const db = scopes(pool.pool);
    const { tenantId, meetingId } = await db.withSystem(generate);
    const meeting = { tenantId, meetingId };
    const freeze = await timedRuns(
      db,
      tenantId,
      async (sql) => assert.equal(await freezeResults(sql, meeting), true),
      (sql) => resetResults(sql, meetingId),
    );
    const floor = await timedRuns(db, tenantId, (sql) => bareSums(sql, meetingId));
    const loaded = await db.withTenant(tenantId, (sql) =>
      loadProtocol(sql, {
        ...meeting,
        locale: 'pl',
        tenantName: 'Bench',
        timeZone: 'Europe/Warsaw',
      }),
    );
    const renders = [];
    for (let i = 0; i < 3; i += 1) renders.push(await render(loaded));
    const protocol = round(median(renders.map((r) => r.ms)));
    const stall = Math.max(...renders.map((r) => r.stall));
    const bytes = renders[0].bytes;
    return {
      'voting.freeze.1000_units_10_resolutions.ms': freeze,
      'voting.bare_sums.1000_units_10_resolutions.ms': floor,
      'voting.freeze.ratio': Math.round((freeze / floor) * 10) / 10,
      'voting.protocol.1000_units_10_resolutions.ms': protocol,
      'voting.protocol.1000_units_10_resolutions.bytes': bytes,
      'voting.protocol.longest_event_loop_stall.ms': stall,
    };
  } finally {
    await pool.close();
  }
}

export async function measureVoting() {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return measureOn({ memory: true });
  return withPostgres(adminUrl, measureOn);
}

import type { FastifyBaseLogger } from 'fastify';
import type { Scopes, Sql } from '../db/scope.js';
import { periodic } from '../jobs/periodic.js';
import { tally } from './tally.js';
import type { Majority, ResolutionResult, VoteChoice } from './types.js';

const pollMs = 60_000;

/** What the tally of a meeting reads: its figures, its agenda, the votes that count. */
export interface Ballot {
  totalArea: string;
  quorum: { numerator: number; denominator: number };
  resolutions: {
    id: string;
    majority: Majority;
    qualifiedFraction: { numerator: number; denominator: number } | null;
  }[];
  votes: { resolutionId: string; weight: string; choice: VoteChoice }[];
}

/** Reads the ballot of a meeting as it is stored now. */
export async function readBallot(
  sql: Sql,
  q: { tenantId: string; meetingId: string },
): Promise<Ballot> {
  const meeting = await sql.query<Pick<Ballot, 'totalArea' | 'quorum'>>(
    `SELECT total_area::text AS "totalArea",
            json_build_object('numerator', quorum_numerator, 'denominator', quorum_denominator) AS quorum
       FROM meetings WHERE tenant_id = $1 AND id = $2`,
    [q.tenantId, q.meetingId],
  );
  const [found] = meeting.rows;
  if (!found) throw new Error(`no meeting ${q.meetingId}`);
  const resolutions = await sql.query<Ballot['resolutions'][number]>(
    `SELECT id, majority,
            CASE WHEN qualified_numerator IS NOT NULL THEN
              json_build_object('numerator', qualified_numerator,
                                'denominator', qualified_denominator) END AS "qualifiedFraction"
       FROM resolutions WHERE tenant_id = $1 AND meeting_id = $2 ORDER BY number`,
    [q.tenantId, q.meetingId],
  );
  const votes = await sql.query<Ballot['votes'][number]>(
    `SELECT v.resolution_id AS "resolutionId", r.weight::text AS weight, v.choice
       FROM votes v
       JOIN meeting_roll r ON r.tenant_id = v.tenant_id AND r.meeting_id = v.meeting_id
                          AND r.unit_id = v.unit_id AND r.person_id = v.person_id
      WHERE v.tenant_id = $1 AND v.meeting_id = $2 AND v.superseded_at IS NULL`,
    [q.tenantId, q.meetingId],
  );
  return { ...found, resolutions: resolutions.rows, votes: votes.rows };
}

/** Every resolution's result over a ballot, by resolution id. */
export function tallyBallot(ballot: Ballot): Map<string, ResolutionResult> {
  return new Map(
    ballot.resolutions.map((r) => [
      r.id,
      tally({
        totalArea: ballot.totalArea,
        quorum: ballot.quorum,
        majority: r.majority,
        qualifiedFraction: r.qualifiedFraction,
        votes: ballot.votes.filter((v) => v.resolutionId === r.id),
      }),
    ]),
  );
}

/**
 * Computes and stores the results of a closed meeting once (VOTE-3); true if this call did.
 * The meeting is locked first: a vote holds it FOR SHARE from its window check to its
 * commit, so every vote that passed the check before the close is in the tally. A meeting
 * not yet closed, or frozen already, is left as it is.
 */
export async function freezeResults(
  sql: Sql,
  q: { tenantId: string; meetingId: string },
): Promise<boolean> {
  const due = await sql.query(
    `SELECT 1 FROM meetings
      WHERE tenant_id = $1 AND id = $2 AND results_frozen_at IS NULL
        AND closes_at <= clock_timestamp()
      FOR UPDATE`,
    [q.tenantId, q.meetingId],
  );
  if (!due.rowCount) return false;
  const results = tallyBallot(await readBallot(sql, q));
  const ids = [...results.keys()];
  const values = [...results.values()];
  await sql.query(
    `UPDATE resolutions r
        SET for_weight = x.for_weight, against_weight = x.against_weight,
            abstain_weight = x.abstain_weight, not_voted_weight = x.not_voted_weight,
            quorum_reached = x.quorum_reached, passed = x.passed
       FROM unnest($3::uuid[], $4::numeric[], $5::numeric[], $6::numeric[], $7::numeric[],
                   $8::boolean[], $9::boolean[])
            AS x(id, for_weight, against_weight, abstain_weight, not_voted_weight,
                 quorum_reached, passed)
      WHERE r.tenant_id = $1 AND r.meeting_id = $2 AND r.id = x.id`,
    [
      q.tenantId,
      q.meetingId,
      ids,
      values.map((v) => v.for),
      values.map((v) => v.against),
      values.map((v) => v.abstain),
      values.map((v) => v.notVoted),
      values.map((v) => v.quorumReached),
      values.map((v) => v.passed),
    ],
  );
  await sql.query(
    'UPDATE meetings SET results_frozen_at = clock_timestamp() WHERE tenant_id = $1 AND id = $2',
    [q.tenantId, q.meetingId],
  );
  return true;
}

/** Freezes every meeting whose window has closed, each in its tenant's own transaction. */
export async function freezeClosedMeetings(
  db: Scopes,
  stopped: () => boolean = () => false,
): Promise<number> {
  const due = await db.withSystem(async (sql) => {
    const { rows } = await sql.query<{ tenantId: string; meetingId: string }>(
      `SELECT tenant_id AS "tenantId", id AS "meetingId" FROM meetings
        WHERE results_frozen_at IS NULL AND closes_at <= clock_timestamp()`,
    );
    return rows;
  });
  let frozen = 0;
  for (const meeting of due) {
    if (stopped()) break;
    if (await db.withTenant(meeting.tenantId, (sql) => freezeResults(sql, meeting))) frozen++;
  }
  return frozen;
}

/** The freezing job on this node; any number of nodes may run it at once. */
export function startResultFreezing(deps: { db: Scopes; log: FastifyBaseLogger }) {
  return periodic(
    async (stopped) => {
      const frozen = await freezeClosedMeetings(deps.db, stopped);
      if (frozen) deps.log.info({ frozen }, 'meeting results frozen');
    },
    { pollMs, log: deps.log, failure: 'freezing meeting results failed' },
  );
}

import type { Sql } from '../db/scope.js';
import { tally } from './tally.js';
import type { Fraction, Majority, ResolutionResult, VoteChoice } from './types.js';

/** What the tally of a meeting reads: its figures, its agenda, the votes that count. */
export interface Ballot {
  totalArea: string;
  quorum: Fraction;
  resolutions: { id: string; majority: Majority; qualifiedFraction: Fraction | null }[];
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

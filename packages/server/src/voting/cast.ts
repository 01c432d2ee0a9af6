import { one, type Sql } from '../db/scope.js';
import { ApiProblem, fieldProblem, type FieldIssue } from '../errors/problem.js';
import type { Viewer } from '../people/viewer.js';
import { meetingFor, type MeetingAccess } from './access.js';
import type { MeetingStatus, VoteInput } from './types.js';
import { statusOf } from './window.js';

const refusals: Partial<Record<MeetingStatus, () => ApiProblem>> = {
  scheduled: () => new ApiProblem(409, 'voting_not_started'),
  closed: () => new ApiProblem(409, 'voting_closed'),
};

/** Each bad vote named: a resolution of another meeting, a unit the caller holds no vote for, a repeat. */
function voteIssues(
  votes: readonly VoteInput[],
  resolutionIds: ReadonlySet<string>,
  unitIds: ReadonlySet<string>,
): FieldIssue[] {
  const seen = new Set<string>();
  return votes.flatMap((v, i): FieldIssue[] => {
    // ids come in either case; the database writes them in lower case
    const [resolutionId, unitId] = [v.resolutionId.toLowerCase(), v.unitId.toLowerCase()];
    const key = `${resolutionId} ${unitId}`;
    const repeated = seen.has(key);
    seen.add(key);
    if (!resolutionIds.has(resolutionId))
      return [{ field: `votes.${i}.resolutionId`, code: 'invalid_value' }];
    if (!unitIds.has(unitId)) return [{ field: `votes.${i}.unitId`, code: 'not_entitled' }];
    return repeated ? [{ field: `votes.${i}`, code: 'duplicate_vote' }] : [];
  });
}

/**
 * Stores the votes of one owner (VOTE-3): where their current vote already says the same,
 * nothing; otherwise it is superseded and the new version counts. `at` is when they were
 * cast: the clock the window check read (the demo writes the past).
 */
export async function recordVotes(
  sql: Sql,
  q: {
    tenantId: string;
    meetingId: string;
    personId: string;
    votes: readonly VoteInput[];
    at: Date;
  },
): Promise<void> {
  const values = [
    q.tenantId,
    q.meetingId,
    q.personId,
    q.votes.map((v) => v.resolutionId),
    q.votes.map((v) => v.unitId),
    q.votes.map((v) => v.choice),
    q.at,
  ];
  const input = 'unnest($4::uuid[], $5::uuid[], $6::text[]) AS i(resolution_id, unit_id, choice)';
  const current = `v.tenant_id = $1 AND v.meeting_id = $2 AND v.person_id = $3
                   AND v.resolution_id = i.resolution_id AND v.unit_id = i.unit_id
                   AND v.superseded_at IS NULL`;
  await sql.query(
    `UPDATE votes v SET superseded_at = $7
       FROM ${input} WHERE ${current} AND v.choice <> i.choice`,
    values,
  );
  await sql.query(
    `INSERT INTO votes (tenant_id, meeting_id, resolution_id, unit_id, person_id, choice,
                        cast_at, cast_by)
     SELECT $1, $2, i.resolution_id, i.unit_id, $3, i.choice, $7, $3
       FROM ${input}
      WHERE NOT EXISTS (SELECT 1 FROM votes v WHERE ${current})`,
    values,
  );
}

/**
 * Casts or changes the caller's votes, all or none (VOTE-3); the meeting as the vote found
 * it (open). The meeting is held FOR SHARE from before the window check to the commit, so
 * results cannot freeze in between; the caller's roll entries are locked in one order before
 * the check, so their requests running at once queue, each reads the clock after the one
 * before it, and the second finds the first's votes and adds no version of its own.
 */
export async function castVotes(
  sql: Sql,
  q: { tenantId: string; meetingId: string; viewer: Viewer; votes: readonly VoteInput[] },
): Promise<MeetingAccess> {
  const { tenantId, meetingId, viewer } = q;
  const access = await meetingFor(sql, { tenantId, meetingId, viewer });
  await sql.query('SELECT 1 FROM meetings WHERE tenant_id = $1 AND id = $2 FOR SHARE', [
    tenantId,
    meetingId,
  ]);
  const roll = await sql.query<{ unit_id: string }>(
    `SELECT unit_id::text FROM meeting_roll
      WHERE tenant_id = $1 AND meeting_id = $2 AND person_id = $3
      ORDER BY unit_id FOR UPDATE`,
    [tenantId, meetingId, viewer.personId],
  );
  // The locks first, then the clock: a check that finds the window open is before the close,
  // and the votes are dated by it.
  const meeting = one(
    await sql.query<{ at: Date; status: MeetingStatus; resolutionIds: string[] }>(
      `SELECT c.at, ${statusOf('m', 'c.at')} AS status,
              array(SELECT r.id::text FROM resolutions r
                     WHERE r.tenant_id = m.tenant_id AND r.meeting_id = m.id) AS "resolutionIds"
         FROM meetings m, (SELECT clock_timestamp() AS at) c
        WHERE m.tenant_id = $1 AND m.id = $2`,
      [tenantId, meetingId],
    ),
  );
  const refusal = refusals[meeting.status];
  if (refusal) throw refusal();
  const issues = voteIssues(
    q.votes,
    new Set(meeting.resolutionIds),
    new Set(roll.rows.map((r) => r.unit_id)),
  );
  if (issues.length) throw fieldProblem(422, 'vote_rejected', issues);
  const { personId } = viewer;
  await recordVotes(sql, { tenantId, meetingId, personId, votes: q.votes, at: meeting.at });
  return { ...access, status: meeting.status };
}

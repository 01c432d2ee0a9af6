import type { Sql } from '../db/scope.js';
import type { Viewer } from '../people/viewer.js';
import { meetingFor, type MeetingAccess } from './access.js';
import { readBallot, tallyBallot } from './ballot.js';

/**
 * Computes and stores the results of a closed meeting once (VOTE-3); true if this call did.
 * The meeting is locked first: a vote holds it FOR SHARE from its window check to its
 * commit, so every vote that passed the check before the close is in the tally. A meeting
 * not yet closed, or frozen already, is left as it is. Never call it in a transaction that
 * holds the meeting FOR SHARE (a vote's): two of those would wait on each other for ever.
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

/**
 * The meeting as a read shows it (see meetingFor), its results frozen first when the status
 * judged there is closed: one clock decides both, so a read never shows an open meeting
 * with results or a closed one without. For reads only (get, votes, protocol).
 */
export async function meetingToRead(
  sql: Sql,
  q: { tenantId: string; meetingId: string; viewer: Viewer },
): Promise<MeetingAccess> {
  const access = await meetingFor(sql, q);
  if (access.status === 'closed')
    await freezeResults(sql, { tenantId: q.tenantId, meetingId: access.id });
  return access;
}

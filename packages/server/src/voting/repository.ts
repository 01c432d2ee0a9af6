import type { Sql } from '../db/scope.js';
import { unitOrder } from '../directory/units.js';
import { notFound } from '../errors/problem.js';
import type { Cursor } from '../pagination/cursor.js';
import { paged, type Page } from '../pagination/page.js';
import { isStaff, type Viewer } from '../people/viewer.js';
import { seenBy, type MeetingAccess } from './access.js';
import { documentsOf } from './documents/store.js';
import type {
  Fraction,
  Meeting,
  MeetingDetail,
  MeetingsQuery,
  MeetingStatus,
  Resolution,
  Turnout,
  VoteChoice,
  VoterUnit,
} from './types.js';
import { statusOf } from './window.js';

interface MeetingRow {
  id: string;
  title: string;
  property: Meeting['property'];
  opens_at: Date;
  closes_at: Date;
  time_zone: string;
  status: MeetingStatus;
  resolution_count: number;
  my_entries: number;
  my_votes: number;
  closes_key: string;
}

// Meetings with what the person in $2 holds in them, and `more` columns; the status as at
// the start of the list's transaction (a meeting's detail takes the one its access judged).
const selectMeetings = (more = '') => `
  SELECT m.id, m.title, json_build_object('id', p.id, 'name', p.name) AS property,
         m.opens_at, m.closes_at, tn.time_zone, ${statusOf('m', 'now()')} AS status,
         (SELECT count(*)::int FROM resolutions r
           WHERE r.tenant_id = m.tenant_id AND r.meeting_id = m.id) AS resolution_count,
         (SELECT count(*)::int FROM meeting_roll mr
           WHERE mr.tenant_id = m.tenant_id AND mr.meeting_id = m.id AND mr.person_id = $2) AS my_entries,
         (SELECT count(*)::int FROM votes v
           WHERE v.tenant_id = m.tenant_id AND v.meeting_id = m.id AND v.person_id = $2
             AND v.superseded_at IS NULL) AS my_votes,
         to_char(m.closes_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS closes_key
         ${more}
    FROM meetings m
    JOIN properties p ON p.tenant_id = m.tenant_id AND p.id = m.property_id
    JOIN tenants tn ON tn.id = m.tenant_id`;

const fromRow = (r: MeetingRow): Meeting => ({
  id: r.id,
  title: r.title,
  property: r.property,
  opensAt: r.opens_at.toISOString(),
  closesAt: r.closes_at.toISOString(),
  timeZone: r.time_zone,
  status: r.status,
  resolutionCount: r.resolution_count,
  // votes yet to cast: one per resolution for each unit the person holds a vote for
  votesPending: !r.my_entries
    ? null
    : r.status === 'closed'
      ? 0
      : r.my_entries * r.resolution_count - r.my_votes,
});

/** A page of the meetings the viewer sees, newest window first, matching the filter. */
export async function listMeetings(
  sql: Sql,
  q: {
    tenantId: string;
    viewer: Viewer;
    filter: Pick<MeetingsQuery, 'status' | 'propertyId'>;
    after: Cursor | null;
    limit: number;
  },
): Promise<Page<Meeting, Cursor>> {
  const { rows } = await sql.query<MeetingRow>(
    `${selectMeetings()}
      WHERE m.tenant_id = $1 AND ($3 OR ${seenBy('$2')})
        AND ($4::text IS NULL OR ${statusOf('m', 'now()')} = $4)
        AND ($5::uuid IS NULL OR m.property_id = $5)
        AND ($6::timestamptz IS NULL OR (m.closes_at, m.id) < ($6::timestamptz, $7::uuid))
      ORDER BY m.closes_at DESC, m.id DESC
      LIMIT $8`,
    [
      q.tenantId,
      q.viewer.personId,
      isStaff(q.viewer),
      q.filter.status ?? null,
      q.filter.propertyId ?? null,
      q.after?.at ?? null,
      q.after?.id ?? null,
      q.limit + 1,
    ],
  );
  return paged(rows, q.limit, fromRow, (row) => ({ at: row.closes_key, id: row.id }));
}

interface DetailRow extends MeetingRow {
  description: string | null;
  total_area: string;
  quorum: Fraction;
  results_frozen_at: Date | null;
}

/** The agenda with its documents; the frozen results only if the meeting is `closed`. */
async function resolutionsOf(
  sql: Sql,
  q: { tenantId: string; meetingId: string; closed: boolean },
): Promise<Resolution[]> {
  const resolutions = await sql.query<Omit<Resolution, 'documents'>>(
    `SELECT id, number, title, text, majority,
            CASE WHEN qualified_numerator IS NOT NULL THEN
              json_build_object('numerator', qualified_numerator,
                                'denominator', qualified_denominator) END AS "qualifiedFraction",
            CASE WHEN $3 AND for_weight IS NOT NULL THEN
              json_build_object('for', for_weight::text, 'against', against_weight::text,
                                'abstain', abstain_weight::text,
                                'notVoted', not_voted_weight::text,
                                'quorumReached', quorum_reached, 'passed', passed) END AS result
       FROM resolutions WHERE tenant_id = $1 AND meeting_id = $2 ORDER BY number`,
    [q.tenantId, q.meetingId, q.closed],
  );
  const documents = await documentsOf(sql, q);
  return resolutions.rows.map((r) => ({
    ...r,
    documents: documents.filter((d) => d.resolutionId === r.id),
  }));
}

/** The units the person votes for, as on the roll, with their current votes. */
async function unitsOf(
  sql: Sql,
  q: { tenantId: string; meetingId: string; personId: string },
): Promise<VoterUnit[]> {
  const units = await sql.query<Omit<VoterUnit, 'votes'>>(
    `SELECT unit_id AS "unitId", unit_number AS "unitNumber", area::text AS area,
            trim_scale(share)::text AS share, weight::text AS weight
       FROM meeting_roll WHERE tenant_id = $1 AND meeting_id = $2 AND person_id = $3
      ORDER BY ${unitOrder('unit_number')}`,
    [q.tenantId, q.meetingId, q.personId],
  );
  const votes = await sql.query<{
    unitId: string;
    resolutionId: string;
    choice: VoteChoice;
    castAt: Date;
  }>(
    `SELECT v.unit_id AS "unitId", v.resolution_id AS "resolutionId", v.choice, v.cast_at AS "castAt"
       FROM votes v JOIN resolutions r ON r.tenant_id = v.tenant_id AND r.id = v.resolution_id
      WHERE v.tenant_id = $1 AND v.meeting_id = $2 AND v.person_id = $3 AND v.superseded_at IS NULL
      ORDER BY r.number`,
    [q.tenantId, q.meetingId, q.personId],
  );
  return units.rows.map((unit) => ({
    ...unit,
    votes: votes.rows
      .filter((v) => v.unitId === unit.unitId)
      .map((v) => ({
        resolutionId: v.resolutionId,
        choice: v.choice,
        castAt: v.castAt.toISOString(),
      })),
  }));
}

/** Who has voted so far, never how: roll entries with at least one vote that counts. */
async function turnoutOf(sql: Sql, tenantId: string, meetingId: string): Promise<Turnout> {
  const { rows } = await sql.query<Turnout>(
    `SELECT coalesce(sum(weight) FILTER (WHERE voted), 0)::numeric(24, 10)::text AS "votedWeight",
            (count(*) FILTER (WHERE voted))::int AS voters, count(*)::int AS "eligibleVoters"
       FROM (SELECT mr.weight,
                    EXISTS (SELECT 1 FROM votes v
                             WHERE v.tenant_id = mr.tenant_id AND v.meeting_id = mr.meeting_id
                               AND v.unit_id = mr.unit_id AND v.person_id = mr.person_id
                               AND v.superseded_at IS NULL) AS voted
               FROM meeting_roll mr WHERE mr.tenant_id = $1 AND mr.meeting_id = $2) entries`,
    [tenantId, meetingId],
  );
  const [turnout] = rows;
  if (!turnout) throw new Error('no turnout');
  return turnout;
}

/**
 * The meeting as the viewer may see it, read in the caller's transaction; its status is the
 * one `access` judged, and its results are shown only when that is `closed`. It freezes
 * nothing: a read freezes first (meetingToRead), a vote must not (it holds the meeting).
 */
export async function meetingDetail(
  sql: Sql,
  q: { tenantId: string; access: MeetingAccess; viewer: Viewer },
): Promise<MeetingDetail> {
  const { tenantId, access, viewer } = q;
  const meetingId = access.id;
  const { rows } = await sql.query<DetailRow>(
    `${selectMeetings(`, m.description, m.total_area::text AS total_area,
         m.results_frozen_at,
         json_build_object('numerator', m.quorum_numerator,
                           'denominator', m.quorum_denominator) AS quorum`)}
      WHERE m.tenant_id = $1 AND m.id = $3`,
    [tenantId, viewer.personId, meetingId],
  );
  const [found] = rows;
  if (!found) throw notFound();
  const row = { ...found, status: access.status };
  const closed = row.status === 'closed';
  return {
    meeting: fromRow(row),
    description: row.description,
    totalArea: row.total_area,
    quorum: row.quorum,
    resolutions: await resolutionsOf(sql, { tenantId, meetingId, closed }),
    myUnits: await unitsOf(sql, { tenantId, meetingId, personId: viewer.personId }),
    turnout: access.seesTurnout ? await turnoutOf(sql, tenantId, meetingId) : null,
    resultsFrozenAt: (closed && row.results_frozen_at?.toISOString()) || null,
    protocolHref: closed ? `/meetings/${meetingId}/protocol` : null,
  };
}

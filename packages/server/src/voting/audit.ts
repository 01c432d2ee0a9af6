import type { Sql } from '../db/scope.js';
import { decodePosition, encodePosition } from '../pagination/cursor.js';
import { paged, type Page } from '../pagination/page.js';
import { personJson } from '../people/person-json.js';
import type { Viewer } from '../people/viewer.js';
import type { MeetingAccess } from './access.js';
import type { VoteRecord } from './types.js';

// The audit list runs in the order votes were cast: its position is a vote's sequence number.
const isSeq = (part: string) => /^\d{1,18}$/.test(part);
export const decodeVoteCursor = (cursor: string | undefined) =>
  decodePosition(cursor, [isSeq])?.[0] ?? null;
export const encodeVoteCursor = (seq: string) => encodePosition([seq]);

type VoteRow = Omit<VoteRecord, 'castAt' | 'supersededAt'> & {
  castAt: Date;
  supersededAt: Date | null;
  seq: string;
};

/**
 * Every version of the votes the viewer may audit, oldest first (VOTE-3): their own at any
 * time; everyone's for staff and the property's board once the window has closed, so no
 * running result leaks while voting is open.
 */
export async function listVotes(
  sql: Sql,
  q: {
    tenantId: string;
    access: MeetingAccess;
    viewer: Viewer;
    after: string | null;
    limit: number;
  },
): Promise<Page<VoteRecord, string>> {
  const everyone = q.access.seesTurnout && q.access.status === 'closed';
  const { rows } = await sql.query<VoteRow>(
    `SELECT v.id, v.resolution_id AS "resolutionId", v.unit_id AS "unitId",
            mr.unit_number AS "unitNumber", ${personJson('o')} AS owner, v.choice,
            v.cast_at AS "castAt", ${personJson('a')} AS author, v.superseded_at AS "supersededAt",
            v.seq::text AS seq
       FROM votes v
       JOIN meeting_roll mr ON mr.tenant_id = v.tenant_id AND mr.meeting_id = v.meeting_id
                           AND mr.unit_id = v.unit_id AND mr.person_id = v.person_id
       JOIN people o ON o.tenant_id = v.tenant_id AND o.id = v.person_id
       JOIN people a ON a.tenant_id = v.tenant_id AND a.id = v.cast_by
      WHERE v.tenant_id = $1 AND v.meeting_id = $2 AND ($3 OR v.person_id = $4)
        AND ($5::bigint IS NULL OR v.seq > $5)
      ORDER BY v.seq
      LIMIT $6`,
    [q.tenantId, q.access.id, everyone, q.viewer.personId, q.after, q.limit + 1],
  );
  return paged(
    rows,
    q.limit,
    ({ seq: _seq, castAt, supersededAt, ...vote }) => ({
      ...vote,
      castAt: castAt.toISOString(),
      supersededAt: supersededAt?.toISOString() ?? null,
    }),
    (row) => row.seq,
  );
}

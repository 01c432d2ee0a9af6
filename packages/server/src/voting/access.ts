import type { Sql } from '../db/scope.js';
import { forbidden, notFound } from '../errors/problem.js';
import { isStaff, type Viewer } from '../people/viewer.js';
import type { MeetingStatus } from './types.js';
import { statusOf } from './window.js';

/** Managers and directors open meetings for any property; accountants never. */
const managesMeetings = (viewer: Viewer) =>
  viewer.staffRole === 'manager' || viewer.staffRole === 'director';

// SQL fragments where $1 is the tenant and `person` a parameter or column holding a person.

/** Whether the person now holds one of `roles` on a unit of `property`. */
export const holds = (person: string, property: string, roles: string) =>
  `EXISTS (SELECT 1 FROM person_units pu
             JOIN units u ON u.tenant_id = pu.tenant_id AND u.id = pu.unit_id
            WHERE pu.tenant_id = $1 AND pu.person_id = ${person} AND pu.role IN (${roles})
              AND u.property_id = ${property})`;

/**
 * Whether the person sees the meeting `m` without being staff: they are on its roll, or now
 * own a unit of its property or sit on its board.
 */
export const seenBy = (person: string) => `(
  EXISTS (SELECT 1 FROM meeting_roll mr
           WHERE mr.tenant_id = $1 AND mr.meeting_id = m.id AND mr.person_id = ${person})
  OR ${holds(person, 'm.property_id', "'owner', 'board_member'")})`;

/** What every meeting route needs to know about a meeting and the caller's place in it. */
export interface MeetingAccess {
  id: string;
  propertyId: string;
  status: MeetingStatus;
  opensAt: Date;
  closesAt: Date;
  /** The tenant's IANA time zone, in which the window was set. */
  timeZone: string;
  /** May open meetings for this property and attach documents: managers, directors, its board. */
  mayManage: boolean;
  /** Sees turnout, and everyone's votes once closed: staff and the property's board. */
  seesTurnout: boolean;
}

type AccessRow = Omit<MeetingAccess, 'mayManage' | 'seesTurnout'> & {
  seen: boolean;
  board: boolean;
};

/**
 * The meeting if the viewer may see it: staff see every meeting of the tenant, anyone else
 * one they are on the roll of or whose property they now own a unit of or sit on the board
 * of. To everyone else it does not exist (404).
 */
export async function meetingFor(
  sql: Sql,
  q: { tenantId: string; meetingId: string; viewer: Viewer },
): Promise<MeetingAccess> {
  const { rows } = await sql.query<AccessRow>(
    `SELECT m.id, m.property_id AS "propertyId", ${statusOf()} AS status,
            m.opens_at AS "opensAt", m.closes_at AS "closesAt", tn.time_zone AS "timeZone",
            ${seenBy('$3')} AS seen, ${holds('$3', 'm.property_id', "'board_member'")} AS board
       FROM meetings m JOIN tenants tn ON tn.id = m.tenant_id
      WHERE m.tenant_id = $1 AND m.id = $2`,
    [q.tenantId, q.meetingId, q.viewer.personId],
  );
  const [row] = rows;
  const staff = isStaff(q.viewer);
  if (!row || !(staff || row.seen)) throw notFound();
  const { seen: _seen, board, ...meeting } = row;
  return {
    ...meeting,
    mayManage: managesMeetings(q.viewer) || board,
    seesTurnout: staff || board,
  };
}

/**
 * Opening a meeting for the property is the managers' and directors' (404 if it is not the
 * tenant's) and its board's; 403 for anyone else, whether the property exists or not.
 */
export async function requireMayCreate(
  sql: Sql,
  q: { tenantId: string; propertyId: string; viewer: Viewer },
): Promise<void> {
  const { rows } = await sql.query<{ exists: boolean; board: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM properties WHERE tenant_id = $1 AND id = $2) AS exists,
            ${holds('$3', '$2', "'board_member'")} AS board`,
    [q.tenantId, q.propertyId, q.viewer.personId],
  );
  const found = rows[0];
  if (managesMeetings(q.viewer)) {
    if (!found?.exists) throw notFound();
  } else if (!found?.board) {
    throw forbidden();
  }
}

/**
 * The list's gate, as on the other lists: staff, and anyone who owns a unit or sits on a
 * board, or holds a vote in some meeting; 403 for the rest.
 */
export async function requireMayList(sql: Sql, q: { tenantId: string; viewer: Viewer }) {
  if (isStaff(q.viewer)) return;
  const { rowCount } = await sql.query(
    `SELECT 1 FROM person_units WHERE tenant_id = $1 AND person_id = $2
                                  AND role IN ('owner', 'board_member')
     UNION ALL
     SELECT 1 FROM meeting_roll WHERE tenant_id = $1 AND person_id = $2
     LIMIT 1`,
    [q.tenantId, q.viewer.personId],
  );
  if (!rowCount) throw forbidden();
}

/**
 * Whether the viewer may filter the list by the property: staff by any of the tenant's,
 * others by one whose meetings they can see. Anything else is not found, as a meeting would be.
 */
export async function requireKnownProperty(
  sql: Sql,
  q: { tenantId: string; viewer: Viewer; propertyId: string },
): Promise<void> {
  const { rowCount } = await sql.query(
    `SELECT 1 FROM properties pr WHERE pr.tenant_id = $1 AND pr.id = $3
        AND ($4 OR ${holds('$2', 'pr.id', "'owner', 'board_member'")}
                OR EXISTS (SELECT 1 FROM meetings m
                             JOIN meeting_roll mr ON mr.tenant_id = m.tenant_id AND mr.meeting_id = m.id
                            WHERE m.tenant_id = $1 AND m.property_id = pr.id AND mr.person_id = $2))`,
    [q.tenantId, q.viewer.personId, q.propertyId, isStaff(q.viewer)],
  );
  if (!rowCount) throw notFound();
}

import type { Sql } from '../db/scope.js';
import { forbidden, invalidInput, notFound } from '../errors/problem.js';
import { isStaff, type Viewer } from '../people/viewer.js';
import type { AnnouncementStatus, Audience } from './types.js';

// SQL fragments over `a`, an announcements row, where $1 is the tenant and `person` a
// parameter holding the signed-in person. See README.md for who sees what.

/**
 * The announcement's status by `clock`: now() by default, so one clock judges every row of a
 * request's transaction (the list, its unread count and a page's items agree).
 */
export const statusOf = (clock = 'now()') =>
  `CASE WHEN ${clock} < a.visible_from THEN 'scheduled'
        WHEN a.visible_until IS NULL OR ${clock} < a.visible_until THEN 'current'
        ELSE 'ended' END`;

/** Whether the person now sits on the board of `property` (a unit of it, role board_member). */
export const onBoardOf = (person: string, property: string) =>
  `EXISTS (SELECT 1 FROM person_units pu
             JOIN units u ON u.tenant_id = pu.tenant_id AND u.id = pu.unit_id
            WHERE pu.tenant_id = $1 AND pu.person_id = ${person} AND pu.role = 'board_member'
              AND u.property_id = ${property})`;

/**
 * Whether the person is in its audience (ORG-4): for `tenant` without roles everyone signed in,
 * staff too; otherwise someone linked to a unit in the scope (a property of the group through
 * its quarters, DIR-2; the property; any unit of the tenant) by one of the roles, if it names
 * any.
 */
export const inAudience = (person: string) => `(
  (a.audience_scope = 'tenant' AND a.audience_roles IS NULL)
  OR EXISTS (SELECT 1 FROM person_units pu
               JOIN units u ON u.tenant_id = pu.tenant_id AND u.id = pu.unit_id
               JOIN properties pr ON pr.tenant_id = u.tenant_id AND pr.id = u.property_id
               LEFT JOIN quarters q ON q.tenant_id = pr.tenant_id AND q.id = pr.quarter_id
              WHERE pu.tenant_id = $1 AND pu.person_id = ${person}
                AND (a.audience_roles IS NULL OR pu.role = ANY (a.audience_roles))
                AND CASE a.audience_scope
                      WHEN 'property' THEN u.property_id = a.property_id
                      WHEN 'group' THEN q.group_id = a.group_id
                      ELSE true END))`;

/**
 * Whether the person oversees it, in or out of its window, as its authors do: staff (`staff`,
 * a boolean parameter) every announcement of the tenant, a board member those addressed to a
 * property they sit on the board of.
 */
export const overseenBy = (person: string, staff: string) =>
  `(${staff} OR (a.audience_scope = 'property' AND ${onBoardOf(person, 'a.property_id')}))`;

/** What the person may see: all they oversee, and the current ones whose audience holds them. */
export const seenBy = (person: string, staff: string, clock = 'now()') =>
  `(${overseenBy(person, staff)} OR (${statusOf(clock)} = 'current' AND ${inAudience(person)}))`;

/** Whether the person sits on any board of the tenant. */
async function onAnyBoard(sql: Sql, q: { tenantId: string; viewer: Viewer }): Promise<boolean> {
  const { rowCount } = await sql.query(
    `SELECT 1 FROM person_units
      WHERE tenant_id = $1 AND person_id = $2 AND role = 'board_member' LIMIT 1`,
    [q.tenantId, q.viewer.personId],
  );
  return Boolean(rowCount);
}

/**
 * `scheduled` and `ended` are for those who oversee announcements: staff and board members
 * (who then see their properties' ones); anyone else asking is refused (403).
 */
export async function requireMayListStatus(
  sql: Sql,
  q: { tenantId: string; viewer: Viewer; status: AnnouncementStatus },
): Promise<void> {
  if (q.status === 'current' || isStaff(q.viewer)) return;
  if (!(await onAnyBoard(sql, q))) throw forbidden();
}

/** What the writing routes need to know of one announcement. */
export interface AnnouncementAccess {
  id: string;
  scope: Audience['scope'];
  propertyId: string | null;
  /** The person sits on the board of its property. */
  board: boolean;
}

/**
 * The announcement if the person may see it (see seenBy), locked for a change when asked; to
 * everyone else, and in every other tenant, it does not exist (404).
 */
export async function announcementFor(
  sql: Sql,
  q: { tenantId: string; announcementId: string; viewer: Viewer; lock?: boolean },
): Promise<AnnouncementAccess> {
  const { rows } = await sql.query<AnnouncementAccess>(
    `SELECT a.id, a.audience_scope AS scope, a.property_id AS "propertyId",
            (a.audience_scope = 'property' AND ${onBoardOf('$3', 'a.property_id')}) AS board
       FROM announcements a
      WHERE a.tenant_id = $1 AND a.id = $2 AND ${seenBy('$3', '$4')}
      ${q.lock ? 'FOR UPDATE OF a' : ''}`,
    [q.tenantId, q.announcementId, q.viewer.personId, isStaff(q.viewer)],
  );
  const [row] = rows;
  if (!row) throw notFound();
  return row;
}

/** How an author is shown to the readers. */
export type AuthorRole = 'manager' | 'director' | 'board_member';

/**
 * Who may publish (ANN-1): managers and directors, and board members; accountants, owners and
 * residents may not (403). A person on staff writes as their staff role.
 */
export async function requireWriter(
  sql: Sql,
  q: { tenantId: string; viewer: Viewer },
): Promise<AuthorRole> {
  const { staffRole } = q.viewer;
  if (staffRole === 'manager' || staffRole === 'director') return staffRole;
  if (staffRole === null && (await onAnyBoard(sql, q))) return 'board_member';
  throw forbidden();
}

/**
 * Whether the writer may address the audience: managers and directors any group or property
 * of the tenant (one that is not is a 400 naming it); a board member only a property they sit
 * on the board of, whether another exists or not (403).
 */
export async function requireAudienceAllowed(
  sql: Sql,
  q: { tenantId: string; viewer: Viewer; role: AuthorRole; audience: Audience },
): Promise<void> {
  const { audience } = q;
  if (q.role === 'board_member') {
    if (audience.scope !== 'property' || !audience.propertyId) throw forbidden();
    const { rows } = await sql.query<{ board: boolean }>(
      `SELECT ${onBoardOf('$2', '$3')} AS board`,
      [q.tenantId, q.viewer.personId, audience.propertyId],
    );
    if (!rows[0]?.board) throw forbidden();
    return;
  }
  const { rows } = await sql.query<{ group: boolean; property: boolean }>(
    `SELECT ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM property_groups
                                          WHERE tenant_id = $1 AND id = $2)) AS group,
            ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM properties
                                          WHERE tenant_id = $1 AND id = $3)) AS property`,
    [q.tenantId, audience.groupId ?? null, audience.propertyId ?? null],
  );
  const found = rows[0];
  const unknown = [
    ...(found?.group ? [] : ['audience.groupId']),
    ...(found?.property ? [] : ['audience.propertyId']),
  ];
  if (unknown.length) {
    throw invalidInput(unknown.map((field) => ({ field, code: 'invalid_value' as const })));
  }
}

/**
 * Whether the writer may change this announcement: managers and directors any of the tenant,
 * a board member those addressed to a property they sit on the board of (else 403).
 */
export function requireMayChange(access: AnnouncementAccess, role: AuthorRole): void {
  if (role === 'board_member' && !access.board) throw forbidden();
}

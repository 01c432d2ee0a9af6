import type { Locale, Registration, RegistrationStatus } from '@atrium/sdk';
import { one, type Sql } from '../db/scope.js';
import { ApiProblem, notFound } from '../errors/problem.js';
import type { Cursor } from '../pagination/cursor.js';
import { paged, type Page } from '../pagination/page.js';

/** What a person registering told, their phone proven. */
export interface Registrant {
  phone: string;
  name: string;
  /** In lower case. */
  email: string;
  accountNumber: string | null;
  locale: Locale;
}

interface Row extends Omit<Registration, 'createdAt' | 'decidedAt'> {
  createdAt: Date;
  decidedAt: Date | null;
  at_key: string;
}

const select = `
  SELECT r.id, r.status, r.phone, r.name, r.email, r.account_number AS "accountNumber", r.locale,
         r.person_id AS "personId", r.unit_id AS "unitId", r.reason,
         CASE WHEN d.id IS NOT NULL THEN json_build_object('id', d.id, 'name', d.name) END
           AS "decidedBy",
         r.created_at AS "createdAt", r.decided_at AS "decidedAt",
         to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_key
    FROM registrations r
    LEFT JOIN people d ON d.tenant_id = r.tenant_id AND d.id = r.decided_by`;

const answer = ({ at_key: _key, ...row }: Row): Registration => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  decidedAt: row.decidedAt && row.decidedAt.toISOString(),
});

/** A request of the tenant as the contract shows it; 404 when there is none. */
export async function registrationById(sql: Sql, tenantId: string, id: string) {
  const { rows } = await sql.query<Row>(`${select} WHERE r.tenant_id = $1 AND r.id = $2`, [
    tenantId,
    id,
  ]);
  const [row] = rows;
  if (!row) throw notFound();
  return answer(row);
}

/** A page of the tenant's requests, newest first, of one status if asked. */
export async function listRegistrations(
  sql: Sql,
  q: { tenantId: string; status: RegistrationStatus | null; after: Cursor | null; limit: number },
): Promise<Page<Registration, Cursor>> {
  const { rows } = await sql.query<Row>(
    `${select}
      WHERE r.tenant_id = $1 AND ($2::text IS NULL OR r.status = $2)
        AND ($3::timestamptz IS NULL OR (r.created_at, r.id) < ($3::timestamptz, $4::uuid))
      ORDER BY r.created_at DESC, r.id DESC
      LIMIT $5`,
    [q.tenantId, q.status, q.after?.at ?? null, q.after?.id ?? null, q.limit + 1],
  );
  return paged(rows, q.limit, answer, (row) => ({ at: row.at_key, id: row.id }));
}

/**
 * Records what became of a registration. The phone's pending request, if any, is replaced
 * by it (the same row, dated anew): a phone waits for one decision at a time.
 */
export async function saveRegistration(
  sql: Sql,
  q: {
    tenantId: string;
    registrant: Registrant;
    status: 'attached' | 'pending';
    personId: string | null;
    unitId: string | null;
  },
): Promise<string> {
  const { registrant: r } = q;
  const saved = await sql.query<{ id: string }>(
    `INSERT INTO registrations
            (tenant_id, status, phone, name, email, account_number, locale, person_id, unit_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (tenant_id, phone) WHERE status = 'pending' DO UPDATE
        SET status = excluded.status, name = excluded.name, email = excluded.email,
            account_number = excluded.account_number, locale = excluded.locale,
            person_id = excluded.person_id, unit_id = excluded.unit_id,
            created_at = clock_timestamp()
     RETURNING id`,
    [
      q.tenantId,
      q.status,
      r.phone,
      r.name,
      r.email,
      r.accountNumber,
      r.locale,
      q.personId,
      q.unitId,
    ],
  );
  return one(saved).id;
}

/** The phone's pending request, locked, so registering again waits for a decision under way. */
export async function lockPendingOfPhone(sql: Sql, tenantId: string, phone: string) {
  await sql.query(
    "SELECT 1 FROM registrations WHERE tenant_id = $1 AND phone = $2 AND status = 'pending' FOR UPDATE",
    [tenantId, phone],
  );
}

/**
 * A request to decide, locked until the transaction ends, so of two managers deciding at
 * once one wins and the other finds it decided: 404 when it is not the tenant's, 409
 * invalid_transition once it is not pending.
 */
export async function lockPending(sql: Sql, tenantId: string, id: string): Promise<Registrant> {
  const { rows } = await sql.query<Registrant & { status: RegistrationStatus }>(
    `SELECT status, phone, name, email, account_number AS "accountNumber", locale
       FROM registrations WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
    [tenantId, id],
  );
  const [row] = rows;
  if (!row) throw notFound();
  if (row.status !== 'pending') throw new ApiProblem(409, 'invalid_transition');
  return row;
}

/** Writes a manager's decision on a pending request. */
export async function decideRegistration(
  sql: Sql,
  q: {
    tenantId: string;
    id: string;
    status: 'approved' | 'rejected';
    deciderId: string;
    personId?: string;
    unitId?: string;
    reason?: string | null;
  },
): Promise<void> {
  await sql.query(
    `UPDATE registrations
        SET status = $3, decided_by = $4, decided_at = now(),
            person_id = coalesce($5, person_id), unit_id = coalesce($6, unit_id), reason = $7
      WHERE tenant_id = $1 AND id = $2`,
    [
      q.tenantId,
      q.id,
      q.status,
      q.deciderId,
      q.personId ?? null,
      q.unitId ?? null,
      q.reason ?? null,
    ],
  );
}

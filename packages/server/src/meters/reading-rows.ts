import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/scope.js';
import type { Cursor } from '../pagination/cursor.js';
import { paged, type Page } from '../pagination/page.js';
import { fromMilli } from './decimal.js';
import type { MeterReading } from './types.js';

interface ReadingRow extends Omit<MeterReading, 'submittedAt' | 'supersededAt'> {
  submittedAt: Date;
  supersededAt: Date | null;
  /** submitted_at with full precision, for a cursor. */
  key: string;
}

// Consumption is shown for current readings only (MTR-2): a superseded one was replaced.
const selectReadings = `
  SELECT r.id, r.meter_id AS "meterId", to_char(r.period, 'YYYY-MM') AS period,
         r.value::text AS value, r.kind, r.rollover,
         CASE WHEN r.superseded_at IS NULL THEN r.consumption::text END AS consumption,
         r.flagged, r.comment, r.submitted_at AS "submittedAt", pe.name AS "submittedBy",
         r.superseded_at AS "supersededAt",
         to_char(r.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS key
    FROM meter_readings r
    LEFT JOIN people pe ON pe.tenant_id = r.tenant_id AND pe.id = r.submitted_by`;

const fromRow = ({ key: _key, ...row }: ReadingRow): MeterReading => ({
  ...row,
  submittedAt: row.submittedAt.toISOString(),
  supersededAt: row.supersededAt?.toISOString() ?? null,
});

/** Readings by id, in the order of the ids. */
export async function readingsByIds(
  sql: Sql,
  tenantId: string,
  ids: string[],
): Promise<MeterReading[]> {
  const { rows } = await sql.query<ReadingRow>(
    `${selectReadings} WHERE r.tenant_id = $1 AND r.id = ANY($2::uuid[])`,
    [tenantId, ids],
  );
  const byId = new Map(rows.map((row) => [row.id, fromRow(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A page of a meter's history, newest first (MTR-2). */
export async function historyPage(
  sql: Sql,
  q: { tenantId: string; meterId: string; after: Cursor | null; limit: number },
): Promise<Page<MeterReading, Cursor>> {
  const { rows } = await sql.query<ReadingRow>(
    `${selectReadings}
      WHERE r.tenant_id = $1 AND r.meter_id = $2
        AND ($3::timestamptz IS NULL OR (r.submitted_at, r.id) < ($3::timestamptz, $4::uuid))
      ORDER BY r.submitted_at DESC, r.id DESC LIMIT $5`,
    [q.tenantId, q.meterId, q.after?.at, q.after?.id, q.limit + 1],
  );
  return paged(rows, q.limit, fromRow, (row) => ({ at: row.key, id: row.id }));
}

/** Whether a reading is one of the meter's: a history cursor names one of its own. */
export async function isReadingOf(
  sql: Sql,
  q: { tenantId: string; meterId: string; readingId: string },
): Promise<boolean> {
  const { rowCount } = await sql.query(
    'SELECT 1 FROM meter_readings WHERE tenant_id = $1 AND meter_id = $2 AND id = $3',
    [q.tenantId, q.meterId, q.readingId],
  );
  return rowCount === 1;
}

/** The whole history of a meter, oldest first, for the export. */
export async function wholeHistory(
  sql: Sql,
  tenantId: string,
  meterId: string,
): Promise<MeterReading[]> {
  const { rows } = await sql.query<ReadingRow>(
    `${selectReadings} WHERE r.tenant_id = $1 AND r.meter_id = $2 ORDER BY r.submitted_at, r.id`,
    [tenantId, meterId],
  );
  return rows.map(fromRow);
}

export interface NewReading {
  tenantId: string;
  meterId: string;
  /** YYYY-MM */
  period: string;
  kind: MeterReading['kind'];
  value: string;
  rollover?: boolean;
  /** The reading this one was checked against, and the use since it in milli-units. */
  base?: { id: string; consumption: bigint };
  flagged?: boolean;
  comment?: string | null;
  submittedBy: string | null;
  /** Now, unless the demo writes the past. */
  submittedAt?: Date;
  /** The period's current reading, which this one supersedes. */
  supersedes?: string;
}

/** Stores a reading; a reading it supersedes stays in the history, marked. */
export async function insertReading(sql: Sql, r: NewReading): Promise<string> {
  const id = randomUUID();
  if (r.supersedes) {
    // the foreign key to the new row is checked at commit
    await sql.query(
      `UPDATE meter_readings SET superseded_at = coalesce($4, clock_timestamp()), superseded_by = $3
        WHERE tenant_id = $1 AND id = $2`,
      [r.tenantId, r.supersedes, id, r.submittedAt ?? null],
    );
  }
  await sql.query(
    `INSERT INTO meter_readings (id, tenant_id, meter_id, period, kind, value, rollover, base_id,
       consumption, flagged, comment, submitted_by, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, coalesce($13, clock_timestamp()))`,
    [
      id,
      r.tenantId,
      r.meterId,
      `${r.period}-01`,
      r.kind,
      r.value,
      r.rollover ?? false,
      r.base?.id ?? null,
      r.base ? fromMilli(r.base.consumption) : null,
      r.flagged ?? false,
      r.comment ?? null,
      r.submittedBy,
      r.submittedAt ?? null,
    ],
  );
  return id;
}

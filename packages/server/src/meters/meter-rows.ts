import { schemaOf } from '../contract/spec.js';
import type { Sql } from '../db/scope.js';
import { paged, type Page } from '../pagination/page.js';
import { baseReadingOf, monthReadingOf } from './reading-sql.js';
import type { LastReading, Meter, ReviewStatus } from './types.js';

// Meters as the contract shows them. Every query takes $1 tenant, $2 the first day of the
// window's month and $3 the tenant's today; a paged one $4 the kinds in the contract's
// order; its own parameters follow.
const kinds = schemaOf<{ enum: string[] }>('MeterKind').enum;

type ReadingColumns<P extends string> = {
  [K in `${P}_value`]: string | null;
} & { [K in `${P}_period`]: string } & { [K in `${P}_kind`]: LastReading['kind'] } & {
  [K in `${P}_at`]: Date;
};
type MeterRow = Omit<Meter, 'lastReading' | 'windowReading'> &
  ReadingColumns<'base'> &
  ReadingColumns<'sent'>;

const readingColumns = (alias: string) => `
  ${alias}.value::text AS ${alias}_value, to_char(${alias}.period, 'YYYY-MM') AS ${alias}_period,
  ${alias}.kind AS ${alias}_kind, ${alias}.submitted_at AS ${alias}_at`;

// The base is what the next reading of the window's month is checked against (MTR-1).
const meterSelect = `
  SELECT m.id, m.unit_id AS "unitId", u.number AS "unitNumber", m.kind,
         m.serial_number AS "serialNumber", m.measure, m.digits, m.decimals,
         m.installed_on::text AS "installedOn", m.verification_due_on::text AS "verificationDueOn",
         $3::date > m.verification_due_on AS "verificationExpired",
         ${readingColumns('base')}, ${readingColumns('sent')}`;
const meterFrom = `
    FROM meters m
    JOIN units u ON u.tenant_id = m.tenant_id AND u.id = m.unit_id
    JOIN properties p ON p.tenant_id = u.tenant_id AND p.id = u.property_id
    LEFT JOIN LATERAL (${baseReadingOf('m.id', '$2')}) base ON true
    LEFT JOIN LATERAL (${monthReadingOf('m.id', '$2')}) sent ON true`;

// Pages go by property, unit and kind; a page starts after the cursor's meter ($n).
const place = (m: string, u: string, p: string) =>
  `${p}.name COLLATE "C", ${u}.number COLLATE "C", array_position($4::text[], ${m}.kind), ${m}.id`;
const inOrder = `ORDER BY ${place('m', 'u', 'p')}`;
const after = (n: number) => `($${n}::uuid IS NULL OR (${place('m', 'u', 'p')}) > (
  SELECT ${place('cm', 'cu', 'cp')} FROM meters cm
    JOIN units cu ON cu.tenant_id = cm.tenant_id AND cu.id = cm.unit_id
    JOIN properties cp ON cp.tenant_id = cu.tenant_id AND cp.id = cu.property_id
   WHERE cm.tenant_id = $1 AND cm.id = $${n}))`;

const lastReading = (
  value: string | null,
  period: string,
  kind: LastReading['kind'],
  at: Date,
): LastReading | null =>
  value === null ? null : { value, period, kind, submittedAt: at.toISOString() };

function fromRow(row: MeterRow): Meter {
  return {
    id: row.id,
    unitId: row.unitId,
    unitNumber: row.unitNumber,
    kind: row.kind,
    serialNumber: row.serialNumber,
    measure: row.measure,
    digits: row.digits,
    decimals: row.decimals,
    installedOn: row.installedOn,
    verificationDueOn: row.verificationDueOn,
    verificationExpired: row.verificationExpired,
    lastReading: lastReading(row.base_value, row.base_period, row.base_kind, row.base_at),
    windowReading: lastReading(row.sent_value, row.sent_period, row.sent_kind, row.sent_at),
  };
}

/** Where the meters are seen from: the window's month (YYYY-MM) and the tenant's today. */
export interface Outlook {
  tenantId: string;
  period: string;
  today: string;
}
const outlookValues = (o: Outlook) => [o.tenantId, `${o.period}-01`, o.today];

/** A page of meters; the next starts after the meter named by its id. */
export type MeterPage<T> = Page<T, string>;
const idOf = (row: { id: string }) => row.id;

/** A page of meters, of the given units or (null) of the whole tenant. */
export async function listMeters(
  sql: Sql,
  q: Outlook & { unitIds: string[] | null; after: string | null; limit: number },
): Promise<MeterPage<Meter>> {
  const { rows } = await sql.query<MeterRow>(
    `${meterSelect} ${meterFrom}
      WHERE m.tenant_id = $1 AND ($5::uuid[] IS NULL OR m.unit_id = ANY($5::uuid[])) AND ${after(6)}
      ${inOrder} LIMIT $7`,
    [...outlookValues(q), kinds, q.unitIds, q.after, q.limit + 1],
  );
  return paged(rows, q.limit, fromRow, idOf);
}

export async function findMeter(sql: Sql, q: Outlook & { meterId: string }): Promise<Meter> {
  const { rows } = await sql.query<MeterRow>(
    `${meterSelect} ${meterFrom} WHERE m.tenant_id = $1 AND m.id = $4`,
    [...outlookValues(q), q.meterId],
  );
  const [row] = rows;
  if (!row) throw new Error(`no meter ${q.meterId}`);
  return fromRow(row);
}

export interface ReviewRow {
  status: ReviewStatus;
  meter: Meter;
  propertyName: string;
  /** The month's flagged reading; null for a missing one. */
  readingId: string | null;
}

/**
 * The meters installed by the end of `month` with no current reading for it (missing), and
 * those whose reading was accepted as an implausible jump (flagged).
 */
export async function reviewMeters(
  sql: Sql,
  q: Outlook & { month: string; status?: ReviewStatus; after: string | null; limit: number },
): Promise<MeterPage<ReviewRow>> {
  const { rows } = await sql.query<MeterRow & { propertyName: string; readingId: string | null }>(
    `${meterSelect}, p.name AS "propertyName", reviewed.id AS "readingId" ${meterFrom}
      LEFT JOIN LATERAL (${monthReadingOf('m.id', '$5')}) reviewed ON true
      WHERE m.tenant_id = $1 AND m.installed_on < $5::date + interval '1 month'
        AND (reviewed.id IS NULL AND $6::text IS DISTINCT FROM 'flagged'
             OR reviewed.flagged AND $6::text IS DISTINCT FROM 'missing')
        AND ${after(7)}
      ${inOrder} LIMIT $8`,
    [...outlookValues(q), kinds, `${q.month}-01`, q.status ?? null, q.after, q.limit + 1],
  );
  return paged(
    rows,
    q.limit,
    (row) => ({
      status: row.readingId ? 'flagged' : 'missing',
      meter: fromRow(row),
      propertyName: row.propertyName,
      readingId: row.readingId,
    }),
    idOf,
  );
}

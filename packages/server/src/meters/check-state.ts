import type { Sql } from '../db/scope.js';
import { baseReadingOf, monthReadingOf } from './reading-sql.js';
import { monthsBetween, type BaseReading, type Interval } from './rules.js';

/** The period's current reading of a meter, which a new one would supersede. */
export interface CurrentReading {
  id: string;
  value: string;
  rollover: boolean;
  comment: string | null;
}

/** What a submission for `period` is checked against, per meter (MTR-1). */
export interface CheckState {
  base: (BaseReading & { id: string }) | null;
  earlier: Interval[];
  current: CurrentReading | null;
}

/** The rows of one meter, without the column that said whose they are. */
const ofMeter = <R extends { meterId: string }>(rows: R[], meterId: string) =>
  rows.filter((row) => row.meterId === meterId).map(({ meterId: _meterId, ...row }) => row);

export async function checkStates(
  sql: Sql,
  q: { tenantId: string; meterIds: string[]; period: string },
): Promise<Map<string, CheckState>> {
  const values = [q.tenantId, q.meterIds, `${q.period}-01`];
  const meters = `unnest($2::uuid[]) AS m(id)`;
  const bases = await sql.query<BaseReading & { id: string; meterId: string }>(
    `SELECT m.id AS "meterId", b.id, b.value::text AS value, to_char(b.period, 'YYYY-MM') AS period
       FROM ${meters} JOIN LATERAL (${baseReadingOf('m.id', '$3')}) b ON b.tenant_id = $1`,
    values,
  );
  // A reading accepted as an implausible jump is no measure of what is plausible.
  const intervals = await sql.query<{
    meterId: string;
    consumption: string;
    from: string;
    to: string;
  }>(
    `SELECT r.meter_id AS "meterId", r.consumption::text AS consumption,
            to_char(b.period, 'YYYY-MM') AS "from", to_char(r.period, 'YYYY-MM') AS "to"
       FROM meter_readings r JOIN meter_readings b ON b.tenant_id = r.tenant_id AND b.id = r.base_id
      WHERE r.tenant_id = $1 AND r.meter_id = ANY($2::uuid[]) AND r.kind = 'reading'
        AND r.superseded_at IS NULL AND NOT r.flagged AND r.period < $3`,
    values,
  );
  const currents = await sql.query<CurrentReading & { meterId: string }>(
    `SELECT m.id AS "meterId", c.id, c.value::text AS value, c.rollover, c.comment
       FROM ${meters} JOIN LATERAL (${monthReadingOf('m.id', '$3')}) c ON c.tenant_id = $1`,
    values,
  );
  return new Map(
    q.meterIds.map((meterId) => [
      meterId,
      {
        base: ofMeter(bases.rows, meterId)[0] ?? null,
        earlier: ofMeter(intervals.rows, meterId).map((row) => ({
          consumption: row.consumption,
          months: monthsBetween(row.from, row.to),
        })),
        current: ofMeter(currents.rows, meterId)[0] ?? null,
      },
    ]),
  );
}

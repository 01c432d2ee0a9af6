import { one, type Sql } from '../db/scope.js';
import { unitExists } from '../directory/units.js';
import { invalidInput, notFound, type FieldIssue } from '../errors/problem.js';
import { monthOf } from '../stats/dates.js';
import type { Keeping } from './keeper.js';
import { meterFacts } from './meter-facts.js';
import { insertReading } from './reading-rows.js';
import { fitsDial } from './rules.js';
import type { MeterInput, MeterReplacementInput } from './types.js';

interface Device {
  /** The day the device went in: installedOn, or replacedOn. */
  since: string;
  digits: number;
  decimals: number;
  verificationDueOn: string;
  initialValue: string;
}

/** A device's figures that the contract's schema alone can't judge. */
function deviceIssues(device: Device, sinceField: string, today: string): FieldIssue[] {
  return [
    ...(device.since > today ? [{ field: sinceField, code: 'out_of_range' as const }] : []),
    ...(device.verificationDueOn < device.since
      ? [{ field: 'verificationDueOn', code: 'out_of_range' as const }]
      : []),
    ...(fitsDial(device.initialValue, device)
      ? []
      : [
          {
            field: 'initialValue',
            code: 'reading_too_many_digits' as const,
            params: { digits: device.digits, decimals: device.decimals },
          },
        ]),
  ];
}

/** Installs a meter in a unit; its initial value is the base of the first reading (MTR-1). */
export async function createMeter(sql: Sql, q: Keeping & { input: MeterInput }): Promise<string> {
  const { tenantId, input } = q;
  const issues = [
    ...((await unitExists(sql, tenantId, input.unitId))
      ? []
      : [{ field: 'unitId', code: 'invalid_value' as const }]),
    ...deviceIssues({ ...input, since: input.installedOn }, 'installedOn', q.today),
  ];
  if (issues.length) throw invalidInput(issues);
  const { id } = one(
    await sql.query<{ id: string }>(
      `INSERT INTO meters (tenant_id, unit_id, kind, serial_number, measure, digits, decimals,
         installed_on, verification_due_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        tenantId,
        input.unitId,
        input.kind,
        input.serialNumber,
        input.measure,
        input.digits,
        input.decimals,
        input.installedOn,
        input.verificationDueOn,
      ],
    ),
  );
  await insertReading(sql, {
    tenantId,
    meterId: id,
    period: monthOf(input.installedOn),
    kind: 'initial',
    value: input.initialValue,
    submittedBy: q.personId,
  });
  return id;
}

/** The tenant-local day the meter's newest resident reading was sent on, if any. */
async function newestReadingDay(sql: Sql, tenantId: string, meterId: string) {
  const { rows } = await sql.query<{ day: string | null }>(
    `SELECT ((SELECT max(submitted_at) FROM meter_readings
               WHERE tenant_id = $1 AND meter_id = $2 AND kind = 'reading')
             AT TIME ZONE time_zone)::date::text AS day
       FROM tenants WHERE id = $1`,
    [tenantId, meterId],
  );
  return rows[0]?.day ?? null;
}

/**
 * A new device in the meter's place (installedOn stays the meter's): the history stays, and
 * the new initial value becomes the base of the next reading, so a value below the old
 * device's last one is accepted. It can't date from before the meter's newest reading,
 * which the old device showed.
 */
export async function replaceMeter(
  sql: Sql,
  q: Keeping & { meterId: string; input: MeterReplacementInput },
) {
  const { tenantId, meterId, input } = q;
  const meter = (await meterFacts(sql, { tenantId, ids: [meterId], lock: true })).get(meterId);
  if (!meter) throw notFound();
  const newest = await newestReadingDay(sql, tenantId, meterId);
  const earliest = newest !== null && newest > meter.installedOn ? newest : meter.installedOn;
  const issues = [
    ...(input.replacedOn < earliest
      ? [{ field: 'replacedOn', code: 'out_of_range' as const }]
      : []),
    ...deviceIssues({ ...input, since: input.replacedOn }, 'replacedOn', q.today),
  ];
  if (issues.length) throw invalidInput(issues);
  await sql.query(
    `UPDATE meters SET serial_number = $3, digits = $4, decimals = $5, verification_due_on = $6
      WHERE tenant_id = $1 AND id = $2`,
    [tenantId, meterId, input.serialNumber, input.digits, input.decimals, input.verificationDueOn],
  );
  await insertReading(sql, {
    tenantId,
    meterId,
    period: monthOf(input.replacedOn),
    kind: 'initial',
    value: input.initialValue,
    submittedBy: q.personId,
  });
}

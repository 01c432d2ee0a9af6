import type { Sql } from '../db/scope.js';
import { fieldProblem, forbidden, invalidInput, notFound } from '../errors/problem.js';
import type { Viewer } from '../people/viewer.js';
import { keepsMeters } from './access.js';
import { checkStates, type CurrentReading } from './check-state.js';
import { meterFacts } from './meter-facts.js';
import { toMilli } from './decimal.js';
import { insertReading } from './reading-rows.js';
import { checkReading } from './rules.js';
import type { MeterSettings } from './settings.js';
import type { ReadingInput } from './types.js';
import { currentWindow } from './window.js';

/** 400 for a meter sent twice in one submission: which of the two would count? */
export function refuseDuplicates(readings: ReadingInput[]) {
  const issues = readings.flatMap((reading, i) =>
    readings.findIndex((other) => other.meterId === reading.meterId) < i
      ? [{ field: `readings.${i}.meterId`, code: 'invalid_value' as const }]
      : [],
  );
  if (issues.length) throw invalidInput(issues);
}

/** The same reading again (value, roll-over, comment) changes nothing. */
const isRepeat = (current: CurrentReading, reading: ReadingInput) =>
  toMilli(current.value) === toMilli(reading.value) &&
  current.rollover === (reading.rollover ?? false) &&
  current.comment === (reading.comment ?? null);

/**
 * Stores this window's readings of meters in the person's units (MTR-1), all or none: any
 * broken rule refuses the whole submission with 422 reading_rejected, one entry per rule.
 * A reading sent again in the window supersedes the earlier one. The stored ids, in order.
 */
export async function submitReadings(
  sql: Sql,
  q: { tenantId: string; viewer: Viewer; settings: MeterSettings; readings: ReadingInput[] },
): Promise<string[]> {
  const { tenantId, viewer, settings, readings } = q;
  if (!viewer.unitIds.length) throw forbidden();
  const meterIds = readings.map((r) => r.meterId);
  const meters = await meterFacts(sql, { tenantId, ids: meterIds, lock: true });
  for (const id of meterIds) {
    const meter = meters.get(id);
    if (!meter || !viewer.unitIds.includes(meter.unitId)) {
      // staff see every meter, but submit only for the units they live in
      throw meter && keepsMeters(viewer) ? forbidden() : notFound();
    }
  }
  const window = currentWindow(settings.today, settings.window);
  const states = await checkStates(sql, { tenantId, meterIds, period: window.month });
  const checked = readings.map((reading, index) => {
    const meter = meters.get(reading.meterId);
    const state = states.get(reading.meterId);
    if (!meter || !state) throw new Error('a checked meter went missing');
    const verdict = checkReading({
      index,
      meterId: reading.meterId,
      reading,
      dial: meter,
      base: state.base,
      earlier: state.earlier,
      period: window.month,
      today: settings.today,
      window,
      jump: settings.jump,
    });
    return { reading, state, verdict };
  });
  const issues = checked.flatMap((c) => c.verdict.issues);
  if (issues.length) throw fieldProblem(422, 'reading_rejected', issues);

  const ids: string[] = [];
  for (const { reading, state, verdict } of checked) {
    if (state.current && isRepeat(state.current, reading)) {
      ids.push(state.current.id);
      continue;
    }
    ids.push(
      await insertReading(sql, {
        tenantId,
        meterId: reading.meterId,
        period: window.month,
        kind: 'reading',
        value: reading.value,
        rollover: reading.rollover ?? false,
        base:
          state.base && verdict.consumption !== null
            ? { id: state.base.id, consumption: verdict.consumption }
            : undefined,
        flagged: verdict.flagged,
        comment: reading.comment ?? null,
        submittedBy: viewer.personId,
        supersedes: state.current?.id,
      }),
    );
  }
  return ids;
}

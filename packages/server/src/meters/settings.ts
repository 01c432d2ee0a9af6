import type { Sql } from '../db/scope.js';
import { tenantToday } from '../stats/local-time.js';
import type { JumpRule } from './rules.js';
import type { WindowDays } from './window.js';

/** The tenant's meter settings and its local date, read in one round trip. */
export interface MeterSettings {
  /** Today in the tenant's time zone (YYYY-MM-DD). */
  today: string;
  window: WindowDays;
  jump: { rule: JumpRule; factor: string };
}

export async function meterSettings(sql: Sql, tenantId: string): Promise<MeterSettings> {
  const row = await tenantToday<{ opens: number; closes: number; rule: JumpRule; factor: string }>(
    sql,
    tenantId,
    [
      'meter_window_opens_day AS opens',
      'meter_window_closes_day AS closes',
      'meter_jump_rule AS rule',
      'meter_jump_factor::text AS factor',
    ],
  );
  return {
    today: row.today,
    window: { opensDay: row.opens, closesDay: row.closes },
    jump: { rule: row.rule, factor: row.factor },
  };
}

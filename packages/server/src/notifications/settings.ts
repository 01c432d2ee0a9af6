import type {
  CompanyNotification,
  NotificationKind,
  NotificationPreference,
  NotificationSetting,
} from '@atrium/sdk';
import type { Sql } from '../db/scope.js';
import { notificationKinds, sends } from './rules.js';

/**
 * The person's preference of each kind asked, in that order, NOTE-1 applied: their own
 * setting, the company's, and whether the kind is sent to them now.
 */
export async function preferencesOf(
  sql: Sql,
  q: { tenantId: string; personId: string; kinds: readonly NotificationKind[] },
): Promise<NotificationPreference[]> {
  const { rows } = await sql.query<Omit<NotificationPreference, 'sends'>>(
    `SELECT k.kind, coalesce(p.setting, 'unset') AS mine, coalesce(c.setting, 'unset') AS company
       FROM unnest($3::text[]) WITH ORDINALITY AS k (kind, position)
       LEFT JOIN person_notification_settings p
              ON p.tenant_id = $1 AND p.person_id = $2 AND p.kind = k.kind
       LEFT JOIN company_notification_settings c ON c.tenant_id = $1 AND c.kind = k.kind
      ORDER BY k.position`,
    [q.tenantId, q.personId, q.kinds],
  );
  return rows.map((row) => ({ ...row, sends: sends(row.mine, row.company) }));
}

/** The company's setting of every kind, in the contract's order. */
export async function companySettings(sql: Sql, tenantId: string): Promise<CompanyNotification[]> {
  const { rows } = await sql.query<{ kind: NotificationKind; setting: NotificationSetting }>(
    'SELECT kind, setting FROM company_notification_settings WHERE tenant_id = $1',
    [tenantId],
  );
  const set = new Map(rows.map((row) => [row.kind, row.setting]));
  return notificationKinds.map((kind) => ({ kind, setting: set.get(kind) ?? 'unset' }));
}

/**
 * Writes an explicit setting keyed by `key` (columns and values), or removes it for `unset`:
 * no row means no explicit setting, so there is one truth for NOTE-1.
 */
async function writeSetting(
  sql: Sql,
  table: 'company_notification_settings' | 'person_notification_settings',
  key: Record<string, string>,
  setting: NotificationSetting,
): Promise<void> {
  const columns = Object.keys(key);
  const values = Object.values(key);
  if (setting === 'unset') {
    const where = columns.map((column, i) => `${column} = $${i + 1}`).join(' AND ');
    await sql.query(`DELETE FROM ${table} WHERE ${where}`, values);
    return;
  }
  const places = columns.map((_, i) => `$${i + 1}`).join(', ');
  await sql.query(
    `INSERT INTO ${table} (${columns.join(', ')}, setting) VALUES (${places}, $${columns.length + 1})
     ON CONFLICT (${columns.join(', ')}) DO UPDATE SET setting = EXCLUDED.setting`,
    [...values, setting],
  );
}

export const setCompanySetting = (
  sql: Sql,
  q: { tenantId: string; kind: NotificationKind; setting: NotificationSetting },
) =>
  writeSetting(
    sql,
    'company_notification_settings',
    { tenant_id: q.tenantId, kind: q.kind },
    q.setting,
  );

export const setPersonSetting = (
  sql: Sql,
  q: { tenantId: string; personId: string; kind: NotificationKind; setting: NotificationSetting },
) =>
  writeSetting(
    sql,
    'person_notification_settings',
    { tenant_id: q.tenantId, person_id: q.personId, kind: q.kind },
    q.setting,
  );

import { hashPassword } from '../auth/passwords.js';
import { one, type Scopes, type Sql } from '../db/scope.js';
import { seedDemoAgentReports } from './agent-reports.js';
import { seedDemoAnnouncements } from './announcements.js';
import { seedDemoBookings } from './bookings.js';
import { demoHotel, demoTenants, lesna5, type DemoTenant } from './data.js';
import { seedDemoMeters } from './meters.js';
import { seedDemoTickets } from './tickets.js';
import { seedDemoVoting } from './voting.js';
import { seedDemoAccounts } from './payments.js';
import { seedDemoPaymentSetup } from './payment-setup.js';

async function seedTenant(sql: Sql, t: DemoTenant, hashes: Map<string, string>) {
  const created = await sql.query<{ id: string }>(
    `INSERT INTO tenants (slug, name, default_locale, currency, color_primary, color_on_primary,
       color_login_background, color_page_background, color_text, website_url, contact_email,
       password_min_length, password_require_digit, password_require_symbol,
       password_require_upper, password_require_lower, portal_url)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     ON CONFLICT (slug) DO NOTHING RETURNING id`,
    [
      t.slug,
      t.name,
      t.defaultLocale,
      t.currency,
      ...t.colors,
      t.websiteUrl,
      t.contactEmail,
      t.policy.minLength,
      t.policy.requireDigit,
      t.policy.requireSymbol,
      t.policy.requireUpper,
      t.policy.requireLower,
      t.portalUrl,
    ],
  );
  const tenantId = created.rows[0]?.id;
  if (!tenantId) return; // seeded before, or by another node right now
  await sql.query('UPDATE tenants SET time_zone = $2, booking_prefix = $3 WHERE id = $1', [
    tenantId,
    t.timeZone,
    t.bookingPrefix,
  ]);
  const insert = async (text: string, values: unknown[]) =>
    one(await sql.query<{ id: string }>(`${text} RETURNING id`, [tenantId, ...values])).id;
  const groupId = await insert('INSERT INTO property_groups (tenant_id, name) VALUES ($1, $2)', [
    t.group,
  ]);
  const quarterId = await insert(
    'INSERT INTO quarters (tenant_id, group_id, name) VALUES ($1, $2, $3)',
    [groupId, t.quarter],
  );
  const p = t.property;
  const propertyId = await insert(
    `INSERT INTO properties (tenant_id, quarter_id, name, type, legal_entity, address, total_area)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [quarterId, p.name, p.type, p.legalEntity, p.address, p.totalArea],
  );
  const units = new Map<string, string>();
  for (const u of t.units) {
    const unitId = await insert(
      'INSERT INTO units (tenant_id, property_id, number, area) VALUES ($1, $2, $3, $4)',
      [propertyId, u.number, u.area],
    );
    await insert('INSERT INTO accounts (tenant_id, unit_id, number) VALUES ($1, $2, $3)', [
      unitId,
      u.account,
    ]);
    units.set(u.number, unitId);
  }
  for (const person of t.people) {
    const personId = await insert(
      // the demo's managers are told of self-registrations waiting for them (DIR-5)
      `INSERT INTO people (tenant_id, email, name, locale, password_hash, staff_role,
                           receives_registrations)
       VALUES ($1, $2, $3, $4, $5, $6, $6 IS NOT DISTINCT FROM 'manager')`,
      [
        person.email,
        person.name,
        person.locale,
        person.password ? hashes.get(person.password) : null,
        person.staffRole ?? null,
      ],
    );
    for (const link of person.links ?? []) {
      await sql.query(
        `INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
         VALUES ($1, $2, $3, $4, $5)`,
        [tenantId, personId, units.get(link.unit), link.role, link.share ?? null],
      );
    }
  }
}

/** Seeds the demo tenants (see the brief); a tenant already there is left as it is. */
export async function seedDemo(db: Scopes): Promise<void> {
  const existing = await db.withSystem(async (sql) => {
    const { rows } = await sql.query<{ slug: string }>(
      'SELECT slug FROM tenants WHERE slug = ANY($1)',
      [demoTenants.map((t) => t.slug)],
    );
    return new Set(rows.map((r) => r.slug));
  });
  const missing = demoTenants.filter((t) => !existing.has(t.slug));
  if (!missing.length) return seedDemoCabinet(db);
  // Hashed before the transaction: argon2 takes ~60 ms each and must not hold a connection.
  const passwords = missing.flatMap((t) => t.people.flatMap((p) => p.password ?? []));
  const hashes = new Map(
    await Promise.all(passwords.map(async (pw) => [pw, await hashPassword(pw)] as const)),
  );
  await db.withSystem(async (sql) => {
    for (const tenant of missing) await seedTenant(sql, tenant, hashes);
  });
  await seedDemoCabinet(db);
}

// The cabinets' demo: two years of bookings with their snapshots, agent reports, and on
// both portals meters with their readings, fault tickets, accounts, how to pay them and
// announcements.
async function seedDemoCabinet(db: Scopes): Promise<void> {
  await seedDemoBookings(db, demoHotel.slug);
  await seedDemoAgentReports(db, demoHotel.slug);
  for (const tenant of demoTenants) {
    await seedDemoMeters(db, tenant.slug);
    await seedDemoTickets(db, tenant.slug);
    await seedDemoAccounts(db, tenant.slug);
    await seedDemoPaymentSetup(db, tenant);
    await seedDemoAnnouncements(db, tenant);
  }
  await seedDemoVoting(db, lesna5.slug);
}

import { hashPassword } from '../src/auth/passwords.js';
import type { TestServer } from './helpers.js';

/** A tenant of its own for booking and statistics tests: three units, two owners, staff. */
export interface Hotel {
  slug: string;
  tenantId: string;
  units: { a1: string; a2: string; a3: string };
  /** fetch as someone, with their bearer token. */
  as(
    who: keyof typeof people,
  ): Promise<(path: string, init?: RequestInit & { json?: unknown }) => Promise<Response>>;
}

const people = {
  owner: { email: 'owner@stats.example', units: ['A1', 'A2'], role: null },
  otherOwner: { email: 'other@stats.example', units: ['A3'], role: null },
  manager: { email: 'manager@stats.example', units: [], role: 'manager' },
  accountant: { email: 'accountant@stats.example', units: [], role: 'accountant' },
} as const;
const password = 'Stats-2026!';

/** Creates the tenant `slug` (UTC, RUB) straight in the database and signs people in on demand. */
export async function createHotel(server: TestServer, slug: string): Promise<Hotel> {
  const hash = await hashPassword(password);
  const ids = await server.app.db.withSystem(async (sql) => {
    const tenant = await sql.query<{ id: string }>(
      `INSERT INTO tenants (slug, name, default_locale, currency, booking_prefix)
       VALUES ($1, 'Stats Hotel', 'en', 'RUB', 'ST') RETURNING id`,
      [slug],
    );
    const tenantId = tenant.rows[0]?.id as string;
    const { rows } = await sql.query<{ number: string; id: string }>(
      `WITH g AS (INSERT INTO property_groups (tenant_id, name) VALUES ($1, 'G') RETURNING id),
            p AS (INSERT INTO properties (tenant_id, name, type, legal_entity, address, total_area)
                  VALUES ($1, 'Stats House', 'apart_hotel', 'Stats Ltd', 'Main St 1', 500) RETURNING id)
       INSERT INTO units (tenant_id, property_id, number, area)
       SELECT $1, p.id, n, 30 FROM p, unnest(ARRAY['A1', 'A2', 'A3']) n RETURNING number, id`,
      [tenantId],
    );
    const unit = (n: string) => rows.find((r) => r.number === n)?.id as string;
    for (const [name, person] of Object.entries(people)) {
      const created = await sql.query<{ id: string }>(
        `INSERT INTO people (tenant_id, email, name, locale, password_hash, staff_role)
         VALUES ($1, $2, $3, 'en', $4, $5) RETURNING id`,
        [tenantId, person.email, name, hash, person.role],
      );
      for (const number of person.units) {
        await sql.query(
          `INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
           VALUES ($1, $2, $3, 'owner', 1)`,
          [tenantId, created.rows[0]?.id, unit(number)],
        );
      }
    }
    return { tenantId, units: { a1: unit('A1'), a2: unit('A2'), a3: unit('A3') } };
  });
  return {
    slug,
    ...ids,
    async as(who) {
      const session = await server.client(slug).auth.signIn({ email: people[who].email, password });
      return (path, init = {}) =>
        server.fetch(`/t/${slug}${path}`, {
          ...init,
          headers: { authorization: `Bearer ${session.accessToken}`, ...init.headers },
        });
    },
  };
}

/** One rate per night from checkIn, amounts in kopecks. */
export const rates = (checkIn: string, amounts: number[]) =>
  amounts.map((amount, i) => {
    const date = new Date(`${checkIn}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + i);
    return { date: date.toISOString().slice(0, 10), amount };
  });

/** A booking body for one stay in a unit. */
export function stay(
  unitId: string,
  checkIn: string,
  checkOut: string,
  amounts: number[],
  extra: { status?: string; departedOn?: string; extras?: unknown[] } = {},
) {
  return {
    customer: { name: 'Maria Petrova', email: 'maria@example.ru', phone: '+7 812 555-01-23' },
    status: extra.status ?? 'booked',
    accommodations: [
      {
        unitId,
        checkIn,
        checkOut,
        ...(extra.departedOn && { departedOn: extra.departedOn }),
        rates: rates(checkIn, amounts),
        guests: [{ fullName: 'Ivan Guestov', type: 'adult' }],
      },
    ],
    extras: extra.extras ?? [],
  };
}

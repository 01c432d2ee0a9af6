import { hashPassword } from '../src/auth/passwords.js';
import { one, type Sql } from '../src/db/scope.js';
import type { Database } from '../src/db/index.js';

/**
 * Who plays a part in the tickets tests. Anna, Jan and Katarzyna are the demo's people of
 * lesna-5; Tom lives in Anna's flat 12 (English), Olena in flat 14 (Russian), Wiktor in flat
 * 14 until a test moves him out, Marek sits on the board of flat 12's community without
 * owning or living there; Пётр is the manager of the other tenant.
 */
export const people = {
  anna: { tenant: 'lesna-5', email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' },
  jan: { tenant: 'lesna-5', email: 'jan@lesna5.example', password: 'Lesna5-Jan-1!' },
  katarzyna: { tenant: 'lesna-5', email: 'katarzyna@lesna5.example', password: 'Zarzad-2026!' },
  tom: { tenant: 'lesna-5', email: 'tom.tickets@lesna5.example', password: 'Tom-Lesna5-26!' },
  olena: { tenant: 'lesna-5', email: 'olena.tickets@lesna5.example', password: 'Olena-Lesna5!' },
  marek: { tenant: 'lesna-5', email: 'marek.tickets@lesna5.example', password: 'Marek-Lesna5!' },
  wiktor: { tenant: 'lesna-5', email: 'wiktor.tickets@lesna5.example', password: 'Wiktor-Lesna5!' },
  petr: { tenant: 'demo-hotel', email: 'petr@nevsky-apart.example', password: 'Manager-2026' },
} as const;
export type Who = keyof typeof people;

export interface TicketsFixture {
  lesnaId: string;
  hotelId: string;
  units: { lokal12: string; lokal14: string; hotel101: string };
}

const idOf = async (sql: Sql, text: string, values: unknown[]) =>
  one(await sql.query<{ id: string }>(text, values)).id;

/** Flat 14 beside the demo's flat 12, and the people the demo lacks. */
export async function seedTicketsFixture(db: Database): Promise<TicketsFixture> {
  const added = [
    { who: people.tom, name: 'Tom Baker', locale: 'en', unit: '12', role: 'resident' },
    { who: people.olena, name: 'Олена Коваль', locale: 'ru', unit: '14', role: 'resident' },
    { who: people.marek, name: 'Marek Zieliński', locale: 'pl', unit: '12', role: 'board_member' },
    { who: people.wiktor, name: 'Wiktor Lis', locale: 'pl', unit: '14', role: 'resident' },
  ] as const;
  const hashes = await Promise.all(added.map((p) => hashPassword(p.who.password)));
  return db.withSystem(async (sql) => {
    const lesnaId = await idOf(sql, "SELECT id FROM tenants WHERE slug = 'lesna-5'", []);
    const hotelId = await idOf(sql, "SELECT id FROM tenants WHERE slug = 'demo-hotel'", []);
    const lokal12 = await idOf(sql, "SELECT id FROM units WHERE tenant_id = $1 AND number = '12'", [
      lesnaId,
    ]);
    const lokal14 = await idOf(
      sql,
      `INSERT INTO units (tenant_id, property_id, number, area)
       SELECT tenant_id, property_id, '14', 61.20 FROM units WHERE id = $1 RETURNING id`,
      [lokal12],
    );
    const units = { '12': lokal12, '14': lokal14 };
    for (const [i, p] of added.entries()) {
      const personId = await idOf(
        sql,
        `INSERT INTO people (tenant_id, email, name, locale, password_hash)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [lesnaId, p.who.email, p.name, p.locale, hashes[i]],
      );
      await sql.query(
        'INSERT INTO person_units (tenant_id, person_id, unit_id, role) VALUES ($1, $2, $3, $4)',
        [lesnaId, personId, units[p.unit], p.role],
      );
    }
    const hotel101 = await idOf(
      sql,
      "SELECT id FROM units WHERE tenant_id = $1 AND number = '101'",
      [hotelId],
    );
    return { lesnaId, hotelId, units: { lokal12, lokal14, hotel101 } };
  });
}

import { hashPassword } from '../src/auth/passwords.js';
import { one, type Sql } from '../src/db/scope.js';
import type { Database } from '../src/db/index.js';
import { daysFrom } from '../src/stats/dates.js';
import { snapshotDays } from '../src/stats/snapshot.js';

/** Months long past, so the demo's own bookings never mix into the figures here. */
export const month = '2023-10';
export const earlierMonth = '2023-09';

export const people = {
  irina: { email: 'irina@nevsky-apart.example', password: 'Nevsky-2026' },
  petr: { email: 'petr@nevsky-apart.example', password: 'Manager-2026' },
  anna: { email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' },
  // made here, apart from the demo's people: the owner of another unit of the hotel, and
  // a resident of Irina's unit 101
  other: { email: 'zoya.reports@nevsky-apart.example', password: 'Zoya-2026x' },
  resident: { email: 'maria.reports@nevsky-apart.example', password: 'Maria-2026x' },
};

export interface ReportsFixture {
  hotelId: string;
  lesnaId: string;
  units: { u101: string; u204: string; other: string; lokal12: string };
  irinaId: string;
  petrId: string;
  otherId: string;
}

const idOf = async (sql: Sql, text: string, values: unknown[]) =>
  one(await sql.query<{ id: string }>(text, values)).id;

/** One completed stay of a unit: nights at one rate, and an extra service inside the stay. */
async function addStay(
  sql: Sql,
  stay: {
    tenantId: string;
    number: string;
    unitId: string;
    checkIn: string;
    checkOut: string;
    rate: number;
    extra: { date: string; amount: number };
  },
) {
  const bookingId = await idOf(
    sql,
    `INSERT INTO bookings (tenant_id, number, status, customer_name)
     VALUES ($1, $2, 'completed', 'Guest') RETURNING id`,
    [stay.tenantId, stay.number],
  );
  const accommodationId = await idOf(
    sql,
    `INSERT INTO booking_accommodations
            (tenant_id, booking_id, position, unit_id, check_in, check_out, guests)
     VALUES ($1, $2, 0, $3, $4, $5, '[]') RETURNING id`,
    [stay.tenantId, bookingId, stay.unitId, stay.checkIn, stay.checkOut],
  );
  await sql.query(
    `INSERT INTO booking_night_rates (tenant_id, accommodation_id, night, amount)
     SELECT $1, $2, night, $5 FROM generate_series($3::date, $4::date - 1, '1 day') night`,
    [stay.tenantId, accommodationId, stay.checkIn, stay.checkOut, stay.rate],
  );
  await sql.query(
    `INSERT INTO booking_extras (tenant_id, booking_id, position, kind, title, service_date, amount)
     VALUES ($1, $2, 0, 'transfer', 'Transfer', $3, $4)`,
    [stay.tenantId, bookingId, stay.extra.date, stay.extra.amount],
  );
}

/**
 * Two more people of the hotel, a few stays, and the statistics snapshot of September and
 * October 2023 for both demo tenants, taken by the real snapshot job (OWN-3).
 */
export async function seedReportsFixture(db: Database): Promise<ReportsFixture> {
  const [otherHash, residentHash] = await Promise.all([
    hashPassword(people.other.password),
    hashPassword(people.resident.password),
  ]);
  const fixture = await db.withSystem(async (sql) => {
    const tenant = (slug: string) => idOf(sql, 'SELECT id FROM tenants WHERE slug = $1', [slug]);
    const hotelId = await tenant('demo-hotel');
    const lesnaId = await tenant('lesna-5');
    const unit = (tenantId: string, number: string) =>
      idOf(sql, 'SELECT id FROM units WHERE tenant_id = $1 AND number = $2', [tenantId, number]);
    const person = (email: string) => idOf(sql, 'SELECT id FROM people WHERE email = $1', [email]);
    const u101 = await unit(hotelId, '101');
    const otherUnit = await idOf(
      sql,
      `INSERT INTO units (tenant_id, property_id, number, area)
       SELECT tenant_id, property_id, 'T-1', 28.10 FROM units WHERE id = $1 RETURNING id`,
      [u101],
    );
    const addPerson = (name: string, email: string, hash: string) =>
      idOf(
        sql,
        `INSERT INTO people (tenant_id, email, name, locale, password_hash)
         VALUES ($1, $2, $3, 'ru', $4) RETURNING id`,
        [hotelId, email, name, hash],
      );
    const otherId = await addPerson('Зоя Тестова', people.other.email, otherHash);
    const residentId = await addPerson('Мария Тестова', people.resident.email, residentHash);
    await sql.query(
      `INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
       VALUES ($1, $2, $3, 'owner', 1), ($1, $4, $5, 'resident', NULL)`,
      [hotelId, otherId, otherUnit, residentId, u101],
    );
    const units = {
      u101,
      u204: await unit(hotelId, '204'),
      other: otherUnit,
      lokal12: await unit(lesnaId, '12'),
    };
    await addStay(sql, {
      tenantId: hotelId,
      number: 'TEST-2023-1',
      unitId: u101,
      checkIn: '2023-10-10',
      checkOut: '2023-10-13',
      rate: 450_000,
      extra: { date: '2023-10-11', amount: 250_000 },
    });
    await addStay(sql, {
      tenantId: hotelId,
      number: 'TEST-2023-2',
      unitId: u101,
      checkIn: '2023-09-05',
      checkOut: '2023-09-07',
      rate: 400_000,
      extra: { date: '2023-09-06', amount: 100_000 },
    });
    await addStay(sql, {
      tenantId: lesnaId,
      number: 'TEST-2023-3',
      unitId: units.lokal12,
      checkIn: '2023-10-20',
      checkOut: '2023-10-24',
      rate: 35_050,
      extra: { date: '2023-10-21', amount: 12_345 },
    });
    return {
      hotelId,
      lesnaId,
      units,
      irinaId: await person(people.irina.email),
      petrId: await person(people.petr.email),
      otherId,
    };
  });
  for (const tenantId of [fixture.hotelId, fixture.lesnaId]) {
    await snapshotDays(db, tenantId, daysFrom(`${earlierMonth}-01`, `${month}-31`));
  }
  return fixture;
}

import type { TestServer } from '../helpers.js';
import type { Operation } from './operations.js';

/**
 * The table each id in a path of the contract names a row of. The sweeps fill a path with a
 * real resource of the tenant, so a request is judged as it would be for a real one (an
 * upload checks its meeting before reading the body); a new id without an entry fails them.
 */
export const idTables: Record<string, string> = {
  accountId: 'accounts',
  announcementId: 'announcements',
  bookingId: 'bookings',
  documentId: 'meeting_documents',
  groupId: 'property_groups',
  importId: 'imports',
  meetingId: 'meetings',
  meterId: 'meters',
  paymentId: 'payments',
  paymentTypeId: 'payment_types',
  personId: 'people',
  photoId: 'ticket_photos',
  propertyId: 'properties',
  quarterId: 'quarters',
  registrationId: 'registrations',
  reportId: 'agent_reports',
  sessionId: 'sessions',
  ticketId: 'tickets',
  unitId: 'units',
};

// the meeting that opens last is one still being prepared, which takes documents
const latestFirst: Record<string, string> = { meetings: 'r.opens_at DESC,' };

/** The path parameters of the operations that are ids (uuid), by name. */
export const idParameters = (operations: Operation[]) =>
  new Set(
    operations.flatMap((o) =>
      o.parameters.filter((p) => p.in === 'path' && p.schema.format === 'uuid').map((p) => p.name),
    ),
  );

/** One id of each kind the tenant has (a kind it has none of is left out). */
export async function tenantIds(server: TestServer, slug: string): Promise<Record<string, string>> {
  return server.app.db.withSystem(async (sql) => {
    const found: Record<string, string> = {};
    for (const [name, table] of Object.entries(idTables)) {
      const { rows } = await sql.query<{ id: string }>(
        `SELECT r.id FROM ${table} r JOIN tenants t ON t.id = r.tenant_id WHERE t.slug = $1
          ORDER BY ${latestFirst[table] ?? ''} r.id LIMIT 1`,
        [slug],
      );
      if (rows[0]) found[name] = rows[0].id;
    }
    return found;
  });
}

/**
 * The id kinds naming what is one person's or one unit's own, which the people of another
 * unit of the same tenant must not reach, each found from the person's id ($1). A unit's
 * things are reached through the person's links to it (person_units).
 */
export const personalIds: Record<string, string> = {
  personId: 'SELECT $1::uuid AS id',
  sessionId: 'SELECT id FROM sessions WHERE person_id = $1',
  unitId: 'SELECT unit_id AS id FROM person_units WHERE person_id = $1',
  accountId:
    'SELECT a.id FROM accounts a JOIN person_units l USING (unit_id) WHERE l.person_id = $1',
  meterId: 'SELECT m.id FROM meters m JOIN person_units l USING (unit_id) WHERE l.person_id = $1',
  ticketId: 'SELECT t.id FROM tickets t JOIN person_units l USING (unit_id) WHERE l.person_id = $1',
  photoId: `SELECT f.id FROM ticket_photos f JOIN tickets t ON t.id = f.ticket_id
              JOIN person_units l ON l.unit_id = t.unit_id WHERE l.person_id = $1`,
  paymentId: 'SELECT id FROM payments WHERE created_by = $1',
  bookingId: `SELECT b.booking_id AS id FROM booking_accommodations b
                JOIN person_units l USING (unit_id) WHERE l.person_id = $1`,
  reportId: 'SELECT id FROM agent_reports WHERE owner_id = $1',
};

/** The id kinds naming what a tenant shares among its people, or what only its staff handle. */
export const sharedIds = [
  'announcementId',
  'documentId',
  'groupId',
  'importId',
  'meetingId',
  'paymentTypeId',
  'propertyId',
  'quarterId',
  'registrationId',
];

/** The person's own id of each personal kind they have. */
export async function personalIdsOf(
  server: TestServer,
  personId: string,
): Promise<Record<string, string>> {
  return server.app.db.withSystem(async (sql) => {
    const found: Record<string, string> = {};
    for (const [name, query] of Object.entries(personalIds)) {
      const { rows } = await sql.query<{ id: string }>(
        `SELECT id FROM (${query}) s ORDER BY id LIMIT 1`,
        [personId],
      );
      if (rows[0]) found[name] = rows[0].id;
    }
    return found;
  });
}

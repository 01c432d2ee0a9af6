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

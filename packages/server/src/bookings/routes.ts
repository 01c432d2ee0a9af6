import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { paths } from '@atrium/sdk';
import { authOf } from '../auth/authenticate.js';
import { routeSchema } from '../contract/route-schema.js';
import { unitExists } from '../directory/units.js';
import type { Sql } from '../db/scope.js';
import { notFound } from '../errors/problem.js';
import {
  decodeCursor,
  encodeCursor,
  isCursorDay,
  isCursorTimestamp,
} from '../pagination/cursor.js';
import { tenantOf } from '../tenancy/index.js';
import { ownedUnits, requireManager } from './access.js';
import { listOwnerStays } from './owner-stays.js';
import { findBooking, listBookings } from './repository.js';
import type { Booking, BookingChange, BookingInput, CancellationInput } from './types.js';
import { cancelBooking, changeBooking, createBooking } from './write.js';
import { onceUnderKey } from '../idempotency/once.js';

type ListQuery = NonNullable<paths['/bookings']['get']['parameters']['query']>;
type OwnerQuery = NonNullable<paths['/owner/bookings']['get']['parameters']['query']>;
// The contract's default fills in limit before the handler runs.
type Paged<Q extends { limit?: number }> = Q & Required<Pick<Q, 'limit'>>;
type ById = { bookingId: string };

/** Bookings kept by managers (BKG-1, BKG-2), and the stays owners see in their units. */
export async function bookings(app: FastifyInstance) {
  /** Runs fn for a manager of the request's tenant, in one transaction; 403 for anyone else. */
  const asManager = <T>(
    request: FastifyRequest,
    fn: (sql: Sql, tenantId: string, currency: string) => Promise<T>,
  ) => {
    const tenant = tenantOf(request);
    return app.db.withTenant(tenant.id, async (sql) => {
      await requireManager(sql, tenant.id, authOf(request).personId);
      return fn(sql, tenant.id, tenant.currency);
    });
  };
  const reread = async (sql: Sql, tenantId: string, bookingId: string, currency: string) => {
    const booking = await findBooking(sql, { tenantId, bookingId, currency });
    if (!booking) throw notFound();
    return booking;
  };

  app.get<{ Querystring: Paged<ListQuery> }>(
    '/bookings',
    { schema: routeSchema('listBookings'), preHandler: app.authenticate },
    async (request) => {
      const { cursor, limit, ...filter } = request.query;
      const after = decodeCursor(cursor, isCursorTimestamp);
      const page = await asManager(request, async (sql, tenantId, currency) => {
        if (filter.unitId && !(await unitExists(sql, tenantId, filter.unitId))) throw notFound();
        return listBookings(sql, { tenantId, currency, filter, after, limit });
      });
      return { items: page.items, nextCursor: page.next && encodeCursor(page.next) };
    },
  );

  app.post<{ Body: BookingInput }>(
    '/bookings',
    { schema: routeSchema('createBooking'), preHandler: app.authenticate },
    async (request, reply) => {
      const booking = await asManager(request, async (sql, tenantId, currency) =>
        reread(
          sql,
          tenantId,
          await onceUnderKey(sql, request, () => createBooking(sql, tenantId, request.body)),
          currency,
        ),
      );
      return reply.code(201).send(booking);
    },
  );

  app.get<{ Params: ById }>(
    '/bookings/:bookingId',
    { schema: routeSchema('getBooking'), preHandler: app.authenticate },
    async (request): Promise<Booking> =>
      asManager(request, (sql, tenantId, currency) =>
        reread(sql, tenantId, request.params.bookingId, currency),
      ),
  );

  app.patch<{ Params: ById; Body: BookingChange }>(
    '/bookings/:bookingId',
    { schema: routeSchema('changeBooking'), preHandler: app.authenticate },
    async (request): Promise<Booking> =>
      asManager(request, async (sql, tenantId, currency) => {
        const { bookingId } = request.params;
        await changeBooking(sql, { tenantId, bookingId, change: request.body });
        return reread(sql, tenantId, bookingId, currency);
      }),
  );

  app.post<{ Params: ById; Body: CancellationInput }>(
    '/bookings/:bookingId/cancellation',
    { schema: routeSchema('cancelBooking'), preHandler: app.authenticate },
    async (request): Promise<Booking> =>
      asManager(request, async (sql, tenantId, currency) => {
        const { bookingId } = request.params;
        await cancelBooking(sql, { tenantId, bookingId, cancellation: request.body });
        return reread(sql, tenantId, bookingId, currency);
      }),
  );

  app.get<{ Querystring: Paged<OwnerQuery> }>(
    '/owner/bookings',
    { schema: routeSchema('listOwnerBookings'), preHandler: app.authenticate },
    async (request) => {
      const { cursor, limit, unitId, from, to } = request.query;
      const after = decodeCursor(cursor, isCursorDay);
      const tenant = tenantOf(request);
      const page = await app.db.withTenant(tenant.id, async (sql) => {
        const units = await ownedUnits(sql, {
          tenantId: tenant.id,
          personId: authOf(request).personId,
          unitId,
        });
        return listOwnerStays(sql, {
          tenantId: tenant.id,
          unitIds: units.map((u) => u.id),
          from,
          to,
          after,
          limit,
        });
      });
      return { items: page.items, nextCursor: page.next && encodeCursor(page.next) };
    },
  );
}

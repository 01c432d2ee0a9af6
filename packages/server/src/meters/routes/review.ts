import type { FastifyInstance } from 'fastify';
import type { components, paths } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { decodeIdCursor, encodeIdCursor } from '../../pagination/cursor.js';
import { viewerOf } from '../../people/viewer.js';
import { tenantOf } from '../../tenancy/index.js';
import { requireMeterKeeper } from '../access.js';
import { reviewMeters } from '../meter-rows.js';
import { readingsByIds } from '../reading-rows.js';
import { meterSettings } from '../settings.js';
import { currentWindow, lastOpenedMonth } from '../window.js';

type Query = NonNullable<paths['/meters/review']['get']['parameters']['query']>;
type ReviewPage = components['schemas']['MeterReviewPage'];

/**
 * GET /meters/review (MTR-1): for managers and directors, the month's meters with no
 * reading and its readings accepted as implausible jumps, by property and unit. The month
 * defaults to the open window's, else the last one's.
 */
export async function reviewRoute(app: FastifyInstance) {
  // The contract's default fills in limit before the handler runs.
  app.get<{ Querystring: Query & Required<Pick<Query, 'limit'>> }>(
    '/meters/review',
    { schema: routeSchema('reviewMeterReadings'), preHandler: app.authenticate },
    async (request): Promise<ReviewPage> => {
      const tenantId = tenantOf(request).id;
      const { status, limit } = request.query;
      const after = decodeIdCursor(request.query.cursor);
      return app.db.withTenant(tenantId, async (sql) => {
        requireMeterKeeper(await viewerOf(sql, request));
        const { today, window } = await meterSettings(sql, tenantId);
        const month = request.query.month ?? lastOpenedMonth(today, window);
        const page = await reviewMeters(sql, {
          tenantId,
          period: currentWindow(today, window).month,
          today,
          month,
          status,
          after,
          limit,
        });
        const flagged = page.items.flatMap((item) => item.readingId ?? []);
        const readings = new Map(
          (await readingsByIds(sql, tenantId, flagged)).map((reading) => [reading.id, reading]),
        );
        return {
          month,
          items: page.items.map(({ readingId, ...item }) => ({
            ...item,
            reading: readingId === null ? null : (readings.get(readingId) ?? null),
          })),
          nextCursor: page.next && encodeIdCursor(page.next),
        };
      });
    },
  );
}

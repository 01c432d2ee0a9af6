// A client for the meter-readings stories: the pretend server answers the meter routes and
// hands everything else (sign-in, branding) to the common story server.
import type { AtriumClient, ReadingSubmission } from '@atrium/sdk';
import { domainStoryClient, json, never, offline, problem } from './story-client.js';
import {
  decimal,
  historyCsv,
  historyPage,
  largestUse,
  lastValue,
  meterMe,
  meterPage,
  storedReading,
  thousandths,
  windows,
} from './meter-data.js';

/** How the pretend server answers the meter routes; every answer defaults to `ok`. */
export interface MeterStoryServer {
  /** The meters of flat 12: some, none, never, or out of reach. */
  list?: 'ok' | 'empty' | 'never' | 'offline';
  /** The submission window: open (20–25 November), or closed until 20 December. */
  window?: 'open' | 'closed';
  /** The heat meter's verification: valid, or lapsed (no reading accepted). */
  verification?: 'valid' | 'expired';
  /** Readings sent: stored, or lost on the way (the connection is down). */
  submit?: 'ok' | 'offline';
}

/** The rule the server uses for an implausible jump: over 3 times the largest monthly use. */
const FACTOR = 3n;

/**
 * Readings sent: refused as the real server refuses an implausible jump (MTR-1) unless
 * confirmed with a comment, stored otherwise.
 */
function submitted({ readings }: ReadingSubmission): Response {
  const errors = readings.flatMap((reading, i) => {
    const use = thousandths(reading.value) - lastValue(reading.meterId);
    const reference = largestUse(reading.meterId);
    if (reading.confirmImplausible) {
      if (reading.comment) return [];
      const params = { meterId: reading.meterId };
      return [{ field: `readings.${i}.comment`, code: 'required', message: 'Required.', params }];
    }
    if (use <= FACTOR * reference) return [];
    const params = {
      meterId: reading.meterId,
      consumption: decimal(use),
      months: 1,
      monthly: decimal(use),
      reference: decimal(reference),
      factor: String(FACTOR),
      rule: 'largest',
      confirmable: true,
    };
    const message = 'Check the value, or confirm it with a comment.';
    return [{ field: `readings.${i}.value`, code: 'reading_implausible', message, params }];
  });
  if (errors.length) return problem(422, 'reading_rejected', { errors });
  return json(201, { readings: readings.map(storedReading) });
}

async function meterAnswer(
  server: MeterStoryServer,
  request: Request,
  route: string,
  path: string,
  query: URLSearchParams,
): Promise<Response | null> {
  const meterId = path.split('/')[2] ?? '';
  switch (route) {
    case 'GET /me':
      return json(200, meterMe);
    case 'GET /meters': {
      const list = server.list ?? 'ok';
      if (list === 'never') return never();
      if (list === 'offline') return offline();
      const window = windows[server.window ?? 'open'];
      return json(200, meterPage(window, list === 'empty', server.verification === 'expired'));
    }
    case 'POST /meters/readings':
      if (server.submit === 'offline') return offline();
      return submitted((await request.json()) as ReadingSubmission);
    case 'GET /meters/:id/readings': {
      const page = historyPage(meterId, query);
      return page ? json(200, page) : problem(404, 'not_found');
    }
    case 'GET /meters/:id/readings/export': {
      const file = historyCsv(meterId);
      if (!file) return problem(404, 'not_found');
      const name = encodeURIComponent(`meter-${file.serial}-readings.csv`);
      return new Response(file.csv, {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename*=UTF-8''${name}`,
        },
      });
    }
    default:
      return null;
  }
}

/** A client signed in as Anna Nowak, of flat 12, whose pretend server answers as `server` says. */
export function meterStoryClient(server: MeterStoryServer = {}): Promise<AtriumClient> {
  return domainStoryClient(meterMe.email, (request, route, path, query) =>
    meterAnswer(server, request, route, path, query),
  );
}

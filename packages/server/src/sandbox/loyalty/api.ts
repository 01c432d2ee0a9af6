import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Faults, Hangs } from '../faults.js';
import type { Answer, Ledger } from './ledger.js';

/** The calls of the API, as tests name them to make one of them fail. */
export type LoyaltyOperation = 'lookup' | 'debit' | 'find' | 'refund';

const invalid = (field: string): Answer => ({
  status: 400,
  body: { code: 'invalid_request', field },
});

const isCardNumber = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9]{6,19}$/.test(value);
const isPoints = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) > 0;
const field = (body: unknown, name: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The loyalty program's HTTP API, as a real one behaves: a Bearer API key, JSON in and out,
 * an Idempotency-Key on debits, and the failures a test plans (see Faults).
 */
export function loyaltyApi(deps: {
  ledger: Ledger;
  faults: Faults<LoyaltyOperation>;
  hangs: Hangs;
  apiKey: string;
}) {
  const { ledger, faults, hangs } = deps;
  const calls: Record<LoyaltyOperation, number> = { lookup: 0, debit: 0, find: 0, refund: 0 };

  async function run(
    operation: LoyaltyOperation,
    reply: FastifyReply,
    work: () => Answer & { replayed?: boolean },
  ) {
    calls[operation]++;
    const fault = faults.take(operation);
    if (fault === 'error') return reply.code(503).send({ code: 'unavailable' });
    if (fault === 'lost') work();
    if (fault) return hangs.hangUp(reply);
    const answer = work();
    if (answer.replayed) reply.header('idempotent-replayed', 'true');
    return reply.code(answer.status).send(answer.body);
  }

  async function api(app: FastifyInstance) {
    app.addHook('preClose', async () => hangs.releaseAll());
    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const [scheme, key] = (request.headers.authorization ?? '').split(' ');
      if (scheme !== 'Bearer' || !key || !sameSecret(key, deps.apiKey)) {
        return reply.code(401).send({ code: 'unauthorized' });
      }
    });

    app.post('/v1/cards/lookup', async (request, reply) =>
      run('lookup', reply, () => {
        const cardNumber = field(request.body, 'cardNumber');
        return isCardNumber(cardNumber) ? ledger.lookup(cardNumber) : invalid('cardNumber');
      }),
    );

    app.post('/v1/debits', async (request, reply) =>
      run('debit', reply, () => {
        const key = request.headers['idempotency-key'];
        const cardNumber = field(request.body, 'cardNumber');
        const points = field(request.body, 'points');
        if (typeof key !== 'string' || !key) return invalid('Idempotency-Key');
        if (!isCardNumber(cardNumber)) return invalid('cardNumber');
        if (!isPoints(points)) return invalid('points');
        return ledger.debit(key, cardNumber, points);
      }),
    );

    app.get<{ Querystring: { key?: string } }>('/v1/debits', async (request, reply) =>
      run('find', reply, () => {
        const { key } = request.query;
        if (typeof key !== 'string' || !key) return invalid('key');
        return { status: 200, body: { items: ledger.debitsByKey(key) } };
      }),
    );

    app.post<{ Params: { id: string } }>('/v1/debits/:id/refund', async (request, reply) =>
      run('refund', reply, () => ledger.refund(request.params.id)),
    );
  }

  /** The plugin, and how many calls of each operation it has taken (authorised ones). */
  return { api, calls: () => ({ ...calls }) };
}

import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Faults, Hangs } from '../faults.js';
import { answerCall, field, invalid, requireApiKey, type Answer } from '../http.js';
import type { Ledger } from './ledger.js';

/** The calls of the API, as tests name them to make one of them fail. */
export type LoyaltyOperation = 'lookup' | 'debit' | 'find' | 'refund';

const isProgram = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(value);
const isCardNumber = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9]{6,19}$/.test(value);
const isPoints = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) > 0;

/** The program and card a request names, or the answer refusing the first wrong field. */
function cardAsked(body: unknown): { program: string; cardNumber: string } | Answer {
  const program = field(body, 'program');
  const cardNumber = field(body, 'cardNumber');
  if (!isProgram(program)) return invalid('program');
  if (!isCardNumber(cardNumber)) return invalid('cardNumber');
  return { program, cardNumber };
}

/**
 * The loyalty provider's HTTP API, as a real one behaves: a Bearer API key, JSON in and out,
 * an Idempotency-Key on debits, and the failures a test plans (see Faults).
 */
export function loyaltyApi(deps: {
  ledger: Ledger;
  faults: Faults<LoyaltyOperation>;
  hangs: Hangs;
  apiKey: string;
}) {
  const { ledger } = deps;
  const calls: Record<LoyaltyOperation, number> = { lookup: 0, debit: 0, find: 0, refund: 0 };
  const run = (
    operation: LoyaltyOperation,
    reply: FastifyReply,
    work: () => Answer & { replayed?: boolean },
  ) => {
    calls[operation]++;
    return answerCall(deps, operation, reply, work);
  };

  async function api(app: FastifyInstance) {
    app.addHook('preClose', async () => deps.hangs.releaseAll());
    app.addHook('onRequest', requireApiKey(deps.apiKey));

    app.post('/v1/cards/lookup', async (request, reply) =>
      run('lookup', reply, () => {
        const card = cardAsked(request.body);
        return 'status' in card ? card : ledger.lookup(card.program, card.cardNumber);
      }),
    );

    app.post('/v1/debits', async (request, reply) =>
      run('debit', reply, () => {
        const key = request.headers['idempotency-key'];
        const card = cardAsked(request.body);
        const points = field(request.body, 'points');
        if (typeof key !== 'string' || !key) return invalid('Idempotency-Key');
        if ('status' in card) return card;
        if (!isPoints(points)) return invalid('points');
        return ledger.debit(key, card.program, card.cardNumber, points);
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

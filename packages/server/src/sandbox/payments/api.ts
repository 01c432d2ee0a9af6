import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Faults, Hangs } from '../faults.js';
import type { Answer, PaymentLedger, PaymentRequest } from './ledger.js';

/** The calls of the sandbox's API, as tests name them to make one of them fail. */
export type PaymentOperation = 'create' | 'status';

const field = (body: unknown, name: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;
const isWebAddress = (value: unknown): value is string => {
  if (!isText(value, 2048) || !URL.canParse(value)) return false;
  return ['http:', 'https:'].includes(new URL(value).protocol);
};

/** The request's body as a payment to open, or the name of its first wrong field. */
function paymentRequest(body: unknown): PaymentRequest | string {
  const amount = field(body, 'amount');
  const currency = field(body, 'currency');
  const reference = field(body, 'reference');
  const description = field(body, 'description');
  const returnUrl = field(body, 'returnUrl');
  const notifyUrl = field(body, 'notifyUrl');
  if (!Number.isSafeInteger(amount) || (amount as number) < 1) return 'amount';
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return 'currency';
  if (!isText(reference, 200)) return 'reference';
  if (!isText(description, 500)) return 'description';
  if (!isWebAddress(returnUrl)) return 'returnUrl';
  if (!isWebAddress(notifyUrl)) return 'notifyUrl';
  return { amount: amount as number, currency, reference, description, returnUrl, notifyUrl };
}

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The provider's merchant API, as a real one behaves: a Bearer API key, JSON in and out, an
 * Idempotency-Key on creation, and the failures a test plans (see Faults):
 * - `POST /v1/payments` {amount, currency, reference, description, returnUrl, notifyUrl} →
 *   201 the payment with its `redirectUrl` (the hosted page) | 400 invalid_request
 * - `GET /v1/payments/:id` → 200 the payment | 404 payment_not_found
 */
export function paymentsApi(deps: {
  ledger: PaymentLedger;
  faults: Faults<PaymentOperation>;
  hangs: Hangs;
  apiKey: string;
  /** The hosted page of a payment, for the answer to the request that opened it. */
  pageOf: (id: string, origin: string) => string;
}) {
  const { ledger, faults, hangs } = deps;

  async function run(operation: PaymentOperation, reply: FastifyReply, work: () => Answer) {
    const fault = faults.take(operation);
    if (fault === 'error') return reply.code(503).send({ code: 'unavailable' });
    if (fault === 'lost') work();
    if (fault) return hangs.hangUp(reply);
    const answer = work();
    return reply.code(answer.status).send(answer.body);
  }

  return async function api(app: FastifyInstance) {
    app.addHook('onRequest', async (request, reply) => {
      const [scheme, key] = (request.headers.authorization ?? '').split(' ');
      if (scheme !== 'Bearer' || !key || !sameSecret(key, deps.apiKey)) {
        return reply.code(401).send({ code: 'unauthorized' });
      }
    });

    app.post('/v1/payments', async (request, reply) =>
      run('create', reply, () => {
        const key = request.headers['idempotency-key'];
        if (key !== undefined && !isText(key, 255)) {
          return { status: 400, body: { code: 'invalid_request', field: 'Idempotency-Key' } };
        }
        const asked = paymentRequest(request.body);
        if (typeof asked === 'string') {
          return { status: 400, body: { code: 'invalid_request', field: asked } };
        }
        const origin = `${request.protocol}://${request.host}`;
        const answer = ledger.create(key, asked, (id) => deps.pageOf(id, origin));
        if (answer.replayed) reply.header('idempotent-replayed', 'true');
        return answer;
      }),
    );

    app.get<{ Params: { id: string } }>('/v1/payments/:id', async (request, reply) =>
      run('status', reply, () => {
        const payment = ledger.get(request.params.id);
        return payment
          ? { status: 200, body: payment }
          : { status: 404, body: { code: 'payment_not_found' } };
      }),
    );
  };
}

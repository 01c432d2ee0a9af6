import { isLocale, type Locale } from '@atrium/sdk';
import type { FastifyInstance } from 'fastify';
import type { Faults, Hangs } from '../faults.js';
import { answerCall, field, invalid, isText, requireApiKey } from '../http.js';
import type { PaymentLedger, PaymentRequest } from './ledger.js';

/** The calls of the sandbox's API, as tests name them to make one of them fail. */
export type PaymentOperation = 'create' | 'status';

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
  const locale = field(body, 'locale') ?? 'en';
  if (!Number.isSafeInteger(amount) || (amount as number) < 1) return 'amount';
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return 'currency';
  if (!isText(reference, 200)) return 'reference';
  if (!isText(description, 500)) return 'description';
  if (!isWebAddress(returnUrl)) return 'returnUrl';
  if (!isWebAddress(notifyUrl)) return 'notifyUrl';
  if (!isLocale(locale)) return 'locale';
  return {
    amount: amount as number,
    currency,
    reference,
    description,
    returnUrl,
    notifyUrl,
    locale,
  };
}

/**
 * The provider's merchant API, as a real one behaves: a Bearer API key, JSON in and out, an
 * Idempotency-Key on creation, and the failures a test plans (see Faults):
 * - `POST /v1/payments` {amount, currency, reference, description, returnUrl, notifyUrl,
 *   locale?} →
 *   201 the payment with its `redirectUrl` (the hosted page) | 400 invalid_request
 * - `GET /v1/payments/:id` → 200 the payment | 404 payment_not_found
 */
export function paymentsApi(deps: {
  ledger: PaymentLedger;
  faults: Faults<PaymentOperation>;
  hangs: Hangs;
  apiKey: string;
  /** The hosted page of a payment, for the answer to the request that opened it. */
  pageOf: (id: string, origin: string, locale: Locale) => string;
}) {
  const { ledger } = deps;

  return async function api(app: FastifyInstance) {
    app.addHook('onRequest', requireApiKey(deps.apiKey));

    app.post('/v1/payments', async (request, reply) =>
      answerCall(deps, 'create', reply, () => {
        const key = request.headers['idempotency-key'];
        if (key !== undefined && !isText(key, 255)) return invalid('Idempotency-Key');
        const asked = paymentRequest(request.body);
        if (typeof asked === 'string') return invalid(asked);
        const origin = `${request.protocol}://${request.host}`;
        return ledger.create(key, asked, (id) => deps.pageOf(id, origin, asked.locale));
      }),
    );

    app.get<{ Params: { id: string } }>('/v1/payments/:id', async (request, reply) =>
      answerCall(deps, 'status', reply, () => {
        const payment = ledger.get(request.params.id);
        return payment
          ? { status: 200, body: payment }
          : { status: 404, body: { code: 'payment_not_found' } };
      }),
    );
  };
}

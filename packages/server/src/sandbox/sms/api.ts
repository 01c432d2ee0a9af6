import type { FastifyInstance } from 'fastify';
import { isSenderId } from '../../sms/sender-id.js';
import type { Faults, Hangs } from '../faults.js';
import { answerCall, field, invalid, isText, requireApiKey } from '../http.js';
import type { Inbox } from './inbox.js';

/** The calls of the API, as tests name them to make one of them fail. */
export type SmsOperation = 'send';

// as a gateway refuses a number no network serves: asking again is no use
const refusedNumber = { status: 400, body: { code: 'unreachable_number', field: 'to' } };

const isPhone = (value: unknown): value is string =>
  typeof value === 'string' && /^\+[1-9]\d{6,14}$/.test(value);

/**
 * The gateway's HTTP API, as a real one behaves: a Bearer API key, JSON in and out, an
 * Idempotency-Key on every message, and the failures a test plans (see Faults):
 * - `POST /v1/messages` {to, from, text} → 201 the message | 400 invalid_request (`from`
 *   too is refused unless a sender ID gateways take: isSenderId) | 400 unreachable_number
 *   for a phone a test made unreachable; the same key gets the same answer (one message),
 *   with another body 422 idempotency_key_reused
 */
export function smsApi(deps: {
  inbox: Inbox;
  /** The phones it refuses to send to. */
  unreachable: ReadonlySet<string>;
  faults: Faults<SmsOperation>;
  hangs: Hangs;
  apiKey: string;
}) {
  return async function api(app: FastifyInstance) {
    app.addHook('onRequest', requireApiKey(deps.apiKey));

    app.post('/v1/messages', async (request, reply) =>
      answerCall(deps, 'send', reply, () => {
        const key = request.headers['idempotency-key'];
        const to = field(request.body, 'to');
        const from = field(request.body, 'from');
        const text = field(request.body, 'text');
        if (!isText(key, 255)) return invalid('Idempotency-Key');
        if (!isPhone(to)) return invalid('to');
        if (typeof from !== 'string' || !isSenderId(from)) return invalid('from');
        if (!isText(text, 1600)) return invalid('text');
        if (deps.unreachable.has(to)) return refusedNumber;
        return deps.inbox.send(key, { to, from, text });
      }),
    );
  };
}

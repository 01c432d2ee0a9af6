import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Faults, Hangs } from './faults.js';

/** An HTTP answer of a sandbox's API: its status and JSON body. */
export interface Answer {
  status: number;
  body: object;
}

/** 400 invalid_request naming the field, as the sandboxes refuse what is not their API's. */
export const invalid = (field: string): Answer => ({
  status: 400,
  body: { code: 'invalid_request', field },
});

/** A field of a request's JSON body; undefined when the body is no object. */
export const field = (body: unknown, name: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;

export const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** An onRequest hook: 401 unless `Authorization: Bearer <the API key>`, compared in constant time. */
export const requireApiKey =
  (apiKey: string) => async (request: FastifyRequest, reply: FastifyReply) => {
    const [scheme, key] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !key || !sameSecret(key, apiKey)) {
      return reply.code(401).send({ code: 'unauthorized' });
    }
  };

/**
 * Answers a call of a sandbox's API: with the failure a test planned for it (see Faults),
 * else with what `work` answers (a replay of an Idempotency-Key says so in a header).
 */
export async function answerCall<Operation extends string>(
  deps: { faults: Faults<Operation>; hangs: Hangs },
  operation: Operation,
  reply: FastifyReply,
  work: () => Answer & { replayed?: boolean },
) {
  const fault = deps.faults.take(operation);
  if (fault?.kind === 'error') return reply.code(503).send({ code: 'unavailable' });
  if (fault?.kind === 'slow') await deps.hangs.delay(fault.delayMs);
  else if (fault) {
    if (fault.kind === 'lost') work();
    return deps.hangs.hangUp(reply);
  }
  const answer = work();
  if (answer.replayed) reply.header('idempotent-replayed', 'true');
  return reply.code(answer.status).send(answer.body);
}

/**
 * The answers given per Idempotency-Key, as a provider keeps them: the same request under a
 * key gets the first answer again (a refusal too), another request under it is refused.
 */
export class KeyedAnswers {
  private readonly keys = new Map<string, { asked: string; answer: Answer }>();

  /** The answer to `asked` under the key; `work` runs only for a key not seen (or none). */
  answer(
    key: string | undefined,
    asked: unknown,
    work: () => Answer,
  ): Answer & { replayed: boolean } {
    const request = JSON.stringify(asked);
    const seen = key === undefined ? undefined : this.keys.get(key);
    if (seen) {
      if (seen.asked !== request) {
        return { status: 422, body: { code: 'idempotency_key_reused' }, replayed: false };
      }
      return { ...seen.answer, replayed: true };
    }
    const answer = work();
    if (key !== undefined) this.keys.set(key, { asked: request, answer });
    return { ...answer, replayed: false };
  }
}

// A client for the registration stories: signed out, its pretend server texts no one — the
// code is always `storyCode` — and matches one owner by account number and name.
import {
  createAtriumClient,
  type AtriumClient,
  type RegistrationCodeSent,
  type RegistrationInput,
  type RegistrationOutcome,
} from '@atrium/sdk';
import { json, problem, storyFetch } from './story-client.js';

/** The code every SMS of the stories carries. */
export const storyCode = '493817';
/** The owner the pretend directory matches: flat 12's account and its one owner's name. */
export const storyOwner = { name: 'Anna Nowak', accountNumber: 'LES5-012' };

/** How the pretend server answers a request for a code. */
export type CodeAnswer = 'ok' | 'too-many-attempts' | 'provider-unavailable';

/** How the pretend server answers; every answer defaults to `ok`. */
export interface RegistrationStoryServer {
  /** The answers to the code requests in turn, the last one repeated. */
  codes?: CodeAnswer[];
}

function codeAnswer(answer: CodeAnswer): Response {
  if (answer === 'too-many-attempts')
    return problem(429, 'too_many_attempts', { retryAfter: 2400 });
  if (answer === 'provider-unavailable') {
    // The wait in the header only, as a gateway's refusal passed on may carry it.
    const refused = problem(503, 'provider_unavailable');
    refused.headers.set('retry-after', '10');
    return refused;
  }
  return json(202, { expiresIn: 600 } satisfies RegistrationCodeSent);
}

async function registered(request: Request): Promise<Response> {
  const input = (await request.json()) as RegistrationInput;
  if (input.code !== storyCode) {
    return problem(400, 'validation_failed', {
      errors: [{ field: 'code', code: 'invalid_value', message: 'invalid_value' }],
    });
  }
  const matched =
    input.accountNumber === storyOwner.accountNumber && input.name === storyOwner.name;
  return json(201, { status: matched ? 'attached' : 'pending' } satisfies RegistrationOutcome);
}

/** A signed-out client whose pretend server answers the two steps of registration. */
export function registrationStoryClient(server: RegistrationStoryServer = {}): AtriumClient {
  const codes = [...(server.codes ?? ['ok'])];
  const common = storyFetch({});
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname.replace(/^\/t\/demo/, '');
    const route = `${request.method} ${path}`;
    if (route === 'POST /registration-codes') {
      return codeAnswer((codes.length > 1 ? codes.shift() : codes[0]) ?? 'ok');
    }
    if (route === 'POST /registrations') return registered(request);
    return common(request);
  };
  return createAtriumClient({
    baseUrl: 'https://demo.invalid',
    tenant: 'demo',
    fetch,
    retry: { limit: 0 },
  });
}

import type { CallOptions } from './auth.js';
import type { Send } from './http.js';
import type {
  Registration,
  RegistrationApproval,
  RegistrationCodeRequest,
  RegistrationCodeSent,
  RegistrationInput,
  RegistrationOutcome,
  RegistrationPage,
  RegistrationRejection,
  RegistrationsQuery,
} from './types.js';

/** Self-registration by phone (DIR-5): the person's two steps and the managers' decisions. */
export interface RegistrationsApi {
  /** Sends a one-time code to the phone by SMS. */
  requestCode(body: RegistrationCodeRequest, opts?: CallOptions): Promise<RegistrationCodeSent>;
  /** Registers with the code: attached at once when matched, else pending for a manager. */
  register(body: RegistrationInput, opts?: CallOptions): Promise<RegistrationOutcome>;
  /** One page of requests, newest first (managers, directors). */
  list(query?: RegistrationsQuery, opts?: CallOptions): Promise<RegistrationPage>;
  /** Approves a pending request, linking the person to a unit. */
  approve(
    registrationId: string,
    body: RegistrationApproval,
    opts?: CallOptions,
  ): Promise<Registration>;
  /** Rejects a pending request; the person is told, with the reason if given. */
  reject(
    registrationId: string,
    body: RegistrationRejection,
    opts?: CallOptions,
  ): Promise<Registration>;
}

// None is retried on its own: each sends an SMS, or decides once (a repeat is a 409).
export function createRegistrations(send: Send): RegistrationsApi {
  return {
    requestCode: (body, opts) =>
      send({ method: 'post', path: '/registration-codes', json: body, signal: opts?.signal }),

    register: (body, opts) =>
      send({ method: 'post', path: '/registrations', json: body, signal: opts?.signal }),

    list: (query, opts) =>
      send({ method: 'get', path: '/registrations', query, auth: true, signal: opts?.signal }),

    approve: (registrationId, body, opts) =>
      send({
        method: 'post',
        path: '/registrations/{registrationId}/approval',
        pathParams: { registrationId },
        json: body,
        auth: true,
        signal: opts?.signal,
      }),

    reject: (registrationId, body, opts) =>
      send({
        method: 'post',
        path: '/registrations/{registrationId}/rejection',
        pathParams: { registrationId },
        json: body,
        auth: true,
        signal: opts?.signal,
      }),
  };
}

import type { CallOptions } from './auth.js';
import type { Send } from './http.js';
import type {
  EmailChangeRequest,
  EmailConfirmation,
  NotificationKind,
  NotificationPreference,
  NotificationSettingInput,
  OccupantsDeclaration,
  Profile,
  ProfileChange,
  ProfileUnit,
} from './types.js';

/** The signed-in person's own profile (FIN-4, NOTE-1). */
export interface ProfileApi {
  get(opts?: CallOptions): Promise<Profile>;
  /** Changes the name, phone or language sent; `phone: null` clears it. */
  update(body: ProfileChange, opts?: CallOptions): Promise<Profile>;
  /** Asks to change the e-mail: the new address gets a link to confirm it. */
  requestEmailChange(body: EmailChangeRequest, opts?: CallOptions): Promise<Profile>;
  /** Confirms a new e-mail with the token from the link; needs no sign-in. */
  confirmEmailChange(body: EmailConfirmation, opts?: CallOptions): Promise<void>;
  /** Declares how many people live in one of the person's units. */
  declareOccupants(
    unitId: string,
    body: OccupantsDeclaration,
    opts?: CallOptions,
  ): Promise<ProfileUnit>;
  /** Sets the person's own setting of a kind of notification. */
  setNotification(
    kind: NotificationKind,
    body: NotificationSettingInput,
    opts?: CallOptions,
  ): Promise<NotificationPreference>;
}

export function createProfile(send: Send): ProfileApi {
  return {
    get: (opts) => send({ method: 'get', path: '/me/profile', auth: true, signal: opts?.signal }),

    // PATCH and PUT set values: the same again changes nothing, so they are retried.
    update: (body, opts) =>
      send({ method: 'patch', path: '/me/profile', json: body, auth: true, signal: opts?.signal }),

    // Not retried on its own: each request mails a fresh link and voids the earlier.
    requestEmailChange: (body, opts) =>
      send({
        method: 'post',
        path: '/me/email-change',
        json: body,
        auth: true,
        signal: opts?.signal,
      }),

    confirmEmailChange: (body, opts) =>
      send({ method: 'post', path: '/email-confirmations', json: body, signal: opts?.signal }),

    declareOccupants: (unitId, body, opts) =>
      send({
        method: 'put',
        path: '/me/units/{unitId}/occupants',
        pathParams: { unitId },
        json: body,
        auth: true,
        signal: opts?.signal,
      }),

    setNotification: (kind, body, opts) =>
      send({
        method: 'put',
        path: '/me/notification-settings/{kind}',
        pathParams: { kind },
        json: body,
        auth: true,
        signal: opts?.signal,
      }),
  };
}

import type { RegistrationOutcome } from '@atrium/sdk';

export interface RegistrationDetail {
  /** `attached`: a link to set the password is on its way by e-mail; `pending`: a manager decides. */
  status: RegistrationOutcome['status'];
}

/**
 * Someone registered here (DIR-5). Bubbles out of shadow roots, so the page can follow: point
 * an attached person to the sign-in, or tell what happens next in its own words.
 */
export class AtriumRegistrationEvent extends CustomEvent<RegistrationDetail> {
  constructor(detail: RegistrationDetail) {
    super('atrium-registration', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'atrium-registration': AtriumRegistrationEvent;
  }
}

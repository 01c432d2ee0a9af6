import type { Profile } from '@atrium/sdk';

export interface ProfileUpdatedDetail {
  /** The profile as the server has it now. */
  profile: Profile;
}

/**
 * The person saved their name, phone or language. Bubbles out of shadow roots, so the page
 * can follow: show the new name in its header, switch the portal to the language chosen.
 */
export class AtriumProfileUpdatedEvent extends CustomEvent<ProfileUpdatedDetail> {
  constructor(detail: ProfileUpdatedDetail) {
    super('atrium-profile-updated', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'atrium-profile-updated': AtriumProfileUpdatedEvent;
  }
}

import type { NotificationKind } from '@atrium/sdk';
import { notificationKinds } from '../notifications/rules.js';
import { isStaff, type Viewer } from '../people/viewer.js';

// Who each kind can reach (NotificationKind in the contract): a new kind fails to compile
// here until someone decides.
const reaches: Record<NotificationKind, (viewer: Viewer) => boolean> = {
  // tickets are reported for one's unit, as its owner or resident (TKT-1)
  ticket_updates: (viewer) => viewer.unitIds.length > 0,
  // staff are the ones who may be marked to receive registrations (DIR-5)
  registration_requests: isStaff,
};

/** The kinds of notification that can reach the person, in the contract's order. */
export const kindsFor = (viewer: Viewer): NotificationKind[] =>
  notificationKinds.filter((kind) => reaches[kind](viewer));

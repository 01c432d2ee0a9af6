import type { NotificationKind, NotificationSetting } from '@atrium/sdk';
import { schemaOf } from '../contract/spec.js';

/** Every kind of notification, in the contract's order, as lists and profiles show them. */
export const notificationKinds = schemaOf<{ enum: NotificationKind[] }>('NotificationKind').enum;

/** NOTE-1: the person's explicit setting, else the company's, else send. */
export function sends(mine: NotificationSetting, company: NotificationSetting): boolean {
  const explicit = mine === 'unset' ? company : mine;
  return explicit !== 'dont_send';
}

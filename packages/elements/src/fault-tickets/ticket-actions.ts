import type { TicketDetail, TicketStatus } from '@atrium/sdk';
import type { TicketChange } from '../events/atrium-ticket-updated.js';

/** Told when an action changed the ticket; `detail` is the ticket as the server answered. */
export type OnTicketChanged = (detail: TicketDetail, change: TicketChange) => void;

/** Answers meaning the ticket moved on meanwhile: the one on screen is out of date. */
export const staleCodes: ReadonlySet<string> = new Set([
  'invalid_transition',
  'reopen_period_over',
]);

/** Statuses that take no more comments (the contract's `addTicketComment`: closed or rejected). */
export const finalStatuses: readonly TicketStatus[] = ['closed', 'rejected'];

import type { TicketStatus } from './types.js';

// The staff's moves, exactly as the contract's changeTicketStatus states them (TKT-1).
const moves: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['accepted', 'in_progress', 'rejected'],
  accepted: ['in_progress', 'waiting_for_resident', 'resolved', 'rejected'],
  in_progress: ['waiting_for_resident', 'resolved'],
  waiting_for_resident: ['in_progress', 'resolved', 'closed'],
  resolved: ['closed'],
  closed: [],
  rejected: [],
};

export const canMove = (from: TicketStatus, to: TicketStatus) => moves[from].includes(to);

/** Where staff may move a ticket from `from`. */
export const movesFrom = (from: TicketStatus): readonly TicketStatus[] => moves[from];

/** A closed or rejected ticket takes no comment and no change any more. */
export const isFinished = (status: TicketStatus) => status === 'closed' || status === 'rejected';

/** Where a resident's comment takes a ticket: one waiting for them goes back to work. */
export const afterResidentComment = (status: TicketStatus): TicketStatus | null =>
  status === 'waiting_for_resident' ? 'in_progress' : null;

/** A resolved ticket reopened by its residents is accepted again. */
export const reopenedFrom: TicketStatus = 'resolved';
export const reopenedTo: TicketStatus = 'accepted';

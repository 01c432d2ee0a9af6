import type { BookingStatus, ClientStatus } from './types.js';

/** The status a client or an owner sees (BKG-2). */
export function clientStatusOf(status: BookingStatus): ClientStatus {
  switch (status) {
    case 'confirmed_to_client':
      return 'booked';
    case 'cancelled_with_penalty':
      return 'cancelled';
    case 'reposting':
      return 'completed';
    default:
      return status;
  }
}

// BKG-2's moves, as the contract's changeBooking states them; cancelling has its own route.
const transitions: Record<BookingStatus, readonly BookingStatus[]> = {
  new: ['accepted', 'refused'],
  accepted: ['confirmed_to_client', 'booked', 'refused'],
  confirmed_to_client: ['booked', 'changed'],
  booked: ['changed', 'completed'],
  changed: ['booked', 'confirmed_to_client'],
  completed: ['reposting'],
  reposting: ['completed'],
  cancelled: [],
  cancelled_with_penalty: [],
  refused: [],
};

export const canMove = (from: BookingStatus, to: BookingStatus) =>
  from === to || transitions[from].includes(to);

/** Statuses a booking may be cancelled from: it still stands and its stay is not over. */
export const cancellable: readonly BookingStatus[] = [
  'new',
  'accepted',
  'confirmed_to_client',
  'booked',
  'changed',
];

/** Bookings that hold their unit's nights: none that was refused or cancelled. */
export const holdsNights = (status: BookingStatus) =>
  !['refused', 'cancelled', 'cancelled_with_penalty'].includes(status);

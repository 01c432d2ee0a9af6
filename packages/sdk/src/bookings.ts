import type { CallOptions } from './auth.js';
import type { Send } from './http.js';
import type {
  Booking,
  BookingChange,
  BookingInput,
  BookingPage,
  BookingsQuery,
  CancellationInput,
  OwnerStayPage,
  OwnerStaysQuery,
} from './types.js';

/** Bookings with their services and guests (BKG-1, BKG-2); owners see their units' stays. */
export interface BookingsApi {
  /** One page of the tenant's bookings, newest first (managers). */
  list(query?: BookingsQuery, opts?: CallOptions): Promise<BookingPage>;
  /** Creates a booking (managers); retried safely under one Idempotency-Key. */
  create(body: BookingInput, opts?: CallOptions): Promise<Booking>;
  /** One booking (managers). */
  get(bookingId: string, opts?: CallOptions): Promise<Booking>;
  /** Changes what `change` names; status moves only along BKG-2's transitions (managers). */
  change(bookingId: string, change: BookingChange, opts?: CallOptions): Promise<Booking>;
  /** Cancels, with a penalty above zero or without (OWN-6; managers). */
  cancel(bookingId: string, body: CancellationInput, opts?: CallOptions): Promise<Booking>;
  /** One page of the stays in the signed-in owner's units, without personal data. */
  listOwnerStays(query?: OwnerStaysQuery, opts?: CallOptions): Promise<OwnerStayPage>;
}

export function createBookings(send: Send): BookingsApi {
  return {
    list: (query, opts) =>
      send({ method: 'get', path: '/bookings', query, auth: true, signal: opts?.signal }),

    create: (body, opts) =>
      send({
        method: 'post',
        path: '/bookings',
        json: body,
        auth: true,
        idempotencyKey: true,
        signal: opts?.signal,
      }),

    get: (bookingId, opts) =>
      send({
        method: 'get',
        path: '/bookings/{bookingId}',
        pathParams: { bookingId },
        auth: true,
        signal: opts?.signal,
      }),

    // A PATCH without Idempotency-Key, so never retried: a status step replayed after a lost
    // answer would be refused as an invalid transition although it was made.
    change: (bookingId, change, opts) =>
      send({
        method: 'patch',
        path: '/bookings/{bookingId}',
        pathParams: { bookingId },
        json: change,
        auth: true,
        signal: opts?.signal,
      }),

    cancel: (bookingId, body, opts) =>
      send({
        method: 'post',
        path: '/bookings/{bookingId}/cancellation',
        pathParams: { bookingId },
        json: body,
        auth: true,
        idempotencyKey: true,
        signal: opts?.signal,
      }),

    listOwnerStays: (query, opts) =>
      send({ method: 'get', path: '/owner/bookings', query, auth: true, signal: opts?.signal }),
  };
}

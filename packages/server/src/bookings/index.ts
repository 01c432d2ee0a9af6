// Bookings (BKG-1, BKG-2), registered inside the `/t/:tenant` scope.
export { bookings } from './routes.js';

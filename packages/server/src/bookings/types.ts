import type { components } from '@atrium/sdk';

type Schemas = components['schemas'];
export type Booking = Schemas['Booking'];
export type BookingStatus = Schemas['BookingStatus'];
export type ClientStatus = Schemas['ClientStatus'];
export type BookingInput = Schemas['BookingInput'];
export type BookingChange = Schemas['BookingChange'];
export type AccommodationInput = Schemas['AccommodationInput'];
export type ExtraServiceInput = Schemas['ExtraServiceInput'];
export type CancellationInput = Schemas['CancellationInput'];
export type Customer = Schemas['Customer'];
export type OwnerStay = Schemas['OwnerStay'];

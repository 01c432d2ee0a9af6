-- Bookings of an apart-hotel (BKG-1, BKG-2): a booking holds accommodations (a unit, dates,
-- one rate per night, guests) and extra services. Money is bigint minor units.
ALTER TABLE tenants
  ADD COLUMN booking_prefix text NOT NULL DEFAULT 'BK' CHECK (booking_prefix ~ '^[A-Z0-9]{1,6}$');

-- The last booking number given per tenant and year: NA-2026-000142.
CREATE TABLE booking_counters (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  year integer NOT NULL,
  last_number integer NOT NULL,
  PRIMARY KEY (tenant_id, year)
);

CREATE TABLE bookings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  number text NOT NULL,
  status text NOT NULL CHECK (status IN ('new', 'accepted', 'confirmed_to_client', 'booked',
    'changed', 'cancelled', 'cancelled_with_penalty', 'completed', 'refused', 'reposting')),
  customer_name text NOT NULL CHECK (customer_name <> ''),
  customer_email text,
  customer_phone text,
  cancelled_at timestamptz,
  penalty bigint NOT NULL DEFAULT 0 CHECK (penalty >= 0),
  -- OWN-6: a penalty the hotel charges is owner turnover, the operator's counts nowhere
  penalty_charged_by text CHECK (penalty_charged_by IN ('hotel', 'operator')),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (tenant_id, id),
  UNIQUE (tenant_id, number),
  CHECK ((status IN ('cancelled', 'cancelled_with_penalty')) = (cancelled_at IS NOT NULL)),
  CHECK ((status = 'cancelled_with_penalty') = (penalty > 0)),
  CHECK ((penalty > 0) = (penalty_charged_by IS NOT NULL))
);
CREATE INDEX bookings_newest ON bookings (tenant_id, created_at DESC, id DESC);

CREATE TABLE booking_accommodations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  booking_id uuid NOT NULL,
  position smallint NOT NULL,
  unit_id uuid NOT NULL,
  check_in date NOT NULL,
  check_out date NOT NULL,
  -- a stay cut short: the day the guests left (OWN-6)
  departed_on date,
  guests jsonb NOT NULL CHECK (jsonb_typeof(guests) = 'array'),
  UNIQUE (booking_id, position),
  FOREIGN KEY (tenant_id, booking_id) REFERENCES bookings (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  CHECK (check_out > check_in),
  CHECK (departed_on IS NULL OR (departed_on > check_in AND departed_on < check_out))
);
CREATE INDEX booking_accommodations_booking ON booking_accommodations (booking_id);
CREATE INDEX booking_accommodations_unit ON booking_accommodations (unit_id, check_in);
CREATE INDEX booking_accommodations_check_in ON booking_accommodations (tenant_id, check_in);

CREATE TABLE booking_night_rates (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  accommodation_id uuid NOT NULL REFERENCES booking_accommodations (id) ON DELETE CASCADE,
  night date NOT NULL,
  amount bigint NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (accommodation_id, night)
);
-- the snapshot job reads one day of the whole tenant (src/stats/snapshot.ts)
CREATE INDEX booking_night_rates_night ON booking_night_rates (tenant_id, night)
  INCLUDE (accommodation_id, amount);

CREATE TABLE booking_extras (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  booking_id uuid NOT NULL,
  position smallint NOT NULL,
  kind text NOT NULL CHECK (kind IN ('transfer', 'other')),
  title text NOT NULL CHECK (title <> ''),
  service_date date NOT NULL,
  amount bigint NOT NULL CHECK (amount >= 0),
  UNIQUE (booking_id, position),
  FOREIGN KEY (tenant_id, booking_id) REFERENCES bookings (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX booking_extras_service_date ON booking_extras (tenant_id, service_date);

SELECT atrium_protect('booking_counters');
SELECT atrium_protect('bookings');
SELECT atrium_protect('booking_accommodations');
SELECT atrium_protect('booking_night_rates');
SELECT atrium_protect('booking_extras');

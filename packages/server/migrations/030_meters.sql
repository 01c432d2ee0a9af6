-- Meters and residents' readings (MTR-1, MTR-2). Values are exact decimals of at most 9
-- whole and 3 fraction digits; a period is a month, stored as its first day.
ALTER TABLE tenants
  -- the monthly submission window, in the tenant's time zone; a day past the month's end
  -- means its last day
  ADD COLUMN meter_window_opens_day smallint NOT NULL DEFAULT 20
    CHECK (meter_window_opens_day BETWEEN 1 AND 31),
  ADD COLUMN meter_window_closes_day smallint NOT NULL DEFAULT 25
    CHECK (meter_window_closes_day BETWEEN 1 AND 31),
  -- an implausible jump: over factor × the largest (or the average) monthly consumption
  ADD COLUMN meter_jump_rule text NOT NULL DEFAULT 'largest'
    CHECK (meter_jump_rule IN ('largest', 'average')),
  ADD COLUMN meter_jump_factor numeric(6, 2) NOT NULL DEFAULT 3 CHECK (meter_jump_factor > 1),
  ADD CONSTRAINT tenants_meter_window CHECK (meter_window_closes_day >= meter_window_opens_day);

-- A meter keeps its place in the unit; a replacement changes the device's columns.
CREATE TABLE meters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  unit_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('cold_water', 'hot_water', 'electricity_day',
    'electricity_night', 'heat', 'gas')),
  serial_number text NOT NULL CHECK (serial_number <> '' AND length(serial_number) <= 64),
  measure text NOT NULL CHECK (measure IN ('m3', 'kWh', 'Gcal', 'GJ')),
  digits smallint NOT NULL CHECK (digits BETWEEN 1 AND 9),
  decimals smallint NOT NULL CHECK (decimals BETWEEN 0 AND 3),
  installed_on date NOT NULL,
  verification_due_on date NOT NULL CHECK (verification_due_on >= installed_on),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id)
);
CREATE INDEX meters_unit ON meters (tenant_id, unit_id);

-- `initial` is the value a device was installed with (recorded by staff), `reading` a
-- resident's. A reading sent again in its window supersedes the earlier one, which stays.
-- base_id is the reading it was checked against and consumption the use since that one,
-- fixed when it was accepted (a later replacement changes the meter's digits).
CREATE TABLE meter_readings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  meter_id uuid NOT NULL,
  period date NOT NULL CHECK (extract(day FROM period) = 1),
  kind text NOT NULL CHECK (kind IN ('reading', 'initial')),
  value numeric(12, 3) NOT NULL CHECK (value >= 0),
  rollover boolean NOT NULL DEFAULT false,
  base_id uuid,
  consumption numeric(12, 3) CHECK (consumption >= 0),
  flagged boolean NOT NULL DEFAULT false,
  comment text CHECK (comment <> '' AND length(comment) <= 500),
  submitted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  submitted_by uuid,
  superseded_at timestamptz,
  superseded_by uuid,
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, meter_id) REFERENCES meters (tenant_id, id),
  FOREIGN KEY (tenant_id, base_id) REFERENCES meter_readings (tenant_id, id),
  FOREIGN KEY (tenant_id, submitted_by) REFERENCES people (tenant_id, id)
    ON DELETE SET NULL (submitted_by),
  -- the replacement is written after the row it supersedes is marked
  FOREIGN KEY (tenant_id, superseded_by) REFERENCES meter_readings (tenant_id, id)
    DEFERRABLE INITIALLY DEFERRED,
  CHECK ((superseded_at IS NULL) = (superseded_by IS NULL)),
  CHECK (superseded_by <> id AND base_id <> id),
  CHECK ((base_id IS NULL) = (consumption IS NULL)),
  CHECK (NOT rollover OR base_id IS NOT NULL),
  CHECK (kind = 'reading' OR (base_id IS NULL AND NOT flagged AND superseded_at IS NULL)),
  -- a reading accepted as an implausible jump carries the resident's explanation
  CHECK (NOT flagged OR comment IS NOT NULL)
);
-- at most one current reading of a meter per period
CREATE UNIQUE INDEX meter_readings_current ON meter_readings (meter_id, period)
  WHERE kind = 'reading' AND superseded_at IS NULL;
CREATE INDEX meter_readings_history ON meter_readings (meter_id, submitted_at DESC, id DESC);
-- the managers' review of a period (src/meters/routes/review.ts)
CREATE INDEX meter_readings_period ON meter_readings (tenant_id, period)
  WHERE kind = 'reading' AND superseded_at IS NULL;

SELECT atrium_protect('meters');
SELECT atrium_protect('meter_readings');

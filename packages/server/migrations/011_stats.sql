-- Monthly statistics of owners' units (OWN-2, OWN-3): a daily snapshot per unit, rolled up
-- per month once the month's last day is in. Owners read only these tables, never bookings.
ALTER TABLE tenants
  ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC',
  -- yesterday's figures are saved at this local time today (OWN-3)
  ADD COLUMN stats_snapshot_time time NOT NULL DEFAULT '16:00';

CREATE TABLE stats_daily (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  unit_id uuid NOT NULL,
  day date NOT NULL,
  night_sold smallint NOT NULL CHECK (night_sold IN (0, 1)),
  accommodation_revenue bigint NOT NULL,
  extras_revenue bigint NOT NULL,
  penalty_revenue bigint NOT NULL,
  PRIMARY KEY (unit_id, day),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id)
);
-- a month's roll-up reads every unit's days of that month
CREATE INDEX stats_daily_day ON stats_daily (tenant_id, day);

CREATE TABLE stats_monthly (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  unit_id uuid NOT NULL,
  -- the first day of the month
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  nights_available integer NOT NULL,
  nights_sold integer NOT NULL,
  accommodation_revenue bigint NOT NULL,
  extras_revenue bigint NOT NULL,
  penalty_revenue bigint NOT NULL,
  PRIMARY KEY (unit_id, month),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id)
);

-- The days whose snapshot has run: the scheduler's to-do list is what is missing here.
CREATE TABLE stats_snapshot_days (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  day date NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (tenant_id, day)
);

SELECT atrium_protect('stats_daily');
SELECT atrium_protect('stats_monthly');
SELECT atrium_protect('stats_snapshot_days');

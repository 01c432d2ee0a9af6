-- Fault tickets (TKT-1): a resident reports a fault in a unit or a common area with up to
-- five photos; staff move it through its statuses; every step is a timeline event.
ALTER TABLE tenants
  ADD COLUMN ticket_reopen_days smallint NOT NULL DEFAULT 14
    CHECK (ticket_reopen_days BETWEEN 0 AND 365);

-- The last ticket number given per tenant: tickets are quoted as №1042.
CREATE TABLE ticket_counters (
  tenant_id uuid PRIMARY KEY REFERENCES tenants (id),
  last_number integer NOT NULL CHECK (last_number > 0)
);

CREATE TABLE tickets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  number integer NOT NULL CHECK (number > 0),
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'accepted', 'in_progress',
    'waiting_for_resident', 'resolved', 'closed', 'rejected')),
  category text NOT NULL CHECK (category IN ('plumbing', 'electrical', 'heating', 'ventilation',
    'lift', 'doors_and_locks', 'cleaning', 'other')),
  place text NOT NULL CHECK (place IN ('unit', 'common_area')),
  location text CHECK (location <> '' AND length(location) <= 200),
  unit_id uuid NOT NULL,
  description text NOT NULL CHECK (length(description) BETWEEN 10 AND 4000),
  contact_time text NOT NULL DEFAULT 'any_time'
    CHECK (contact_time IN ('any_time', 'morning', 'afternoon', 'evening')),
  reporter_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  -- when it became resolved; the days to reopen it count from here
  resolved_at timestamptz,
  UNIQUE (tenant_id, id),
  UNIQUE (tenant_id, number),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  FOREIGN KEY (tenant_id, reporter_id) REFERENCES people (tenant_id, id),
  CHECK (place = 'unit' OR location IS NOT NULL),
  CHECK ((status = 'resolved') = (resolved_at IS NOT NULL))
);
CREATE INDEX tickets_newest ON tickets (tenant_id, created_at DESC, id DESC);
CREATE INDEX tickets_unit ON tickets (tenant_id, unit_id);
CREATE INDEX tickets_reporter ON tickets (tenant_id, reporter_id);

-- The timeline. `created` leads to `new`; a status change or a reopening names both
-- statuses; only a comment may be internal (staff only, never shown to residents).
CREATE TABLE ticket_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  ticket_id uuid NOT NULL,
  -- the order events happened in, even within one transaction
  seq bigint GENERATED ALWAYS AS IDENTITY,
  kind text NOT NULL CHECK (kind IN ('created', 'status_changed', 'comment', 'reopened')),
  author_id uuid NOT NULL,
  from_status text CHECK (from_status IN ('new', 'accepted', 'in_progress',
    'waiting_for_resident', 'resolved', 'closed', 'rejected')),
  to_status text CHECK (to_status IN ('new', 'accepted', 'in_progress',
    'waiting_for_resident', 'resolved', 'closed', 'rejected')),
  comment text CHECK (comment <> '' AND length(comment) <= 4000),
  internal boolean NOT NULL DEFAULT false,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  FOREIGN KEY (tenant_id, ticket_id) REFERENCES tickets (tenant_id, id),
  FOREIGN KEY (tenant_id, author_id) REFERENCES people (tenant_id, id),
  CHECK (kind <> 'created' OR (from_status IS NULL AND to_status = 'new')),
  CHECK (kind NOT IN ('status_changed', 'reopened')
         OR (from_status IS NOT NULL AND to_status IS NOT NULL AND from_status <> to_status)),
  CHECK (kind <> 'reopened' OR (from_status = 'resolved' AND to_status = 'accepted')),
  CHECK (kind <> 'comment' OR (from_status IS NULL AND to_status IS NULL AND comment IS NOT NULL)),
  CHECK (kind = 'comment' OR NOT internal)
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, seq);

-- Photos are PostgreSQL large objects (both engines have them). An upload is a draft of its
-- uploader (no ticket, an expiry) until a new ticket names it; a ticket holds at most five,
-- numbered 1..5 in the order they were named.
CREATE TABLE ticket_photos (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  ticket_id uuid,
  position smallint CHECK (position BETWEEN 1 AND 5),
  uploaded_by uuid NOT NULL,
  large_object oid NOT NULL UNIQUE,
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
  size integer NOT NULL CHECK (size BETWEEN 1 AND 10485760),
  file_name text CHECK (file_name <> '' AND length(file_name) <= 200),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  expires_at timestamptz,
  UNIQUE (ticket_id, position),
  FOREIGN KEY (tenant_id, ticket_id) REFERENCES tickets (tenant_id, id),
  FOREIGN KEY (tenant_id, uploaded_by) REFERENCES people (tenant_id, id),
  CHECK ((ticket_id IS NULL) = (position IS NULL)),
  CHECK ((ticket_id IS NULL) = (expires_at IS NOT NULL))
);
CREATE INDEX ticket_photos_drafts ON ticket_photos (expires_at) WHERE ticket_id IS NULL;

SELECT atrium_protect('ticket_counters');
SELECT atrium_protect('tickets');
SELECT atrium_protect('ticket_events');
SELECT atrium_protect('ticket_photos');

-- Owners' meetings (VOTE-1..3). A property's total area may be unknown (imported without
-- it); then no meeting can be opened for it (DIR-1).
ALTER TABLE properties ALTER COLUMN total_area DROP NOT NULL;

-- A meeting of a property's owners with its voting window and quorum. The property's total
-- area is copied when it is opened: every weight of the meeting is out of that figure.
CREATE TABLE meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  property_id uuid NOT NULL,
  title text NOT NULL CHECK (title <> '' AND length(title) <= 200),
  description text CHECK (description <> '' AND length(description) <= 4000),
  opens_at timestamptz NOT NULL,
  closes_at timestamptz NOT NULL,
  quorum_numerator integer NOT NULL,
  quorum_denominator integer NOT NULL,
  total_area numeric(12, 2) NOT NULL CHECK (total_area > 0),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  -- set once, when the results are computed after the close; they never change after
  results_frozen_at timestamptz,
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, property_id) REFERENCES properties (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES people (tenant_id, id),
  CHECK (closes_at > opens_at),
  CHECK (quorum_numerator BETWEEN 1 AND quorum_denominator AND quorum_denominator <= 1000),
  CHECK (results_frozen_at IS NULL OR results_frozen_at >= closes_at)
);
CREATE INDEX meetings_newest ON meetings (tenant_id, closes_at DESC, id DESC);
CREATE INDEX meetings_property ON meetings (tenant_id, property_id);
CREATE INDEX meetings_to_freeze ON meetings (closes_at) WHERE results_frozen_at IS NULL;

-- The agenda. The frozen result sits on the resolution: weights in square metres, exact,
-- for + against + abstain + not voted = the meeting's total area.
CREATE TABLE resolutions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  meeting_id uuid NOT NULL,
  number smallint NOT NULL CHECK (number BETWEEN 1 AND 50),
  title text NOT NULL CHECK (title <> '' AND length(title) <= 200),
  text text NOT NULL CHECK (text <> '' AND length(text) <= 20000),
  majority text NOT NULL CHECK (majority IN ('votes_cast', 'all_shares', 'qualified')),
  qualified_numerator integer,
  qualified_denominator integer,
  for_weight numeric(24, 10),
  against_weight numeric(24, 10),
  abstain_weight numeric(24, 10),
  not_voted_weight numeric(24, 10),
  quorum_reached boolean,
  passed boolean,
  UNIQUE (tenant_id, id),
  UNIQUE (tenant_id, meeting_id, id),
  UNIQUE (meeting_id, number),
  FOREIGN KEY (tenant_id, meeting_id) REFERENCES meetings (tenant_id, id),
  CHECK ((majority = 'qualified') = (qualified_numerator IS NOT NULL)),
  CHECK ((qualified_numerator IS NULL) = (qualified_denominator IS NULL)),
  CHECK (qualified_numerator BETWEEN 1 AND qualified_denominator
         AND qualified_denominator <= 1000),
  -- a result is all there or not at all
  CHECK (num_nulls(for_weight, against_weight, abstain_weight, not_voted_weight,
                   quorum_reached, passed) IN (0, 6)),
  CHECK (least(for_weight, against_weight, abstain_weight, not_voted_weight) >= 0),
  CHECK (quorum_reached OR NOT passed)
);

-- The roll of voters, fixed when the meeting is opened: each owner of each unit of the
-- property, with the unit's area and the owner's share. weight = area × share, exact.
CREATE TABLE meeting_roll (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  meeting_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  person_id uuid NOT NULL,
  unit_number text NOT NULL CHECK (unit_number <> ''),
  area numeric(10, 2) NOT NULL CHECK (area > 0),
  share numeric(9, 8) NOT NULL CHECK (share > 0 AND share <= 1),
  weight numeric(20, 10) GENERATED ALWAYS AS (area * share) STORED,
  PRIMARY KEY (meeting_id, unit_id, person_id),
  UNIQUE (tenant_id, meeting_id, unit_id, person_id),
  FOREIGN KEY (tenant_id, meeting_id) REFERENCES meetings (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id)
);
CREATE INDEX meeting_roll_person ON meeting_roll (tenant_id, person_id);

-- Every vote ever cast (VOTE-3): one per owner per unit per resolution counts, the one not
-- superseded; the earlier versions stay for audit with their time and author.
CREATE TABLE votes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  meeting_id uuid NOT NULL,
  resolution_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  person_id uuid NOT NULL,
  choice text NOT NULL CHECK (choice IN ('for', 'against', 'abstain')),
  cast_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  cast_by uuid NOT NULL,
  superseded_at timestamptz,
  -- the order votes were cast in, even within one transaction
  seq bigint GENERATED ALWAYS AS IDENTITY,
  FOREIGN KEY (tenant_id, meeting_id, unit_id, person_id)
    REFERENCES meeting_roll (tenant_id, meeting_id, unit_id, person_id),
  FOREIGN KEY (tenant_id, meeting_id, resolution_id)
    REFERENCES resolutions (tenant_id, meeting_id, id),
  FOREIGN KEY (tenant_id, cast_by) REFERENCES people (tenant_id, id),
  CHECK (superseded_at IS NULL OR superseded_at >= cast_at)
);
CREATE UNIQUE INDEX votes_counting ON votes (resolution_id, unit_id, person_id)
  WHERE superseded_at IS NULL;
CREATE INDEX votes_meeting ON votes (meeting_id, seq);

-- A resolution's papers, PDF large objects, attached while the meeting is scheduled. As for
-- ticket photos, the row (tenant checked, RLS on) is the only way to the bytes.
CREATE TABLE meeting_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  meeting_id uuid NOT NULL,
  resolution_id uuid NOT NULL,
  large_object oid NOT NULL UNIQUE,
  name text NOT NULL CHECK (name <> '' AND length(name) <= 200),
  size integer NOT NULL CHECK (size BETWEEN 1 AND 20971520),
  uploaded_by uuid NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  FOREIGN KEY (tenant_id, meeting_id, resolution_id)
    REFERENCES resolutions (tenant_id, meeting_id, id),
  FOREIGN KEY (tenant_id, uploaded_by) REFERENCES people (tenant_id, id)
);
CREATE INDEX meeting_documents_meeting ON meeting_documents (meeting_id, uploaded_at);

SELECT atrium_protect('meetings');
SELECT atrium_protect('resolutions');
SELECT atrium_protect('meeting_roll');
SELECT atrium_protect('votes');
SELECT atrium_protect('meeting_documents');

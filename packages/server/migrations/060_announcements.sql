-- Announcements (ANN-1, ORG-4): a notice with a visibility window and an audience: the whole
-- tenant, a group of properties (DIR-2) or one property, narrowed to roles if wished
-- (`{board_member}` alone is a board's internal notice). The body is the author's Markdown,
-- html its sanitised rendering, made when written by the rules numbered html_rules
-- (src/announcements/markdown.ts). Never deleted: setting visible_until takes one down.
CREATE TABLE announcements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  html text NOT NULL,
  -- rendered by older rules, it is rendered again when read
  html_rules integer NOT NULL,
  audience_scope text NOT NULL CHECK (audience_scope IN ('tenant', 'group', 'property')),
  group_id uuid,
  property_id uuid,
  -- null: everyone in the scope; else those holding one of the roles for a unit in it
  audience_roles text[] CHECK (
    cardinality(audience_roles) BETWEEN 1 AND 3
    AND audience_roles <@ ARRAY['owner', 'resident', 'board_member']
    AND array_position(audience_roles, NULL) IS NULL),
  visible_from timestamptz NOT NULL,
  visible_until timestamptz,
  author_id uuid NOT NULL,
  -- as the readers know the author when it was published
  author_role text NOT NULL CHECK (author_role IN ('manager', 'director', 'board_member')),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  -- who changed it last, if anyone
  updated_by uuid,
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, group_id) REFERENCES property_groups (tenant_id, id),
  FOREIGN KEY (tenant_id, property_id) REFERENCES properties (tenant_id, id),
  FOREIGN KEY (tenant_id, author_id) REFERENCES people (tenant_id, id),
  FOREIGN KEY (tenant_id, updated_by) REFERENCES people (tenant_id, id),
  CONSTRAINT announcements_group CHECK ((audience_scope = 'group') = (group_id IS NOT NULL)),
  CONSTRAINT announcements_property
    CHECK ((audience_scope = 'property') = (property_id IS NOT NULL)),
  CONSTRAINT announcements_window CHECK (visible_until > visible_from)
);
-- the list, newest first, and a board's own property's notices
CREATE INDEX announcements_newest ON announcements (tenant_id, visible_from DESC, id DESC);
CREATE INDEX announcements_property ON announcements (tenant_id, property_id)
  WHERE property_id IS NOT NULL;

-- Who has read what; marking again changes nothing.
CREATE TABLE announcement_reads (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  announcement_id uuid NOT NULL,
  person_id uuid NOT NULL,
  read_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (announcement_id, person_id),
  FOREIGN KEY (tenant_id, announcement_id) REFERENCES announcements (tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id)
);

SELECT atrium_protect('announcements');
SELECT atrium_protect('announcement_reads');

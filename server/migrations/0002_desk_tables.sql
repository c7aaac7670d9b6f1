-- The desk's tables, column for column where the desk's types fix a field; fields a table does not name yet
-- stay in `extra`, so a newer desk loses nothing. Derived tables (search index, facet counts) and per-desk
-- settings are not here: each desk rebuilds or keeps its own. Every row records the global log entry that
-- last wrote it (global_seq) and the desk it came from.
CREATE TABLE items (
  id text PRIMARY KEY,
  kind text,
  feeds text[],
  platform text,
  title text,
  content text,
  url text,
  account text,
  published_at timestamptz,
  reported_at timestamptz,
  captured_at timestamptz,
  region text,
  unit_id text,
  reporter_id text,
  metrics jsonb,
  tags text[],
  event_id text,
  assessment jsonb,
  status text,
  actions jsonb,
  not_opinion boolean,
  fingerprint text,
  simhash text,
  provenance jsonb,
  external_id text,
  root_external_id text,
  parent_external_id text,
  not_duplicate_of text[],
  merged_into text,
  created_at timestamptz,
  updated_at timestamptz,
  rev integer,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);
CREATE INDEX items_reported ON items (reported_at, id);
CREATE INDEX items_fingerprint ON items (fingerprint) WHERE fingerprint IS NOT NULL;
CREATE INDEX items_platform_external ON items (platform, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX items_event ON items (event_id) WHERE event_id IS NOT NULL;
CREATE INDEX items_tags ON items USING gin (tags);

CREATE TABLE spread_edges (
  id text PRIMARY KEY,
  from_item text,
  to_item text,
  type text,
  at timestamptz,
  note text,
  created_by text,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);
CREATE INDEX spread_edges_from ON spread_edges (from_item);
CREATE INDEX spread_edges_to ON spread_edges (to_item);

CREATE TABLE events (
  id text PRIMARY KEY,
  name text,
  description text,
  created_at timestamptz,
  updated_at timestamptz,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);

CREATE TABLE tags (
  path text PRIMARY KEY,
  color text,
  created_at timestamptz,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);

CREATE TABLE refutations (
  id text PRIMARY KEY,
  title text,
  publisher text,
  channel text,
  url text,
  published_at timestamptz,
  item_ids text[],
  created_at timestamptz,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);

CREATE TABLE units (
  id text PRIMARY KEY,
  name text,
  parent_id text,
  cadence text,
  cutoff text,
  active boolean,
  start_date date,
  registered_at timestamptz,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);

CREATE TABLE reporters (
  id text PRIMARY KEY,
  name text,
  unit_id text,
  role text,
  active boolean,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);
CREATE INDEX reporters_unit ON reporters (unit_id);

CREATE TABLE zero_reports (
  id text PRIMARY KEY,
  unit_id text,
  date date,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);
CREATE INDEX zero_reports_unit_date ON zero_reports (unit_id, date);

CREATE TABLE reports (
  id text PRIMARY KEY,
  series_id text,
  series_name text,
  year integer,
  number integer,
  date date,
  status text,
  heading jsonb,
  overview text,
  items jsonb,
  suggestions jsonb,
  stats jsonb,
  mask_accounts boolean,
  comments jsonb,
  withdrawal jsonb,
  signature jsonb,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);
CREATE UNIQUE INDEX reports_number ON reports (series_id, year, number);

-- One row per step of a report's chain (submitted, returned, approved, signed ...), in the order taken.
CREATE TABLE report_actions (
  id text PRIMARY KEY,
  report_id text NOT NULL,
  action text,
  from_status text,
  to_status text,
  by_person text,
  role text,
  at timestamptz,
  comment text,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);
CREATE INDEX report_actions_report ON report_actions (report_id, at);

CREATE TABLE import_batches (
  id text PRIMARY KEY,
  started_at timestamptz,
  finished_at timestamptz,
  state text,
  files text[],
  feed text,
  kind text,
  created_item_ids text[],
  merged_item_ids text[],
  counts jsonb,
  actor text,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);

CREATE TABLE mappings (
  id text PRIMARY KEY,
  name text,
  header_signature text,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);
CREATE INDEX mappings_header ON mappings (header_signature);

CREATE TABLE dictionaries (
  id text PRIMARY KEY,
  name text,
  kind text,
  entries jsonb,
  updated_at timestamptz,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);

CREATE TABLE watch_rules (
  id text PRIMARY KEY,
  name text,
  active boolean,
  created_by text,
  created_at timestamptz,
  updated_at timestamptz,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);

CREATE TABLE tasks (
  id text PRIMARY KEY,
  title text,
  status text,
  assignee text,
  due_at timestamptz,
  created_by text,
  created_at timestamptz,
  updated_at timestamptz,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);
CREATE INDEX tasks_assignee ON tasks (assignee, status);

CREATE TABLE notes (
  id text PRIMARY KEY,
  target text,
  body text,
  author text,
  created_at timestamptz,
  updated_at timestamptz,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);
CREATE INDEX notes_target ON notes (target);

CREATE TABLE circulars (
  id text PRIMARY KEY,
  title text,
  issued_by text,
  issued_at timestamptz,
  body text,
  created_at timestamptz,
  extra jsonb NOT NULL DEFAULT '{}',
  global_seq bigint NOT NULL,
  origin_desk text NOT NULL
);

-- The register: projects, their node schedules, monthly investment, code lists, settings and the audit trail.
-- Money columns are INTEGER 元; dates are ISO TEXT.

CREATE TABLE projects (
  id                 INTEGER PRIMARY KEY,
  code               TEXT    NOT NULL UNIQUE,
  national_code      TEXT    UNIQUE,
  name               TEXT    NOT NULL,
  company            TEXT    NOT NULL DEFAULT '',
  chain              TEXT    NOT NULL DEFAULT '',
  area               TEXT    NOT NULL DEFAULT '',
  level              TEXT    NOT NULL DEFAULT '',
  kind               TEXT    NOT NULL DEFAULT '',
  source             TEXT    NOT NULL DEFAULT '',
  stage              TEXT    NOT NULL DEFAULT '在谈',
  stage_override     TEXT    CHECK (stage_override IN ('停滞', '终止')),
  total_investment   INTEGER NOT NULL DEFAULT 0 CHECK (total_investment >= 0),
  annual_plan        INTEGER NOT NULL DEFAULT 0 CHECK (annual_plan >= 0),
  signed_on          TEXT,
  planned_start      TEXT,
  planned_completion TEXT,
  land_mu            REAL,
  capacity           TEXT    NOT NULL DEFAULT '',
  expected_output    INTEGER CHECK (expected_output >= 0),
  leader             TEXT    NOT NULL DEFAULT '',
  owner_unit         TEXT    NOT NULL DEFAULT '',
  contact            TEXT    NOT NULL DEFAULT '',
  progress_note      TEXT    NOT NULL DEFAULT '',
  problems           TEXT    NOT NULL DEFAULT '',
  tags               TEXT    NOT NULL DEFAULT '[]',
  archived           INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  version            INTEGER NOT NULL DEFAULT 1,
  created_at         TEXT    NOT NULL,
  updated_at         TEXT    NOT NULL
);
CREATE INDEX projects_chain ON projects (chain);
CREATE INDEX projects_area ON projects (area);
CREATE INDEX projects_stage ON projects (stage);

CREATE TABLE nodes (
  id            INTEGER PRIMARY KEY,
  project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  name          TEXT    NOT NULL,
  milestone     INTEGER NOT NULL DEFAULT 0 CHECK (milestone IN (0, 1)),
  planned_start TEXT,
  planned_end   TEXT,
  actual_start  TEXT,
  actual_end    TEXT,
  percent       INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
  note          TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX nodes_project ON nodes (project_id, seq);

CREATE TABLE node_templates (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE,
  steps TEXT NOT NULL -- JSON array of { name, milestone, offsetDays, durationDays }
);

CREATE TABLE monthly (
  project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  month         TEXT    NOT NULL,
  planned       INTEGER NOT NULL DEFAULT 0 CHECK (planned >= 0),
  completed     INTEGER NOT NULL DEFAULT 0 CHECK (completed >= 0),
  progress_note TEXT    NOT NULL DEFAULT '',
  problems      TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (project_id, month)
);
CREATE INDEX monthly_month ON monthly (month);

CREATE TABLE code_lists (
  list  TEXT    NOT NULL,
  value TEXT    NOT NULL,
  seq   INTEGER NOT NULL,
  PRIMARY KEY (list, value)
);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL -- JSON
);

CREATE TABLE import_batches (
  id            INTEGER PRIMARY KEY,
  file_name     TEXT    NOT NULL,
  encoding      TEXT    NOT NULL DEFAULT '',
  mode          TEXT    NOT NULL,
  rows_added    INTEGER NOT NULL DEFAULT 0,
  rows_updated  INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  created_at    TEXT    NOT NULL,
  actor         TEXT    NOT NULL,
  undone_at     TEXT
);

CREATE TABLE changes (
  id         INTEGER PRIMARY KEY,
  at         TEXT    NOT NULL,
  actor      TEXT    NOT NULL,
  entity     TEXT    NOT NULL,
  entity_id  INTEGER NOT NULL,
  project_id INTEGER,
  field      TEXT    NOT NULL,
  before     TEXT,
  after      TEXT,
  batch_id   INTEGER REFERENCES import_batches (id)
);
CREATE INDEX changes_project ON changes (project_id, id);

-- 卡点: problems needing coordination; an open one past its promised date turns its node red.
CREATE TABLE problems (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  node_id     INTEGER REFERENCES nodes (id) ON DELETE SET NULL,
  text        TEXT    NOT NULL,
  department  TEXT    NOT NULL DEFAULT '',
  promised_on TEXT,
  resolved_on TEXT,
  resolution  TEXT    NOT NULL DEFAULT '',
  created_at  TEXT    NOT NULL
);
CREATE INDEX problems_project ON problems (project_id);

-- 月度调度 下发与回收: the fill-in templates sent for a month to each 区域 or 责任单位, and each file
-- that came back. A return is merged as an import batch; undoing that batch makes the unit
-- outstanding again (status reads import_batches.undone_at, nothing to keep in step).

CREATE TABLE fill_rounds (
  id          INTEGER PRIMARY KEY,
  -- The id written into the template's hidden sheet: how a returned file is recognised.
  template_id TEXT    NOT NULL UNIQUE,
  month       TEXT    NOT NULL,
  scope       TEXT    NOT NULL CHECK (scope IN ('area', 'unit')),
  unit        TEXT    NOT NULL,
  projects    INTEGER NOT NULL CHECK (projects >= 0),
  sent_at     TEXT    NOT NULL,
  actor       TEXT    NOT NULL
);
CREATE INDEX fill_rounds_month ON fill_rounds (month, scope, unit);

CREATE TABLE fill_returns (
  id          INTEGER PRIMARY KEY,
  round_id    INTEGER NOT NULL REFERENCES fill_rounds (id) ON DELETE CASCADE,
  batch_id    INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  file_name   TEXT    NOT NULL,
  -- 填报人 as the unit wrote it in the template ('' when left blank).
  reporter    TEXT    NOT NULL DEFAULT '',
  returned_at TEXT    NOT NULL,
  actor       TEXT    NOT NULL
);
CREATE INDEX fill_returns_round ON fill_returns (round_id);

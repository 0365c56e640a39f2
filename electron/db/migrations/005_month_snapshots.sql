-- 月结: a closed month's figures, frozen so its register, rollups and reports read the same later.
-- One row per closing (when, who, the 截至 date the lights were judged on, the light rules in force)
-- and one JSON row per project: the register row as of the month end (fields, stage, light, 1–N月,
-- current/next node), its nodes with their lights and its open 卡点. JSON because a month is always
-- read whole and shown as the live views show it, never queried inside; a new project field then
-- needs no migration here. Deflated (raw DEFLATE of the UTF-8 JSON): about a third of the text, so a
-- year of closings of 3,000 projects is some 40 MB rather than 130 (a BLOB here, bytea on PostgreSQL).

CREATE TABLE month_closings (
  month       TEXT    PRIMARY KEY,
  as_of       TEXT    NOT NULL,
  closed_at   TEXT    NOT NULL,
  actor       TEXT    NOT NULL,
  light_rules TEXT    NOT NULL,
  projects    INTEGER NOT NULL
);

-- No foreign key to projects: a project deleted later still shows in the months it was closed with.
CREATE TABLE month_snapshots (
  month      TEXT    NOT NULL REFERENCES month_closings (month) ON DELETE CASCADE,
  project_id INTEGER NOT NULL,
  data       BLOB    NOT NULL,
  PRIMARY KEY (month, project_id)
);

-- 总投资 and 年度计划投资 may be unknown (NULL, shown 未填) instead of a 0 that reads as a figure;
-- 累计完成投资 (since the project began) gets its own column beside the monthly 1–N月 figures.
-- SQLite cannot drop NOT NULL in place: the table is rebuilt (SQLite's "Making Other Kinds Of
-- Table Schema Changes"); the runner switches foreign keys off around it and checks them after.

CREATE TABLE projects_new (
  id                   INTEGER PRIMARY KEY,
  code                 TEXT    NOT NULL UNIQUE,
  national_code        TEXT    UNIQUE,
  name                 TEXT    NOT NULL,
  company              TEXT    NOT NULL DEFAULT '',
  chain                TEXT    NOT NULL DEFAULT '',
  area                 TEXT    NOT NULL DEFAULT '',
  level                TEXT    NOT NULL DEFAULT '',
  kind                 TEXT    NOT NULL DEFAULT '',
  source               TEXT    NOT NULL DEFAULT '',
  stage                TEXT    NOT NULL DEFAULT '在谈',
  stage_override       TEXT    CHECK (stage_override IN ('停滞', '终止')),
  total_investment     INTEGER CHECK (total_investment >= 0),
  annual_plan          INTEGER CHECK (annual_plan >= 0),
  cumulative_completed INTEGER CHECK (cumulative_completed >= 0),
  signed_on            TEXT,
  planned_start        TEXT,
  planned_completion   TEXT,
  land_mu              REAL,
  capacity             TEXT    NOT NULL DEFAULT '',
  expected_output      INTEGER CHECK (expected_output >= 0),
  leader               TEXT    NOT NULL DEFAULT '',
  owner_unit           TEXT    NOT NULL DEFAULT '',
  contact              TEXT    NOT NULL DEFAULT '',
  progress_note        TEXT    NOT NULL DEFAULT '',
  problems             TEXT    NOT NULL DEFAULT '',
  tags                 TEXT    NOT NULL DEFAULT '[]',
  archived             INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  version              INTEGER NOT NULL DEFAULT 1,
  created_at           TEXT    NOT NULL,
  updated_at           TEXT    NOT NULL
);

INSERT INTO projects_new (
  id, code, national_code, name, company, chain, area, level, kind, source, stage, stage_override,
  total_investment, annual_plan, cumulative_completed, signed_on, planned_start, planned_completion,
  land_mu, capacity, expected_output, leader, owner_unit, contact, progress_note, problems, tags,
  archived, version, created_at, updated_at)
SELECT
  id, code, national_code, name, company, chain, area, level, kind, source, stage, stage_override,
  total_investment, annual_plan, NULL, signed_on, planned_start, planned_completion,
  land_mu, capacity, expected_output, leader, owner_unit, contact, progress_note, problems, tags,
  archived, version, created_at, updated_at
FROM projects;

DROP TABLE projects;
ALTER TABLE projects_new RENAME TO projects;
CREATE INDEX projects_chain ON projects (chain);
CREATE INDEX projects_area ON projects (area);
CREATE INDEX projects_stage ON projects (stage);

-- A 0 that nobody gave. An import left an unreadable cell ("待定", "百亿级", blank) out and the
-- project took the old default 0; 新增项目 had no amount field and did the same. The batch does not
-- record row warnings, so the rule reads the history instead: a project still at 0 whose 总投资 was
-- never set after its creation row (no history row for the field) never had a 0 from anyone: it
-- becomes unknown. 年度计划投资 0 is a real figure for many projects (no plan this year), so only
-- a 0 left by an import batch's new row becomes unknown there.
UPDATE projects SET total_investment = NULL
WHERE total_investment = 0
  AND EXISTS (SELECT 1 FROM changes c WHERE c.entity = 'project' AND c.entity_id = projects.id AND c.field = '*')
  AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.entity = 'project' AND c.entity_id = projects.id AND c.field = 'totalInvestment');

UPDATE projects SET annual_plan = NULL
WHERE annual_plan = 0
  AND EXISTS (SELECT 1 FROM changes c WHERE c.entity = 'project' AND c.entity_id = projects.id AND c.field = '*' AND c.batch_id IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.entity = 'project' AND c.entity_id = projects.id AND c.field = 'annualPlan');

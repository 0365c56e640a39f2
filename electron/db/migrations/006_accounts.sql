-- 团队版: the people who sign in to a team register, and their sessions. A single-PC register
-- has no accounts (whoever has the PC has the register) and never reads these tables.
CREATE TABLE accounts (
  id            INTEGER PRIMARY KEY,
  name          TEXT    NOT NULL UNIQUE,          -- login name
  display_name  TEXT    NOT NULL,                 -- the name the history records
  role          TEXT    NOT NULL CHECK (role IN ('admin', 'editor', 'filler', 'viewer')),
  scope_area    TEXT    NOT NULL DEFAULT '',      -- 填报: their 区域
  scope_unit    TEXT    NOT NULL DEFAULT '',      -- 填报: their 责任单位
  password_hash TEXT    NOT NULL,                 -- scrypt$N$r$p$salt$hash
  disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at    TEXT    NOT NULL,
  updated_at    TEXT    NOT NULL
);

-- Only a hash of each session token is kept: a copy of the database signs nobody in.
CREATE TABLE sessions (
  token_hash   TEXT    PRIMARY KEY,
  account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at   TEXT    NOT NULL,
  last_seen_at TEXT    NOT NULL,
  address      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX sessions_account ON sessions (account_id);

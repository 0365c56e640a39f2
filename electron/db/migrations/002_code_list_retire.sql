-- A retired code-list value stays on the projects that carry it but is no longer offered for new ones.
ALTER TABLE code_lists ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1));

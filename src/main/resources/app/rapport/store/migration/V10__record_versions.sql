-- No lost update: every record the owner edits and saves whole (a client, an own follow-up, a
-- letter template, the settings) carries a version, one more with every change, and who made the
-- last change (the name written as `by`) and when (an instant). A save passes the version it read
-- and is refused when the record has moved on since. Rows already in the book are at version 1,
-- by no one known.
ALTER TABLE clients ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE clients ADD COLUMN changed_by TEXT;
ALTER TABLE clients ADD COLUMN changed_at TEXT;
ALTER TABLE follow_ups ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE follow_ups ADD COLUMN changed_by TEXT;
ALTER TABLE follow_ups ADD COLUMN changed_at TEXT;
ALTER TABLE templates ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE templates ADD COLUMN changed_by TEXT;
ALTER TABLE templates ADD COLUMN changed_at TEXT;

-- The settings are saved as a whole, so they have one version: 0 until they are first saved.
CREATE TABLE settings_version (
    id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    version    INTEGER NOT NULL,
    changed_by TEXT,
    changed_at TEXT
);

INSERT INTO settings_version (id, version)
    SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM settings WHERE key LIKE 'settings.%') THEN 1 ELSE 0 END;

-- As the book file's V10: every record the owner edits and saves whole (a client, an own
-- follow-up, a letter template, the settings) carries a version, one more with every change, and
-- who made the last change and when. A save passes the version it read and is refused when the
-- record has moved on since. Rows already in the book are at version 1, by no one known.
ALTER TABLE clients ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE clients ADD COLUMN changed_by text COLLATE "C";
ALTER TABLE clients ADD COLUMN changed_at text COLLATE "C";
ALTER TABLE follow_ups ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE follow_ups ADD COLUMN changed_by text COLLATE "C";
ALTER TABLE follow_ups ADD COLUMN changed_at text COLLATE "C";
ALTER TABLE templates ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE templates ADD COLUMN changed_by text COLLATE "C";
ALTER TABLE templates ADD COLUMN changed_at text COLLATE "C";

-- The settings are saved as a whole, so they have one version: 0 until they are first saved.
CREATE TABLE settings_version (
    id         integer NOT NULL PRIMARY KEY CHECK (id = 1),
    version    integer NOT NULL,
    changed_by text COLLATE "C",
    changed_at text COLLATE "C"
);

INSERT INTO settings_version (id, version)
    SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM settings WHERE key LIKE 'settings.%') THEN 1 ELSE 0 END;

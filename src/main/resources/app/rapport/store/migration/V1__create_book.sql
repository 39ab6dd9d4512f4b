-- The client book and its contact log.
-- Dates are ISO-8601 text: dates 'YYYY-MM-DD', local date-times 'YYYY-MM-DDTHH:MM',
-- instants 'YYYY-MM-DDTHH:MM:SSZ'. Lists (emails, phones, tags) are kept one per line.

CREATE TABLE clients (
    id                TEXT    NOT NULL PRIMARY KEY,
    first_name        TEXT    NOT NULL DEFAULT '',
    last_name         TEXT    NOT NULL DEFAULT '',
    company           TEXT    NOT NULL DEFAULT '',
    title             TEXT    NOT NULL DEFAULT '',
    emails            TEXT    NOT NULL DEFAULT '',
    phones            TEXT    NOT NULL DEFAULT '',
    street            TEXT    NOT NULL DEFAULT '',
    city              TEXT    NOT NULL DEFAULT '',
    region            TEXT    NOT NULL DEFAULT '',
    postal_code       TEXT    NOT NULL DEFAULT '',
    country           TEXT    NOT NULL DEFAULT '',
    birthday          TEXT,
    client_since      TEXT,
    added_at          TEXT    NOT NULL,
    tier              TEXT,
    tags              TEXT    NOT NULL DEFAULT '',
    referred_by       TEXT    REFERENCES clients (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    preferred_channel TEXT,
    do_not_contact    INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
    archived          INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    notes             TEXT    NOT NULL DEFAULT '',
    -- derived, kept up to date by the store in the same transaction as the change:
    display_name      TEXT    NOT NULL,
    search_text       TEXT    NOT NULL,
    last_contact      TEXT,
    CHECK (first_name <> '' OR last_name <> '' OR company <> '')
);

CREATE INDEX clients_by_name ON clients (display_name COLLATE NOCASE);
CREATE INDEX clients_by_referrer ON clients (referred_by);

CREATE TABLE interactions (
    id         TEXT NOT NULL PRIMARY KEY,
    client_id  TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL,
    direction  TEXT NOT NULL,
    experience TEXT NOT NULL,
    amount     TEXT,
    summary    TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT ''
);

CREATE INDEX interactions_by_client ON interactions (client_id, at);
CREATE INDEX interactions_by_time ON interactions (at);

CREATE TABLE tiers (
    name         TEXT    NOT NULL PRIMARY KEY,
    cadence_days INTEGER NOT NULL CHECK (cadence_days > 0),
    position     INTEGER NOT NULL
);

INSERT INTO tiers (name, cadence_days, position) VALUES ('VIP', 30, 0), ('REGULAR', 90, 1), ('OCCASIONAL', 180, 2);

CREATE TABLE settings (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);

-- A team book: the book of format 9 (migration/V1__ to V9__) on PostgreSQL, whole, in one step (no
-- team book is older). The same tables, columns and stored text as the book in a file, so that both
-- answer every query alike and export the same JSON: dates and times as ISO-8601 text, amounts as
-- text, yes/no as 0/1, lists one item a line. Every text column is COLLATE "C": it compares and sorts
-- by its bytes, as SQLite's do, whatever the server's locale.
-- seq: the order rows were added in, where the book in a file uses SQLite's rowid.
-- Later migrations: postgres/V10__*.sql beside migration/V10__*.sql, listed in store/Migrations.

CREATE TABLE book_format (
    version integer NOT NULL
);

INSERT INTO book_format (version) VALUES (0);

CREATE TABLE clients (
    id                text COLLATE "C" NOT NULL PRIMARY KEY,
    first_name        text COLLATE "C" NOT NULL DEFAULT '',
    last_name         text COLLATE "C" NOT NULL DEFAULT '',
    company           text COLLATE "C" NOT NULL DEFAULT '',
    title             text COLLATE "C" NOT NULL DEFAULT '',
    emails            text COLLATE "C" NOT NULL DEFAULT '',
    phones            text COLLATE "C" NOT NULL DEFAULT '',
    street            text COLLATE "C" NOT NULL DEFAULT '',
    city              text COLLATE "C" NOT NULL DEFAULT '',
    region            text COLLATE "C" NOT NULL DEFAULT '',
    postal_code       text COLLATE "C" NOT NULL DEFAULT '',
    country           text COLLATE "C" NOT NULL DEFAULT '',
    birthday          text COLLATE "C",
    client_since      text COLLATE "C",
    added_at          text COLLATE "C" NOT NULL,
    tier              text COLLATE "C",
    tags              text COLLATE "C" NOT NULL DEFAULT '',
    referred_by       text COLLATE "C" REFERENCES clients (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    preferred_channel text COLLATE "C",
    do_not_contact    integer NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
    archived          integer NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    notes             text COLLATE "C" NOT NULL DEFAULT '',
    -- derived, kept up to date by the store in the same transaction as the change:
    display_name      text COLLATE "C" NOT NULL,
    search_text       text COLLATE "C" NOT NULL,
    last_contact      text COLLATE "C",
    first_purchase    text COLLATE "C",
    seq               bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    CHECK (first_name <> '' OR last_name <> '' OR company <> '')
);

-- The client list's order: lower() of a "C" column lowers ASCII letters only, as SQLite's NOCASE.
CREATE INDEX clients_by_name ON clients (lower(display_name), id);
CREATE INDEX clients_by_referrer ON clients (referred_by);

CREATE TABLE interactions (
    id         text COLLATE "C" NOT NULL PRIMARY KEY,
    client_id  text COLLATE "C" NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    at         text COLLATE "C" NOT NULL,
    kind       text COLLATE "C" NOT NULL,
    direction  text COLLATE "C" NOT NULL,
    experience text COLLATE "C" NOT NULL,
    amount     text COLLATE "C",
    summary    text COLLATE "C" NOT NULL DEFAULT '',
    notes      text COLLATE "C" NOT NULL DEFAULT '',
    ref        text COLLATE "C",
    logged_by  text COLLATE "C",
    seq        bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);

-- Insight reads every client's log over a span, and planning a client's contacts before a day, from
-- this index alone (an index-only scan once the table is vacuumed). The summary is left out of the
-- indexes: PostgreSQL limits the size of an index entry, and a summary may be long.
CREATE INDEX interactions_client_log ON interactions (client_id, at) INCLUDE (kind, direction, experience, amount, seq);
-- Planning reads the recent contacts of the whole book; each client's first purchase, and insight the
-- purchases of the clients referred by others, come from the last index alone.
CREATE INDEX interactions_recent ON interactions (at);
CREATE INDEX interactions_by_kind ON interactions (client_id, kind, at) INCLUDE (amount);
-- A sales import asks, for each sale, whether the book has that reference for that client.
CREATE INDEX interactions_by_ref ON interactions (client_id, ref) WHERE ref IS NOT NULL;

CREATE TABLE tiers (
    name         text COLLATE "C" NOT NULL PRIMARY KEY,
    cadence_days integer NOT NULL CHECK (cadence_days > 0),
    position     integer NOT NULL
);

INSERT INTO tiers (name, cadence_days, position) VALUES ('VIP', 30, 0), ('REGULAR', 90, 1), ('OCCASIONAL', 180, 2);

CREATE TABLE settings (
    key   text COLLATE "C" NOT NULL PRIMARY KEY,
    value text COLLATE "C" NOT NULL
);

CREATE TABLE follow_ups (
    id         text COLLATE "C" NOT NULL PRIMARY KEY,
    client_id  text COLLATE "C" NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    action     text COLLATE "C" NOT NULL,
    due        text COLLATE "C" NOT NULL,
    priority   integer NOT NULL CHECK (priority BETWEEN 1 AND 5),
    note       text COLLATE "C" NOT NULL DEFAULT '',
    status     text COLLATE "C" NOT NULL,
    created_on text COLLATE "C" NOT NULL,
    seq        bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);

CREATE INDEX follow_ups_by_client ON follow_ups (client_id, status);

CREATE TABLE decisions (
    seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id  text COLLATE "C" NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    rule       text COLLATE "C" NOT NULL,
    anchor     text COLLATE "C" NOT NULL,
    decision   text COLLATE "C" NOT NULL,
    until      text COLLATE "C",
    reason     text COLLATE "C" NOT NULL DEFAULT '',
    at         text COLLATE "C" NOT NULL,
    action     text COLLATE "C",
    decided_by text COLLATE "C"
);

CREATE INDEX decisions_by_client ON decisions (client_id, rule, anchor);

CREATE TABLE templates (
    name  text COLLATE "C" NOT NULL PRIMARY KEY,
    title text COLLATE "C" NOT NULL,
    body  text COLLATE "C" NOT NULL,
    paper text COLLATE "C"
);

CREATE TABLE letters_sent (
    interaction_id text COLLATE "C" NOT NULL PRIMARY KEY REFERENCES interactions (id) ON DELETE CASCADE,
    client_id      text COLLATE "C" NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    template       text COLLATE "C" NOT NULL,
    sent_on        text COLLATE "C" NOT NULL
);

CREATE INDEX letters_sent_by_client ON letters_sent (client_id, template, sent_on);

-- The change count (store/ChangeCount): each write transaction that changed something adds a row,
-- so that computers writing at once do not wait on one row; the count is the sum.
CREATE TABLE book_changes (
    seq     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    changes bigint NOT NULL
);

-- planner: the program build and time zone that planned it; follow_ups: the agenda, compressed
-- (see store/AgendaCodec).
CREATE TABLE agenda_snapshots (
    as_of        text COLLATE "C" NOT NULL PRIMARY KEY,
    book_changes bigint NOT NULL,
    planner      text COLLATE "C" NOT NULL,
    follow_ups   bytea NOT NULL
);

-- The numbers of new clients, follow-ups and contacts (store/PostgresIds): each is handed out once,
-- to whichever computer asks first.
CREATE SEQUENCE client_ids;
CREATE SEQUENCE follow_up_ids;
CREATE SEQUENCE interaction_ids;

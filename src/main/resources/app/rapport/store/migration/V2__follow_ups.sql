-- The owner's own follow-ups (RULES.md's MANUAL) and the done/snooze/skip decisions taken on
-- follow-ups, keyed by the occurrence key (client, rule, anchor date).

CREATE TABLE follow_ups (
    id         TEXT    NOT NULL PRIMARY KEY,
    client_id  TEXT    NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    action     TEXT    NOT NULL,
    due        TEXT    NOT NULL,
    priority   INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
    note       TEXT    NOT NULL DEFAULT '',
    status     TEXT    NOT NULL,
    created_on TEXT    NOT NULL
);

CREATE INDEX follow_ups_by_client ON follow_ups (client_id, status);

CREATE TABLE decisions (
    seq       INTEGER PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    rule      TEXT NOT NULL,
    anchor    TEXT NOT NULL,
    decision  TEXT NOT NULL,
    until     TEXT,
    reason    TEXT NOT NULL DEFAULT '',
    at        TEXT NOT NULL
);

CREATE INDEX decisions_by_client ON decisions (client_id, rule, anchor);

-- Planning reads each client's first purchase, and the recent contacts of the whole book from an
-- index that holds every column it needs (no lookups into the table).
CREATE INDEX interactions_by_kind ON interactions (client_id, kind, at);
DROP INDEX interactions_by_time;
CREATE INDEX interactions_recent ON interactions (at, client_id, kind, direction, experience, amount, summary);

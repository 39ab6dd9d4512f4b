-- A count of the changes made to the book (one more for every write transaction of Rapport's that
-- changed a row: store/Database), and the agendas planned ahead, each saved with the count it was
-- planned at: a saved agenda is used only while the count is still the same.

CREATE TABLE book_changes (
    id    INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    count INTEGER NOT NULL
);

INSERT INTO book_changes (id, count) VALUES (1, 0);

-- planner: the program build and time zone that planned it; follow_ups: the agenda, compressed
-- (see store/AgendaCodec).
CREATE TABLE agenda_snapshots (
    as_of        TEXT    NOT NULL PRIMARY KEY,
    book_changes INTEGER NOT NULL,
    planner      TEXT    NOT NULL,
    follow_ups   BLOB    NOT NULL
);

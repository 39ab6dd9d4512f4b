-- A count of the changes made to the book, by this program or any other (SQLite triggers bump it
-- on every row inserted, updated or deleted), and the agendas planned ahead, each saved with the
-- count it was planned at: a saved agenda is used only while the count is still the same.

CREATE TABLE book_changes (
    id    INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    count INTEGER NOT NULL
);

INSERT INTO book_changes (id, count) VALUES (1, 0);

CREATE TRIGGER clients_insert_counted AFTER INSERT ON clients BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER clients_update_counted AFTER UPDATE ON clients BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER clients_delete_counted AFTER DELETE ON clients BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER interactions_insert_counted AFTER INSERT ON interactions BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER interactions_update_counted AFTER UPDATE ON interactions BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER interactions_delete_counted AFTER DELETE ON interactions BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER tiers_insert_counted AFTER INSERT ON tiers BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER tiers_update_counted AFTER UPDATE ON tiers BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER tiers_delete_counted AFTER DELETE ON tiers BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER settings_insert_counted AFTER INSERT ON settings BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER settings_update_counted AFTER UPDATE ON settings BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER settings_delete_counted AFTER DELETE ON settings BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER follow_ups_insert_counted AFTER INSERT ON follow_ups BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER follow_ups_update_counted AFTER UPDATE ON follow_ups BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER follow_ups_delete_counted AFTER DELETE ON follow_ups BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER decisions_insert_counted AFTER INSERT ON decisions BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER decisions_update_counted AFTER UPDATE ON decisions BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER decisions_delete_counted AFTER DELETE ON decisions BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER templates_insert_counted AFTER INSERT ON templates BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER templates_update_counted AFTER UPDATE ON templates BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER templates_delete_counted AFTER DELETE ON templates BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER letters_sent_insert_counted AFTER INSERT ON letters_sent BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER letters_sent_update_counted AFTER UPDATE ON letters_sent BEGIN UPDATE book_changes SET count = count + 1; END;
CREATE TRIGGER letters_sent_delete_counted AFTER DELETE ON letters_sent BEGIN UPDATE book_changes SET count = count + 1; END;

-- planner: the program build and time zone that planned it; follow_ups: the agenda, compressed
-- (see store/AgendaCodec).
CREATE TABLE agenda_snapshots (
    as_of        TEXT    NOT NULL PRIMARY KEY,
    book_changes INTEGER NOT NULL,
    planner      TEXT    NOT NULL,
    follow_ups   BLOB    NOT NULL
);

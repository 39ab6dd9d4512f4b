-- Letter templates the owner edited or added (built-in ones live in the program until edited),
-- and the letters that went out: which template, to whom, logged with which note.

CREATE TABLE templates (
    name  TEXT NOT NULL PRIMARY KEY,
    title TEXT NOT NULL,
    body  TEXT NOT NULL,
    paper TEXT
);

CREATE TABLE letters_sent (
    interaction_id TEXT NOT NULL PRIMARY KEY REFERENCES interactions (id) ON DELETE CASCADE,
    client_id      TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    template       TEXT NOT NULL,
    sent_on        TEXT NOT NULL
);

CREATE INDEX letters_sent_by_client ON letters_sent (client_id, template, sent_on);

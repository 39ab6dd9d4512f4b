-- Optional fields added to version 1 of the book (FORMATS.md): an interaction's outside reference
-- (a till's transaction id, a shop's order number), by which a sales import knows a sale it has
-- taken already, and who logged each interaction and took each decision. NULL when not known.
ALTER TABLE interactions ADD COLUMN ref TEXT;
ALTER TABLE interactions ADD COLUMN logged_by TEXT;
ALTER TABLE decisions ADD COLUMN decided_by TEXT;

-- A sales import asks, for each sale, whether the book has that reference for that client.
CREATE INDEX interactions_by_ref ON interactions (client_id, ref) WHERE ref IS NOT NULL;

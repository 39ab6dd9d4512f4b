-- Insight reads every client's log over a span of months, and every purchase of the clients
-- referred by others, a client at a time: from an index that holds every column it needs, in time
-- order, instead of a lookup into the table for each contact. It takes the place of the index on
-- (client_id, at) alone, whose searches it serves the same way.
DROP INDEX IF EXISTS interactions_by_client;
CREATE INDEX IF NOT EXISTS interactions_client_log ON interactions (client_id, at, kind, direction, experience, amount);

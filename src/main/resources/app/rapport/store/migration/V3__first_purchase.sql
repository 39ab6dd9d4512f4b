-- Each client's first purchase, kept beside last_contact (both refreshed with every change to the
-- client's log), so that planning reads it from the client row instead of seeking it per client.
ALTER TABLE clients ADD COLUMN first_purchase TEXT;
UPDATE clients SET first_purchase =
    (SELECT min(i.at) FROM interactions i WHERE i.client_id = clients.id AND i.kind = 'PURCHASE');

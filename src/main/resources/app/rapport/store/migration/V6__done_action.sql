-- A done decision records the action it did (CALL, NOTE, CALL_THEN_NOTE): it closes that follow-up
-- of its occurrence, whatever contact was logged (RULES.md). NULL for snoozes, skips, and dones
-- taken before Rapport recorded it.
ALTER TABLE decisions ADD COLUMN action TEXT;

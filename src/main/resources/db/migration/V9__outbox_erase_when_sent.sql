-- A message deleted as soon as it was sent: the last word to a member who asked to be forgotten.
ALTER TABLE outbox ADD COLUMN erase_when_sent INTEGER NOT NULL DEFAULT 0;

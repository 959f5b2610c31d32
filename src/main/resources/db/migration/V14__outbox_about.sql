-- Whose data an outbox row carries, so that /wipe and /forget can erase it wherever it was to go:
-- the chats whose posts or conversations it quotes, and the members whose posts, words or names
-- it carries. JSON arrays of ids; NULL for a row that carries nobody's data.
ALTER TABLE outbox ADD COLUMN about_chats TEXT;
ALTER TABLE outbox ADD COLUMN about_members TEXT;

-- Per-chat settings that coordinators change; NULL means the default from the configuration.
ALTER TABLE chat ADD COLUMN time_zone TEXT;
ALTER TABLE chat ADD COLUMN digest_at TEXT;            -- 'HH:MM', or 'off'
ALTER TABLE chat ADD COLUMN digest_to TEXT CHECK (digest_to IN ('private', 'group', 'both'));
ALTER TABLE chat ADD COLUMN reminders INTEGER;         -- 1 on, 0 off
ALTER TABLE chat ADD COLUMN quiet TEXT;                -- 'HH:MM-HH:MM'
ALTER TABLE chat ADD COLUMN need_expiry_days INTEGER;
ALTER TABLE chat ADD COLUMN offer_expiry_days INTEGER;
-- the local day of the last daily digest and of the last "still waiting" message: once a day each
ALTER TABLE chat ADD COLUMN last_digest_day TEXT;
ALTER TABLE chat ADD COLUMN last_digest_at INTEGER;
ALTER TABLE chat ADD COLUMN last_bump_day TEXT;

-- When the member first wrote to the bot privately: bots may only write to those who did.
ALTER TABLE member ADD COLUMN private_since INTEGER;

-- Who coordinates a chat, as its platform says (Telegram: the group's administrators).
CREATE TABLE coordinator (
    chat_id   INTEGER NOT NULL REFERENCES chat (id),
    member_id INTEGER NOT NULL REFERENCES member (id),
    PRIMARY KEY (chat_id, member_id)
) WITHOUT ROWID;

-- Follow-ups done once per post or claim.
ALTER TABLE post ADD COLUMN renewed_at INTEGER;
ALTER TABLE post ADD COLUMN bumped_at INTEGER;
ALTER TABLE post ADD COLUMN expiry_warned_at INTEGER;
ALTER TABLE claim ADD COLUMN reminded_at INTEGER;

-- A chat or member the bot can no longer write to (removed from the group, bot blocked): kept, not written to.
ALTER TABLE chat ADD COLUMN unreachable_since INTEGER;
ALTER TABLE member ADD COLUMN unreachable_since INTEGER;

-- The outbox gains a third kind of target, the answer to a button press, and remembers how many
-- parts of a long message were already accepted, so a retry never sends a part twice.
CREATE TABLE outbox_v6 (
    id              INTEGER PRIMARY KEY,
    platform        TEXT    NOT NULL,
    target_kind     TEXT    NOT NULL CHECK (target_kind IN ('chat', 'member', 'press')),
    target_ref      TEXT    NOT NULL,
    reply_to_ref    TEXT,
    thread_ref      TEXT,
    payload         TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    parts_sent      INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    sent_at         INTEGER,
    last_error      TEXT
);

INSERT INTO outbox_v6 (id, platform, target_kind, target_ref, reply_to_ref, thread_ref, payload, status, attempts,
                       created_at, next_attempt_at, sent_at, last_error)
SELECT id, platform, target_kind, target_ref, reply_to_ref, thread_ref, payload, status, attempts,
       created_at, next_attempt_at, sent_at, last_error
FROM outbox;

DROP TABLE outbox;
ALTER TABLE outbox_v6 RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX outbox_pending_target ON outbox (platform, target_ref) WHERE status = 'pending';

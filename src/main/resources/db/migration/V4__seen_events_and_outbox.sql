CREATE TABLE seen_event (
    platform TEXT    NOT NULL,
    event_id TEXT    NOT NULL,
    seen_at  INTEGER NOT NULL,
    PRIMARY KEY (platform, event_id)
) WITHOUT ROWID;

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    platform        TEXT    NOT NULL,
    target_kind     TEXT    NOT NULL CHECK (target_kind IN ('chat', 'member')),
    target_ref      TEXT    NOT NULL,
    reply_to_ref    TEXT,
    thread_ref      TEXT,
    payload         TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    sent_at         INTEGER,
    last_error      TEXT
);

CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'pending';

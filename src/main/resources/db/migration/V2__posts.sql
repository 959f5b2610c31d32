CREATE TABLE post (
    id         INTEGER PRIMARY KEY,
    chat_id    INTEGER NOT NULL REFERENCES chat (id),
    number     INTEGER NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('need', 'offer')),
    author_id  INTEGER NOT NULL REFERENCES member (id),
    claimer_id INTEGER REFERENCES member (id),
    status     TEXT    NOT NULL CHECK (status IN ('open', 'claimed', 'done', 'cancelled', 'expired')),
    text       TEXT    NOT NULL,
    tags       TEXT    NOT NULL DEFAULT '',
    categories TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    closed_at  INTEGER,
    UNIQUE (chat_id, number)
);

CREATE INDEX post_live_by_chat ON post (chat_id, status, id);
CREATE INDEX post_by_author ON post (author_id, status);

CREATE TABLE claim (
    id         INTEGER PRIMARY KEY,
    post_id    INTEGER NOT NULL REFERENCES post (id),
    claimer_id INTEGER NOT NULL REFERENCES member (id),
    created_at INTEGER NOT NULL,
    ended_at   INTEGER,
    outcome    TEXT CHECK (outcome IN ('done', 'unclaimed', 'cancelled', 'expired'))
);

-- at most one active claim per post
CREATE UNIQUE INDEX claim_active ON claim (post_id) WHERE ended_at IS NULL;

CREATE TABLE suggestion (
    id           INTEGER PRIMARY KEY,
    need_id      INTEGER NOT NULL REFERENCES post (id),
    offer_id     INTEGER NOT NULL REFERENCES post (id),
    for_post_id  INTEGER NOT NULL REFERENCES post (id),
    rank         INTEGER NOT NULL,
    score        REAL    NOT NULL,
    reason       TEXT,
    created_at   INTEGER NOT NULL,
    dismissed_at INTEGER,
    UNIQUE (need_id, offer_id)
);

CREATE INDEX suggestion_by_offer ON suggestion (offer_id);

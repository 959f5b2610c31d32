-- Asking privately (issue 7): a post made from a private chat is shown in its group without the author's name.
ALTER TABLE post ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0;

-- The groups a member was seen in, so that a need sent privately can be posted in one of them.
CREATE TABLE chat_member (
    chat_id      INTEGER NOT NULL REFERENCES chat (id),
    member_id    INTEGER NOT NULL REFERENCES member (id),
    last_seen_at INTEGER NOT NULL,
    PRIMARY KEY (chat_id, member_id)
) WITHOUT ROWID;
CREATE INDEX chat_member_by_member ON chat_member (member_id);

-- members seen before this version: those who posted, claimed or coordinate
INSERT OR IGNORE INTO chat_member (chat_id, member_id, last_seen_at)
SELECT p.chat_id, p.author_id, max(p.updated_at) FROM post p JOIN chat c ON c.id = p.chat_id
WHERE c.is_private = 0 GROUP BY p.chat_id, p.author_id;
INSERT OR IGNORE INTO chat_member (chat_id, member_id, last_seen_at)
SELECT p.chat_id, p.claimer_id, max(p.updated_at) FROM post p JOIN chat c ON c.id = p.chat_id
WHERE c.is_private = 0 AND p.claimer_id IS NOT NULL GROUP BY p.chat_id, p.claimer_id;
INSERT OR IGNORE INTO chat_member (chat_id, member_id, last_seen_at)
SELECT k.chat_id, k.member_id, c.created_at FROM coordinator k JOIN chat c ON c.id = k.chat_id;

-- A need or offer typed privately, waiting for its author to choose the group; one per member, kept a day at most.
CREATE TABLE pending_post (
    member_id  INTEGER PRIMARY KEY REFERENCES member (id),
    kind       TEXT    NOT NULL CHECK (kind IN ('need', 'offer')),
    text       TEXT    NOT NULL,
    chat_ids   TEXT    NOT NULL, -- the groups offered, in the order shown: "12 7 31"
    created_at INTEGER NOT NULL
);

-- Someone claimed an anonymous post: the bot passes messages between the helper and the author.
CREATE TABLE relay (
    id         INTEGER PRIMARY KEY,
    post_id    INTEGER NOT NULL REFERENCES post (id),
    author_id  INTEGER NOT NULL REFERENCES member (id),
    helper_id  INTEGER NOT NULL REFERENCES member (id),
    opened_at  INTEGER NOT NULL,
    shared_at  INTEGER, -- the author gave the helper their contact
    ended_at   INTEGER
);
CREATE UNIQUE INDEX relay_active ON relay (post_id) WHERE ended_at IS NULL;

-- A message that carries a member's own words to someone else (a relayed message) names its writer,
-- so that /forget can delete it while it waits; such rows are deleted once sent.
ALTER TABLE outbox ADD COLUMN words_of TEXT;

-- What a platform adapter must remember between runs, in the same file as everything else:
-- Matrix's sync position (next_batch), its direct rooms, its transaction-id prefix.
CREATE TABLE platform_state (
    platform TEXT NOT NULL,
    key      TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (platform, key)
) WITHOUT ROWID;

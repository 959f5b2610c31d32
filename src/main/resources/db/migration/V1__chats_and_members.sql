CREATE TABLE chat (
    id           INTEGER PRIMARY KEY,
    platform     TEXT    NOT NULL,
    platform_ref TEXT    NOT NULL,
    title        TEXT,
    is_private   INTEGER NOT NULL DEFAULT 0,
    next_post_no INTEGER NOT NULL DEFAULT 1,
    created_at   INTEGER NOT NULL,
    UNIQUE (platform, platform_ref)
);

CREATE TABLE member (
    id           INTEGER PRIMARY KEY,
    platform     TEXT    NOT NULL,
    platform_ref TEXT    NOT NULL,
    display_name TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    UNIQUE (platform, platform_ref)
);

-- The matcher's profile of a live post (its word stems, kinds of help and specifics), kept so that
-- scoring the post as a candidate need not read its text again. It says what the text says, so it
-- goes wherever the text goes: deleted when the post closes or its text is erased. A post without
-- one (older posts) is profiled from its text. Apart from post, so that the rows every list and
-- digest reads stay small; the matcher reads a profile only when it has none in memory.
CREATE TABLE post_profile (
    post_id INTEGER PRIMARY KEY REFERENCES post (id) ON DELETE CASCADE,
    profile TEXT NOT NULL
);

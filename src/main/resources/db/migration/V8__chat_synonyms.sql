-- Words a group's coordinators taught the bot: in this chat, the word (stemmed) counts as the category.
CREATE TABLE chat_synonym (
    chat_id    INTEGER NOT NULL REFERENCES chat (id),
    stem       TEXT    NOT NULL,
    word       TEXT    NOT NULL,
    category   TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (chat_id, stem)
) WITHOUT ROWID;

-- Only open posts are in the index, and the chat and kind are columns inside it, so a search
-- for one chat's open offers never touches closed posts or other chats' rows.
-- Contentless: the text lives once, in post; rows are deleted when a post leaves 'open'.
CREATE VIRTUAL TABLE post_search USING fts5(
    chat,
    kind,
    body,
    labels,
    content = '',
    contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- posts stored before this version: the open ones become findable (labels as SearchIndex writes them)
INSERT INTO post_search (rowid, chat, kind, body, labels)
SELECT id, 'c' || chat_id, kind, text,
       trim(tags || ' ' || CASE WHEN categories = '' THEN ''
                                ELSE 'k' || replace(replace(categories, '-', ''), ' ', ' k') END)
FROM post
WHERE status = 'open';

-- A post sent again is looked for among its author's own live posts in the chat (not the chat's
-- newest, where a busy group hid a resend): this index finds them without reading the table.
CREATE INDEX post_live_by_author_in_chat ON post (author_id, chat_id, status);

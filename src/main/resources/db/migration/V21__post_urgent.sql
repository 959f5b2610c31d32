-- The digest lists each chat's open needs, urgent ones first. Reading urgency out of every open
-- need's text with five LIKEs, and sorting all of them, was a third of the digest's time. A post's
-- text never changes while it is live, so its urgency is read once, when it is posted
-- (Post.urgent), and a partial index keeps the open needs of a chat in the digest's order.
ALTER TABLE post ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;

-- Posts made before this: the rule as it stands today, in SQL (LIKE ignores ASCII case).
UPDATE post SET urgent = 1
WHERE status IN ('open', 'claimed')
  AND (instr(' ' || tags || ' ', ' urgent ') > 0
       OR text LIKE '%urgent%' OR text LIKE '%emergency%' OR text LIKE '%asap%'
       OR text LIKE '%tonight%' OR text LIKE '%immediately%');

CREATE INDEX post_open_needs ON post (chat_id, urgent DESC, id) WHERE kind = 'need' AND status = 'open';

-- A group's word may stand for a word the bot knows ("kinderwagen" for "pram") rather than only
-- for a category: it then brings that word's specifics too (a stroller, not just something for a
-- baby). NULL: the word counts as its category alone, as before.
ALTER TABLE chat_synonym ADD COLUMN means TEXT;

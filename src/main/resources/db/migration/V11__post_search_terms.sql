-- One column of terms, each word prefixed by its chat and kind ("x12fride": a word of an offer in
-- chat 12): a search for one chat's open offers reads only those posts' entries, instead of
-- intersecting with the long lists of every post in the chat and of every post of the kind.
-- The terms are made in Java (SearchIndex), which refills the table after this migration.
DROP TABLE post_search;
CREATE VIRTUAL TABLE post_search USING fts5(
    terms,
    content = '',
    contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

package org.mutualaid.store;

import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.match.Words;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;

/**
 * Keeps post_search holding exactly the open posts. Each word of a post is indexed with its chat
 * and kind in front ("x12fride"), so that a search for one chat's open offers is an OR of short
 * lists, newest first, however many posts other chats and the other kind hold.
 */
final class SearchIndex {

    private SearchIndex() {}

    /** "x" + chat id + n (need) or f (offer): consonants, so that porter stems the word behind it as it would alone. */
    static String prefix(long chatId, PostKind kind) {
        return "x" + chatId + (kind == PostKind.NEED ? "n" : "f");
    }

    /** Category ids become single tokens ("mental-health" → "kmentalhealth") so that they never meet ordinary words. */
    static String categoryToken(String categoryId) {
        return "k" + categoryId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** What is indexed for a post: its words and its categories, each behind the chat-and-kind prefix. */
    static String terms(long chatId, PostKind kind, String text, java.util.Collection<String> categories) {
        String prefix = prefix(chatId, kind);
        StringBuilder terms = new StringBuilder();
        for (String w : Words.of(text)) terms.append(prefix).append(w).append(' ');
        for (String c : categories) terms.append(prefix).append(categoryToken(c)).append(' ');
        return terms.toString();
    }

    /**
     * A post's row in the index is its id negated, so that ascending rowid order is newest first:
     * FTS5 walks a term's list forwards page by page and stops at the LIMIT, while walking it
     * backwards (ORDER BY rowid DESC) first loads the whole list, which for a common word or a
     * category grows with the chat's history.
     */
    static long rowid(long postId) {
        return -postId;
    }

    static void add(Handle h, TermStatistics stats, Post p) {
        stats.addAfterCommit(h, p.text());
        insert(h, p.id(), p.chatId(), p.kind(), p.text(), p.categories());
    }

    static void insert(Handle h, long id, long chatId, PostKind kind, String text, java.util.Collection<String> categories) {
        h.createUpdate("INSERT INTO post_search (rowid, terms) VALUES (:rowid, :terms)")
                .bind("rowid", rowid(id)).bind("terms", terms(chatId, kind, text, categories)).execute();
    }

    static void remove(Handle h, TermStatistics stats, Post p) {
        stats.removeAfterCommit(h, p.text());
        h.createUpdate("DELETE FROM post_search WHERE rowid = :rowid").bind("rowid", rowid(p.id())).execute();
    }

    /** Fills an empty index with the open posts (after the migration that changed how terms are made). */
    static int rebuild(Handle h) {
        List<Object[]> open = h.createQuery("SELECT id, chat_id, kind, text, categories FROM post WHERE status = 'open'")
                .map((rs, c) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)}).list();
        for (Object[] p : open) {
            String cats = (String) p[4];
            insert(h, (Long) p[0], (Long) p[1], PostKind.fromWord((String) p[2]), (String) p[3],
                    cats == null || cats.isBlank() ? List.of() : List.of(cats.strip().split(" +")));
        }
        return open.size();
    }
}

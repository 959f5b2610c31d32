package org.mutualaid.store;

import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.model.Post;

/** Keeps post_search holding exactly the open posts. */
final class SearchIndex {

    private SearchIndex() {}

    static String chatToken(long chatId) {
        return "c" + chatId;
    }

    /** Category ids become single tokens ("mental-health" → "kmentalhealth") so that they never meet ordinary words. */
    static String categoryToken(String categoryId) {
        return "k" + categoryId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static String labels(Post p) {
        StringBuilder labels = new StringBuilder(String.join(" ", p.tags()));
        for (String c : p.categories()) labels.append(' ').append(categoryToken(c));
        return labels.toString();
    }

    static void add(Handle h, TermStatistics stats, Post p) {
        stats.addAfterCommit(h, p.text());
        h.createUpdate("INSERT INTO post_search (rowid, chat, kind, body, labels) VALUES (:id, :chat, :kind, :body, :labels)")
                .bind("id", p.id()).bind("chat", chatToken(p.chatId())).bind("kind", p.kind().word())
                .bind("body", p.text()).bind("labels", labels(p)).execute();
    }

    static void remove(Handle h, TermStatistics stats, Post p) {
        stats.removeAfterCommit(h, p.text());
        h.createUpdate("DELETE FROM post_search WHERE rowid = :id").bind("id", p.id()).execute();
    }
}

package org.mutualaid.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.match.GroupWords;
import org.mutualaid.core.port.Synonyms;

final class SqlSynonyms implements Synonyms {
    private final Handle h;

    SqlSynonyms(Handle h) {
        this.h = h;
    }

    @Override
    public GroupWords of(long chatId) {
        Map<String, String> categories = new LinkedHashMap<>();
        Map<String, String> meanings = new LinkedHashMap<>();
        // stemmed afresh from the word as taught: a row stemmed by an older build's rules would
        // otherwise never meet the words of new posts; the newest teaching of a word wins
        h.createQuery("SELECT word, category, means FROM chat_synonym WHERE chat_id = :chat ORDER BY created_at, word").bind("chat", chatId)
                .map((rs, c) -> new String[] {GroupWords.stemOf(rs.getString(1)), rs.getString(2), rs.getString(3)})
                .forEach(r -> {
                    if (r[2] == null) categories.put(r[0], r[1]);
                    else meanings.put(r[0], r[2]);
                });
        return categories.isEmpty() && meanings.isEmpty() ? GroupWords.NONE : new GroupWords(categories, meanings);
    }

    @Override
    public boolean remove(long chatId, String stem, String word) {
        return h.createUpdate("DELETE FROM chat_synonym WHERE chat_id = :chat AND (stem = :stem OR word = :word)")
                .bind("chat", chatId).bind("stem", stem).bind("word", word).execute() > 0;
    }

    @Override
    public void put(long chatId, String stem, String word, String categoryId, String means, Instant at) {
        // the same word saved under an older build's stem is taught anew, not kept twice
        h.createUpdate("DELETE FROM chat_synonym WHERE chat_id = :chat AND word = :word AND stem <> :stem")
                .bind("chat", chatId).bind("word", word).bind("stem", stem).execute();
        h.createUpdate("""
                INSERT INTO chat_synonym (chat_id, stem, word, category, means, created_at) VALUES (:chat, :stem, :word, :cat, :means, :at)
                ON CONFLICT (chat_id, stem) DO UPDATE SET word = excluded.word, category = excluded.category, means = excluded.means""")
                .bind("chat", chatId).bind("stem", stem).bind("word", word).bind("cat", categoryId).bind("means", means)
                .bind("at", at.toEpochMilli())
                .execute();
    }

    @Override
    public List<Taught> words(long chatId) {
        return h.createQuery("SELECT word, category, means FROM chat_synonym WHERE chat_id = :chat ORDER BY word").bind("chat", chatId)
                .map((rs, c) -> new Taught(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}

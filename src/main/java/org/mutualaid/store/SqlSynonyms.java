package org.mutualaid.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.port.Synonyms;

final class SqlSynonyms implements Synonyms {
    private final Handle h;

    SqlSynonyms(Handle h) {
        this.h = h;
    }

    @Override
    public Map<String, String> of(long chatId) {
        Map<String, String> out = new LinkedHashMap<>();
        h.createQuery("SELECT stem, category FROM chat_synonym WHERE chat_id = :chat").bind("chat", chatId)
                .map((rs, c) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public void put(long chatId, String stem, String word, String categoryId, Instant at) {
        h.createUpdate("""
                INSERT INTO chat_synonym (chat_id, stem, word, category, created_at) VALUES (:chat, :stem, :word, :cat, :at)
                ON CONFLICT (chat_id, stem) DO UPDATE SET word = excluded.word, category = excluded.category""")
                .bind("chat", chatId).bind("stem", stem).bind("word", word).bind("cat", categoryId).bind("at", at.toEpochMilli())
                .execute();
    }

    @Override
    public Map<String, String> words(long chatId) {
        Map<String, String> out = new LinkedHashMap<>();
        h.createQuery("SELECT word, category FROM chat_synonym WHERE chat_id = :chat ORDER BY word").bind("chat", chatId)
                .map((rs, c) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}

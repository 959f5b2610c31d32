package org.mutualaid.core.port;

import java.time.Instant;
import java.util.Map;

/** Words a chat's coordinators taught the bot (/synonym): in that chat, a word counts as a category. */
public interface Synonyms {
    /** The chat's words, by stem, each with its category id. */
    Map<String, String> of(long chatId);

    /** Teaches the word (by its stem) as the category; a word taught before is taught anew. */
    void put(long chatId, String stem, String word, String categoryId, Instant at);

    /** The words as coordinators typed them, with their category ids, alphabetically. */
    Map<String, String> words(long chatId);
}

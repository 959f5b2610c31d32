package org.mutualaid.core.port;

import java.time.Instant;
import java.util.List;
import org.mutualaid.core.match.GroupWords;

/** Words a chat's coordinators taught the bot (/synonym): in that chat, a word counts as a category or as a known word. */
public interface Synonyms {

    /** A taught word as typed, its category id, and the known word it stands for (null: the category alone). */
    record Taught(String word, String category, String means) {}

    /** The chat's words, by stem, as the matcher reads them. */
    GroupWords of(long chatId);

    /** Teaches the word (by its stem); a word taught before is taught anew. means: null for the category alone. */
    void put(long chatId, String stem, String word, String categoryId, String means, Instant at);

    /** Forgets the chat's word with this stem or as typed; whether it had one. */
    boolean remove(long chatId, String stem, String word);

    /** The words as coordinators typed them, alphabetically. */
    List<Taught> words(long chatId);
}

package org.mutualaid.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.match.Stemmer;
import org.mutualaid.core.match.Words;

/**
 * How many open posts contain each word stem, kept in memory beside the search index. The matcher
 * searches with a post's rarest words and weighs shared words by rarity; asking SQLite for these
 * counts would read whole posting lists on every post. Loaded from the open posts when the store
 * opens, then updated only when a transaction that changed the index commits.
 */
final class TermStatistics {

    private final ConcurrentHashMap<String, AtomicInteger> documents = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private volatile boolean loaded;

    synchronized void ensureLoaded(Handle h) {
        if (loaded) return;
        try (var texts = h.createQuery("SELECT text FROM post WHERE status = 'open'").mapTo(String.class).stream()) {
            texts.forEach(t -> apply(t, 1));
        }
        loaded = true;
    }

    /** Counts the text once h commits; a rolled-back post never reaches the statistics. */
    void addAfterCommit(Handle h, String text) {
        if (loaded) h.afterCommit(() -> apply(text, 1));
    }

    void removeAfterCommit(Handle h, String text) {
        if (loaded) h.afterCommit(() -> apply(text, -1));
    }

    private void apply(String text, int delta) {
        for (String stem : stems(text)) {
            documents.computeIfAbsent(stem, k -> new AtomicInteger()).addAndGet(delta);
        }
        total.addAndGet(delta);
    }

    static Set<String> stems(String text) {
        List<String> words = Words.of(text);
        Set<String> stems = new HashSet<>(words.size());
        for (String w : words) stems.add(Stemmer.stem(w));
        return stems;
    }

    /** stem as Stemmer.stem made it: stemming twice is not the same as once ("mornings", "morning", "morn") */
    int documentFrequency(String stem) {
        AtomicInteger n = documents.get(stem);
        return n == null ? 0 : Math.max(0, n.get());
    }

    int documents() {
        return Math.max(0, total.get());
    }
}

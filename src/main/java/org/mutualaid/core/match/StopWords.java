package org.mutualaid.core.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Words too common to say what a post is about; read from stopwords.txt. */
public final class StopWords {

    private final Set<String> words;

    private StopWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static StopWords builtIn() {
        try (InputStream in = StopWords.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) throw new IllegalStateException("stopwords.txt is missing from the build");
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.strip().startsWith("#")) continue;
                for (String w : line.strip().split("\\s+")) words.add(w);
            }
            return new StopWords(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String word) {
        return words.contains(word);
    }

    /** The words that carry meaning: no stop words, no single letters, no plain numbers. */
    public List<String> contentWords(List<String> words) {
        return words.stream()
                .filter(w -> w.length() > 1 && !contains(w) && !w.chars().allMatch(Character::isDigit))
                .distinct()
                .toList();
    }
}

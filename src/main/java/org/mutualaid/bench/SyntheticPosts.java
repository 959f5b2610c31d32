package org.mutualaid.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Post texts for the benchmark, shaped like a group's history: each post is about one or two
 * kinds of help (words from the taxonomy), told with everyday words and a long tail of rarer
 * ones (names, places, items) drawn with a Zipf-like skew. Repeatable for a seed.
 */
final class SyntheticPosts {

    private static final String[] EVERYDAY = ("the a and to for my i can need have help with on in at is it this "
            + "someone anyone please thanks week today tomorrow morning evening weekend near street kids family "
            + "would really just got our me you get any some time day home").split(" ");
    private static final int LONG_TAIL = 50_000;

    private final Random random;
    private final List<List<String>> categoryWords = new ArrayList<>();
    private final List<String> tail = new ArrayList<>();

    SyntheticPosts(long seed) {
        this.random = new Random(seed);
        List<String> current = null;
        for (String line : taxonomy().split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            if (t.startsWith("=")) {
                current = new ArrayList<>();
                categoryWords.add(current);
                continue;
            }
            for (String term : t.split(",")) {
                String w = term.strip();
                if (current != null && !w.isEmpty() && !w.contains(" ") && !w.endsWith("*")) current.add(w);
            }
        }
        categoryWords.removeIf(List::isEmpty);
        String[] s = "ka lo mi ra te su no vi pe da bo ge fu li zo ha ne ri mo tu".split(" ");
        for (int i = 0; i < LONG_TAIL; i++) {
            tail.add(s[i % 20] + s[(i / 20) % 20] + s[(i / 400) % 20] + (i >= 8_000 ? s[(i / 8_000) % 20] : ""));
        }
    }

    private static String taxonomy() {
        try (InputStream in = SyntheticPosts.class.getResourceAsStream("/org/mutualaid/core/match/taxonomy.txt")) {
            if (in == null) throw new IllegalStateException("taxonomy.txt is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        List<String> words = new ArrayList<>();
        int topics = random.nextDouble() < 0.7 ? 1 : 2;
        for (int t = 0; t < topics; t++) {
            List<String> category = categoryWords.get(skewed(categoryWords.size(), 1.5));
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) words.add(category.get(skewed(category.size(), 2.0)));
        }
        for (int i = 0, n = 3 + random.nextInt(8); i < n; i++) words.add(tail.get(zipf(tail.size())));
        for (int i = 0, n = 4 + random.nextInt(10); i < n; i++) words.add(EVERYDAY[random.nextInt(EVERYDAY.length)]);
        java.util.Collections.shuffle(words, random);
        return String.join(" ", words);
    }

    /** A rank from 0 to n-1 falling off as word frequencies do (Zipf, exponent about 1). */
    private int zipf(int n) {
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, random.nextDouble())) - 1);
    }

    /** A rank from 0 to n-1, gently favouring the first: kinds of help are spread more evenly than words. */
    private int skewed(int n, double power) {
        return (int) Math.min(n - 1, Math.floor(n * Math.pow(random.nextDouble(), power)));
    }
}

package org.mutualaid.core.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in categories of mutual aid and the words that signal them, read from taxonomy.txt
 * (its header explains the format). A term is a word, a prefix ("grocer*") or a phrase of them.
 */
public final class Taxonomy {

    private record Term(String[] words, String categoryId) {
        boolean matchesAt(List<String> text, int at) {
            if (at + words.length > text.size()) return false;
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                String t = text.get(at + i);
                if (w.endsWith("*") ? !t.startsWith(w.substring(0, w.length() - 1)) : !t.equals(w)) return false;
            }
            return true;
        }
    }

    private final Map<String, Category> categories;
    /** terms indexed by the first two letters of their first word, so a post is scanned quickly */
    private final Map<String, List<Term>> termsByStart;

    private Taxonomy(Map<String, Category> categories, List<Term> terms) {
        this.categories = categories;
        this.termsByStart = new HashMap<>();
        for (Term t : terms) termsByStart.computeIfAbsent(key(t.words()[0]), k -> new ArrayList<>()).add(t);
    }

    private static String key(String word) {
        String w = word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
        return w.length() <= 2 ? w : w.substring(0, 2);
    }

    public static Taxonomy builtIn() {
        try (InputStream in = Taxonomy.class.getResourceAsStream("taxonomy.txt")) {
            if (in == null) throw new IllegalStateException("taxonomy.txt is missing from the build");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Taxonomy parse(String source) {
        Map<String, Category> categories = new LinkedHashMap<>();
        List<Term> terms = new ArrayList<>();
        String current = null;
        int lineNo = 0;
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(source))) {
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
                if (trimmed.startsWith("=")) {
                    String[] parts = trimmed.substring(1).split("\\|", -1);
                    if (parts.length != 3) throw new IllegalArgumentException("taxonomy line " + lineNo + ": want '= id | label | related'");
                    current = parts[0].strip();
                    Set<String> related = new LinkedHashSet<>();
                    for (String r : parts[2].split(",")) if (!r.isBlank()) related.add(r.strip());
                    categories.put(current, new Category(current, parts[1].strip(), related));
                    continue;
                }
                if (current == null) throw new IllegalArgumentException("taxonomy line " + lineNo + ": terms before any category");
                for (String term : trimmed.split(",")) {
                    List<String> words = Arrays.stream(term.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
                    if (!words.isEmpty()) terms.add(new Term(words.toArray(String[]::new), current));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Category c : categories.values()) {
            for (String r : c.related()) {
                if (!categories.containsKey(r)) throw new IllegalArgumentException("taxonomy: " + c.id() + " names unknown related " + r);
            }
        }
        return new Taxonomy(categories, terms);
    }

    public Collection<Category> categories() {
        return categories.values();
    }

    public Optional<Category> category(String id) {
        return Optional.ofNullable(categories.get(id));
    }

    /**
     * How many times each category's terms occur in the words (tags count too: "#food" is a word).
     * The longest term wins: once "dog food" matched, "food" is not matched again on its own.
     */
    public Map<String, Integer> hits(List<String> words) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        int i = 0;
        while (i < words.size()) {
            String w = words.get(i);
            int longest = 0;
            Set<String> found = new LinkedHashSet<>();
            if (categories.containsKey(w)) {
                longest = 1;
                found.add(w);
            }
            List<Term> candidates = termsByStart.get(w.length() <= 2 ? w : w.substring(0, 2));
            if (candidates != null) {
                for (Term t : candidates) {
                    int length = t.words().length;
                    if (length < longest || !t.matchesAt(words, i)) continue;
                    if (length > longest) {
                        longest = length;
                        found.clear();
                    }
                    found.add(t.categoryId());
                }
            }
            for (String c : found) hits.merge(c, 1, Integer::sum);
            i += Math.max(longest, 1);
        }
        return hits;
    }

    /** The categories of a text. */
    public Set<String> categorize(String text) {
        return hits(Words.of(text)).keySet();
    }

    /** The category a tag or word names: its id or one of its one-word terms. */
    public Optional<String> categoryOfWord(String word) {
        List<String> words = Words.of(word);
        if (words.size() != 1) return Optional.empty();
        Map<String, Integer> hits = hits(words);
        return hits.size() == 1 ? Optional.of(hits.keySet().iterator().next()) : Optional.empty();
    }
}

package org.mutualaid.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds terms in a post's words. A term is a word, a prefix ending in '*' ("grocer*"), or a phrase
 * of them, and belongs to one label (a category id, a facet value). The longest term wins: once
 * "dog food" matched, "food" is not matched again on its own.
 */
final class TermIndex {

    /**
     * A one-word term also meets other forms of its word ("snows" meets "snow") when the shared
     * stem is long enough not to be a different word ("cane" and "canned" must not meet "can");
     * a phrase is matched as written.
     */
    private record Term(String[] words, String stem, String label) {
        static final int MIN_STEM = 4;

        boolean matchesAt(List<String> text, List<String> stems, int at) {
            if (at + words.length > text.size()) return false;
            if (words.length == 1 && stem != null && stem.equals(stems.get(at))) return true;
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                String t = text.get(at + i);
                if (w.endsWith("*") ? !t.startsWith(w.substring(0, w.length() - 1)) : !t.equals(w)) return false;
            }
            return true;
        }
    }

    /** terms by the first two letters of their first word; stems keep those letters, so a word finds its terms */
    private final Map<String, List<Term>> byStart = new HashMap<>();

    void add(List<String> words, String label) {
        String stem = null;
        if (words.size() == 1 && !words.get(0).endsWith("*")) {
            String s = Stemmer.stem(words.get(0));
            if (s.length() >= Term.MIN_STEM) stem = s;
        }
        Term t = new Term(words.toArray(String[]::new), stem, label);
        byStart.computeIfAbsent(key(words.get(0)), k -> new ArrayList<>()).add(t);
    }

    /** Adds every comma-separated term of a line. */
    void addLine(String line, String label) {
        for (String term : line.split(",")) {
            List<String> words = List.of(term.strip().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
            if (!words.isEmpty()) add(words, label);
        }
    }

    private static String key(String word) {
        String w = word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
        return w.length() <= 2 ? w : w.substring(0, 2);
    }

    /** How often each label's terms occur; matched, if not null, receives "label: term" for each match. */
    Map<String, Integer> scan(List<String> words, List<String> matched) {
        List<String> stems = words.stream().map(Stemmer::stem).toList();
        Map<String, Integer> hits = new LinkedHashMap<>();
        int i = 0;
        while (i < words.size()) {
            String w = words.get(i);
            int longest = 0;
            Set<String> found = new LinkedHashSet<>();
            List<String> how = new ArrayList<>();
            List<Term> candidates = byStart.get(key(w));
            if (candidates != null) {
                for (Term t : candidates) {
                    int length = t.words().length;
                    if (length < longest || !t.matchesAt(words, stems, i)) continue;
                    if (length > longest) {
                        longest = length;
                        found.clear();
                        how.clear();
                    }
                    if (found.add(t.label())) how.add(t.label() + ": " + String.join(" ", t.words()));
                }
            }
            for (String label : found) hits.merge(label, 1, Integer::sum);
            if (matched != null) matched.addAll(how);
            i += Math.max(longest, 1);
        }
        return hits;
    }
}

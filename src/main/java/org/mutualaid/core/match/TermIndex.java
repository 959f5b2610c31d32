package org.mutualaid.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds terms in a post's words. A term is a word, a prefix ending in '*' ("grocer*"), or a phrase
 * of them, and belongs to one label (a category id, a facet value). The longest term wins: once
 * "dog food" matched, "food" is not matched again on its own.
 */
final class TermIndex {

    /**
     * A one-word term also meets other forms of its word ("snows" meets "snow") when the shared
     * stem is long enough not to be a different word ("cane" and "canned" must not meet "can");
     * a phrase is matched as written. A term in "-ing" names an activity ("moving", "housing",
     * "shopping", "cleaning") and meets only other "-ing" forms: the bare word is an ordinary one
     * ("moved away", "come by the house", "a shop", "I'm clean").
     */
    private record Term(String[] words, String stem, String label) {
        static final int MIN_STEM = 4;

        boolean matchesAt(List<String> text, List<String> stems, int at) {
            if (at + words.length > text.size()) return false;
            if (words.length == 1 && stem != null && stem.equals(stems.get(at))
                    && (!words[0].endsWith("ing") || text.get(at).endsWith("ing"))) return true;
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                String t = text.get(at + i);
                if (w.endsWith("*") ? !t.startsWith(w.substring(0, w.length() - 1)) : !t.equals(w)) return false;
            }
            return true;
        }
    }

    private static final int PREFIX_KEY = 4;

    /** terms by their exact first word, by the stem of a one-word term, and by the first letters of a leading prefix */
    private final Map<String, List<Term>> byWord = new HashMap<>();
    private final Map<String, List<Term>> byStem = new HashMap<>();
    private final Map<String, List<Term>> byPrefix = new HashMap<>();

    void add(List<String> words, String label) {
        String first = words.get(0);
        String stem = null;
        if (words.size() == 1 && !first.endsWith("*")) {
            String s = Stemmer.stem(first);
            if (s.length() >= Term.MIN_STEM) stem = s;
        }
        Term t = new Term(words.toArray(String[]::new), stem, label);
        if (first.endsWith("*")) {
            String prefix = first.substring(0, first.length() - 1);
            if (prefix.length() < PREFIX_KEY) throw new IllegalArgumentException("prefix shorter than " + PREFIX_KEY + " letters: " + first);
            byPrefix.computeIfAbsent(prefix.substring(0, PREFIX_KEY), k -> new ArrayList<>()).add(t);
        } else {
            byWord.computeIfAbsent(first, k -> new ArrayList<>()).add(t);
            if (stem != null) byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(t);
        }
    }

    /** Adds every comma-separated term of a line. */
    void addLine(String line, String label) {
        for (String term : line.split(",")) {
            List<String> words = List.of(term.strip().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
            if (!words.isEmpty()) add(words, label);
        }
    }

    /** How often each label's terms occur in the words. */
    Map<String, Integer> scan(List<String> words) {
        List<String> stems = new ArrayList<>(words.size());
        for (String w : words) stems.add(Stemmer.stem(w));
        Map<String, Integer> hits = new LinkedHashMap<>();
        // the labels of the longest terms at a word, in the order first found (a set: a term can be found by word and by stem)
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String w = words.get(i);
            found.clear();
            int longest = longestAt(byWord.get(w), words, stems, i, 0, found);
            longest = longestAt(byStem.get(stems.get(i)), words, stems, i, longest, found);
            if (w.length() >= PREFIX_KEY) longest = longestAt(byPrefix.get(w.substring(0, PREFIX_KEY)), words, stems, i, longest, found);
            for (String label : found) hits.merge(label, 1, Integer::sum);
            i += Math.max(longest, 1);
        }
        return hits;
    }

    /** Adds to found the labels of the terms that match at the word and are at least as long as any before; returns the longest length. */
    private static int longestAt(List<Term> terms, List<String> words, List<String> stems, int at, int longest, List<String> found) {
        if (terms == null) return longest;
        for (Term t : terms) {
            int length = t.words().length;
            if (length < longest || !t.matchesAt(words, stems, at)) continue;
            if (length > longest) {
                longest = length;
                found.clear();
            }
            if (!found.contains(t.label())) found.add(t.label());
        }
        return longest;
    }
}

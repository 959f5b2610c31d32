package org.mutualaid.core.match;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the matcher knows of one text: its meaningful word stems and its category hits. */
record PostProfile(Set<String> stems, Map<String, Integer> categoryHits) {

    static PostProfile of(String text, Taxonomy taxonomy, StopWords stopWords) {
        List<String> words = Words.of(text);
        Set<String> stems = new LinkedHashSet<>();
        for (String w : stopWords.contentWords(words)) stems.add(stem(w));
        return new PostProfile(stems, taxonomy.hits(words));
    }

    /** A light English stemmer: enough to meet "rides" with "ride" and "moving" with "move". */
    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 5 && w.endsWith("ing")) return trimE(w.substring(0, w.length() - 3));
        if (w.length() > 4 && w.endsWith("ed")) return trimE(w.substring(0, w.length() - 2));
        if (w.length() > 4 && w.endsWith("es")) return w.substring(0, w.length() - 2);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        if (w.length() > 3 && w.endsWith("e")) return w.substring(0, w.length() - 1);
        return w;
    }

    private static String trimE(String w) {
        return w.endsWith("e") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }
}

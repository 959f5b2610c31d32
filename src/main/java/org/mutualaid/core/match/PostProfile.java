package org.mutualaid.core.match;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the matcher knows of one text: its meaningful word stems (each with the word it came from,
 * to explain a match in the member's own words), its category hits and its facet values.
 */
record PostProfile(Map<String, String> stems, Map<String, Integer> categoryHits, Set<String> facetValues) {

    static PostProfile of(String text, Taxonomy taxonomy, StopWords stopWords) {
        List<String> words = Words.of(text);
        Map<String, String> stems = new LinkedHashMap<>();
        for (String w : stopWords.contentWords(words)) stems.putIfAbsent(Stemmer.stem(w), w);
        return new PostProfile(stems, taxonomy.hits(words), taxonomy.facets().values(words));
    }
}

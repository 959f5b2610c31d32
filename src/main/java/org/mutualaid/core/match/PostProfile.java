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
        return of(text, taxonomy, stopWords, Map.of());
    }

    /** synonyms: a chat's own words (by stem) and the categories they count as there. */
    static PostProfile of(String text, Taxonomy taxonomy, StopWords stopWords, Map<String, String> synonyms) {
        List<String> words = Words.of(text);
        Map<String, String> stems = new LinkedHashMap<>();
        for (String w : stopWords.contentWords(words)) stems.putIfAbsent(Stemmer.stem(w), w);
        Map<String, Integer> hits = taxonomy.hits(words);
        if (!synonyms.isEmpty()) {
            hits = new java.util.HashMap<>(hits);
            for (String w : words) {
                String category = synonyms.get(Stemmer.stem(w));
                if (category != null) hits.merge(category, 1, Integer::sum);
            }
        }
        Set<String> facetValues = new java.util.LinkedHashSet<>(taxonomy.facets().values(words));
        facetValues.addAll(Facets.schools(words));
        return new PostProfile(stems, hits, facetValues);
    }
}

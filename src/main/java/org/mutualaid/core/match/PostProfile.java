package org.mutualaid.core.match;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the matcher knows of one text: its meaningful word stems, its category hits and its facet values. */
record PostProfile(Set<String> stems, Map<String, Integer> categoryHits, Set<String> facetValues) {

    static PostProfile of(String text, Taxonomy taxonomy, StopWords stopWords) {
        List<String> words = Words.of(text);
        Set<String> stems = new LinkedHashSet<>();
        for (String w : stopWords.contentWords(words)) stems.add(Stemmer.stem(w));
        return new PostProfile(stems, taxonomy.hits(words), taxonomy.facets().values(words));
    }
}

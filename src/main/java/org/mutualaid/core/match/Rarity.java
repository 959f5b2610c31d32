package org.mutualaid.core.match;

import java.util.HashMap;
import java.util.Map;
import org.mutualaid.core.port.CandidateSearch;

/** How telling a word is: rare words ("dialysis") say more about a post than common ones ("weekend"). */
final class Rarity {

    private final CandidateSearch search;
    private final Map<String, Integer> frequencies = new HashMap<>();
    private int documents = -1;

    Rarity(CandidateSearch search) {
        this.search = search;
    }

    int documentFrequency(String stem) {
        return frequencies.computeIfAbsent(stem, search::documentFrequency);
    }

    /** bm25's inverse document frequency: about ln(N / df), never below zero. */
    double idf(String stem) {
        if (documents < 0) documents = search.openPosts();
        int df = documentFrequency(stem);
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }
}

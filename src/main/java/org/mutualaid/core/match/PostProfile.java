package org.mutualaid.core.match;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the matcher knows of one text: its meaningful word stems (each with the word it came from,
 * to explain a match in the member's own words), its category hits and its facet values.
 *
 * <p>Category hits count double in the parts of a post that ask or offer ("need someone to
 * foster my cat", "I can babysit") when other parts only tell the story ("going into rehab for
 * 30 days", "retired teacher"): what the poster asks for weighs more than what the post
 * mentions. A post with no such marker counts every part alike.
 */
record PostProfile(Map<String, String> stems, Map<String, Integer> categoryHits, Set<String> facetValues,
        Set<Mode> askedModes, Set<Mode> offeredModes) {

    static PostProfile of(String text, Taxonomy taxonomy, StopWords stopWords) {
        return of(text, taxonomy, stopWords, Map.of());
    }

    /** synonyms: a chat's own words (by stem) and the categories they count as there. */
    static PostProfile of(String text, Taxonomy taxonomy, StopWords stopWords, Map<String, String> synonyms) {
        List<String> words = Words.of(text);
        Map<String, String> stems = new LinkedHashMap<>();
        for (String w : stopWords.contentWords(words)) stems.putIfAbsent(Stemmer.stem(w), w);
        Map<String, Integer> hits = weightedHits(text, taxonomy);
        if (!synonyms.isEmpty()) {
            hits = new java.util.HashMap<>(hits);
            for (String w : words) {
                String category = synonyms.get(Stemmer.stem(w));
                if (category != null) hits.merge(category, 1, Integer::sum);
            }
        }
        Set<String> facetValues = new java.util.LinkedHashSet<>(taxonomy.facets().values(words));
        facetValues.addAll(Facets.schools(words));
        return new PostProfile(stems, hits, facetValues, Mode.asked(words), Mode.offered(words));
    }

    /**
     * Sentences; clauses joined by ", and" / ", but" or by "and"/"but"/"so" before a new subject;
     * and a comma before an ask ("in hospital next week, need someone to walk my dog").
     */
    private static final Pattern CLAUSES = Pattern.compile(
            "[.!?;:()\\n]+|,\\s*(?:and|but|so)\\s|,\\s*(?=(?:need|needs|looking|iso|anyone|anybody|someone|can|could|would|please|pls)\\b)|\\s(?:and|but|so)\\s+(?=(?:i|i'm|im|i've|ive|she|he|we|they|my|our|his|her|their|it|now|then)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> MARKERS = Set.of("need", "needs", "needed", "needing", "looking", "iso", "anyone",
            "anybody", "someone", "somebody", "can", "could", "would", "want", "wanted", "help", "please", "pls", "plz",
            "happy", "glad", "free", "giving", "give", "lend", "borrow", "offer", "offering", "ll");

    /** "no", "not", "without", "can't do" and what follows them up to the next punctuation */
    private static final Pattern EXCLUSION = Pattern.compile(
            "\\b(?:no|not|without|except|(?:can|don|won)['\u2019]?t do)\\b[^.,;:!?()\\n]{0,30}", Pattern.CASE_INSENSITIVE);

    /**
     * An offer's text without what it says it does not offer: "crib (no mattress sorry)", "NO
     * electrical or gas", "one way only, can't do pickups", "not a lawyer". A need is left whole:
     * there "no phone, no ID" is what is asked for.
     */
    static String offered(String text) {
        return EXCLUSION.matcher(text).replaceAll(" ");
    }

    static Map<String, Integer> weightedHits(String text, Taxonomy taxonomy) {
        List<Map<String, Integer>> hits = new java.util.ArrayList<>();
        List<Boolean> asks = new java.util.ArrayList<>();
        boolean anyAsk = false, anyStory = false;
        java.util.regex.Matcher m = CLAUSES.matcher(text);
        int start = 0;
        while (start <= text.length()) {
            boolean found = m.find();
            int end = found ? m.start() : text.length();
            String part = text.substring(start, end);
            List<String> words = Words.of(part);
            if (!words.isEmpty()) {
                // a question asks, and a #tag says what the post is about
                boolean ask = isAsk(words) || part.indexOf('#') >= 0 || (found && m.group().indexOf('?') >= 0);
                Map<String, Integer> h = taxonomy.hits(words);
                hits.add(h);
                asks.add(ask);
                if (!h.isEmpty()) {
                    if (ask) anyAsk = true;
                    else anyStory = true;
                }
            }
            if (!found) break;
            start = m.end();
        }
        if (!(anyAsk && anyStory)) return taxonomy.hits(Words.of(text));
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            int w = asks.get(i) ? 2 : 1;
            hits.get(i).forEach((k, v) -> out.merge(k, v * w, Integer::sum));
        }
        return out;
    }

    private static boolean isAsk(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!MARKERS.contains(words.get(i))) continue;
            // "can't", "couldn't": not an offer nor an ask
            boolean negated = i + 1 < words.size() && (words.get(i + 1).equals("t") || words.get(i + 1).equals("not"));
            if (!negated) return true;
        }
        return false;
    }
}

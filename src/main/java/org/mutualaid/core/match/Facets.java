package org.mutualaid.core.match;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facets are the specifics within a kind of help whose values exclude each other: a Portuguese
 * translator does not help with Arabic, a math tutor not with chemistry, a bike mechanic not with
 * car brakes. Read from facets.txt: "~ facet" starts a facet, "value: term, term" lines follow.
 */
public final class Facets {

    /** What two posts have in common on their facets. */
    public record Comparison(Set<String> sharedValues, Set<String> conflictingFacets) {}

    private final TermIndex terms;

    private Facets(TermIndex terms) {
        this.terms = terms;
    }

    static Facets parse(String source) {
        TermIndex terms = new TermIndex();
        String facet = null;
        int lineNo = 0;
        for (String line : source.split("\n")) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            if (trimmed.startsWith("~")) {
                facet = trimmed.substring(1).strip();
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (facet == null || colon <= 0) throw new IllegalArgumentException("facets line " + lineNo + ": want 'value: term, term' under a '~ facet'");
            terms.addLine(trimmed.substring(colon + 1), facet + "/" + trimmed.substring(0, colon).strip());
        }
        return new Facets(terms);
    }

    /** The facet values a text names, as "facet/value". */
    public Set<String> values(List<String> words) {
        return terms.scan(words).keySet();
    }

    /**
     * Values both name, and facets where both name values but none in common: the sign that two
     * posts about the same kind of help are about different things within it.
     */
    public static Comparison compare(Set<String> a, Set<String> b) {
        Map<String, Set<String>> byFacetA = byFacet(a);
        Map<String, Set<String>> byFacetB = byFacet(b);
        Set<String> shared = new LinkedHashSet<>(a);
        shared.retainAll(b);
        Set<String> conflicts = new LinkedHashSet<>();
        for (Map.Entry<String, Set<String>> e : byFacetA.entrySet()) {
            Set<String> other = byFacetB.get(e.getKey());
            if (other != null && java.util.Collections.disjoint(e.getValue(), other)) conflicts.add(e.getKey());
        }
        return new Comparison(shared, conflicts);
    }

    private static Map<String, Set<String>> byFacet(Set<String> values) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String v : values) out.computeIfAbsent(v.substring(0, v.indexOf('/')), k -> new LinkedHashSet<>()).add(v);
        return out;
    }

    /** "translation/portuguese" → "portuguese". */
    public static String valueName(String value) {
        return value.substring(value.indexOf('/') + 1).replace('-', ' ');
    }
}

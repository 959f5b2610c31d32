package org.mutualaid.core.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in categories of mutual aid and the words that signal them, read from taxonomy.txt
 * (its header explains the format), and the facets within them, read from facets.txt.
 */
public final class Taxonomy {

    private final Map<String, Category> categories;
    private final TermIndex categoryTerms;
    private final Facets facets;

    private Taxonomy(Map<String, Category> categories, TermIndex categoryTerms, Facets facets) {
        this.categories = categories;
        this.categoryTerms = categoryTerms;
        this.facets = facets;
    }

    public static Taxonomy builtIn() {
        return parse(resource("taxonomy.txt"), resource("facets.txt"));
    }

    static String resource(String name) {
        try (InputStream in = Taxonomy.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Taxonomy parse(String taxonomy, String facets) {
        Map<String, Category> categories = new LinkedHashMap<>();
        TermIndex terms = new TermIndex();
        String current = null;
        int lineNo = 0;
        for (String line : taxonomy.split("\n")) {
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
                // a post that names the category itself ("#food", "childcare") is about it
                terms.add(List.of(current), current);
                continue;
            }
            if (current == null) throw new IllegalArgumentException("taxonomy line " + lineNo + ": terms before any category");
            terms.addLine(trimmed, current);
        }
        for (Category c : categories.values()) {
            for (String r : c.related()) {
                if (!categories.containsKey(r)) throw new IllegalArgumentException("taxonomy: " + c.id() + " names unknown related " + r);
            }
        }
        Facets parsedFacets = Facets.parse(facets);
        parsedFacets.categoriesOf().forEach((facet, specifies) -> {
            for (String c : specifies) {
                if (!categories.containsKey(c)) throw new IllegalArgumentException("facets: " + facet + " names unknown category " + c);
            }
        });
        return new Taxonomy(categories, terms, parsedFacets);
    }

    public Collection<Category> categories() {
        return categories.values();
    }

    public Optional<Category> category(String id) {
        return Optional.ofNullable(categories.get(id));
    }

    public Facets facets() {
        return facets;
    }

    /** How many times each category's terms occur in the words (tags count too: "#food" is a word). */
    public Map<String, Integer> hits(List<String> words) {
        return categoryTerms.scan(words);
    }

    /** The categories of a text. */
    public Set<String> categorize(String text) {
        return hits(Words.of(text)).keySet();
    }

    /** The one category a short known phrase ("high chair") is filed under, if it names exactly one. */
    public Optional<String> categoryOfPhrase(String phrase) {
        Map<String, Integer> hits = hits(Words.of(phrase));
        return hits.size() == 1 ? Optional.of(hits.keySet().iterator().next()) : Optional.empty();
    }

    /** The category a tag or word names: its id or one of its one-word terms. */
    public Optional<String> categoryOfWord(String word) {
        return Words.of(word).size() == 1 ? categoryOfPhrase(word) : Optional.empty();
    }
}

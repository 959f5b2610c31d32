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
            if (trimmed.startsWith(NOT_HELP)) {
                terms.addLine(trimmed.substring(1), NOT_HELP);
                continue;
            }
            if (current == null) throw new IllegalArgumentException("taxonomy line " + lineNo + ": terms before any category");
            if (trimmed.startsWith(WEAK)) terms.addLine(trimmed.substring(1), WEAK + current);
            else terms.addLine(trimmed, current);
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
        return resolve(rawHits(words));
    }

    /**
     * The same before {@link #resolve}: weak terms under their "~" label, idioms under "!". A
     * post read in parts is resolved once, as a whole.
     */
    Map<String, Integer> rawHits(List<String> words) {
        return categoryTerms.scan(Ages.asKids(words));
    }

    /**
     * A line of "!" terms names idioms that look like a kind of help and are not ("driving me
     * mad", "my car died"); they only keep their words from being read otherwise.
     */
    static final String NOT_HELP = TermIndex.IDIOM;
    /**
     * A line of "~" terms names what tells a post's circumstances more than what it asks or offers
     * ("can't afford", "until payday", "in hospital"): they count for their category only in a
     * post that names no kind of help outright. "Can't afford a fridge" asks for a fridge, not for
     * money, and "free haircuts for anyone who can't afford one" offers haircuts; "skint until
     * payday, any help?" is about money.
     */
    static final String WEAK = "~";

    /** Whether raw hits name any kind of help, weak or not: what {@link #resolve} would leave non-empty, without building it. */
    static boolean namesHelp(Map<String, Integer> raw) {
        for (String label : raw.keySet()) if (!label.equals(NOT_HELP)) return true;
        return false;
    }

    static Map<String, Integer> resolve(Map<String, Integer> raw) {
        boolean anyWeak = false, anyStrong = false;
        for (String label : raw.keySet()) {
            if (label.startsWith(WEAK)) anyWeak = true;
            else if (!label.equals(NOT_HELP)) anyStrong = true;
        }
        if (!anyWeak && !raw.containsKey(NOT_HELP)) return raw;
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : raw.entrySet()) {
            String label = e.getKey();
            if (label.equals(NOT_HELP)) continue;
            if (!label.startsWith(WEAK)) out.merge(label, e.getValue(), Integer::sum);
            else if (!anyStrong) out.merge(label.substring(WEAK.length()), e.getValue(), Integer::sum);
        }
        return out;
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

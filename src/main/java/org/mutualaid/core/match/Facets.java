package org.mutualaid.core.match;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facets are the specifics within a kind of help whose values exclude each other: a Portuguese
 * translator does not help with Arabic, a math tutor not with chemistry, a bike mechanic not with
 * car brakes. Read from facets.txt: "~ facet | category, category" starts a facet (the categories
 * are the kinds of help it specifies), "value: term, term" lines follow.
 */
public final class Facets {

    /** What two posts have in common on their facets. */
    public record Comparison(Set<String> sharedValues, Set<String> conflictingFacets) {}

    private final TermIndex terms;
    /** the kinds of help each facet specifies: a piano teacher is a tutoring specific, a crib a baby one */
    private final Map<String, Set<String>> categoriesOf;
    /** facets where an offer that names no value is taken to cover any: rides that may go anywhere */
    private final Set<String> open;

    /** facets read in an offer only where it limits itself with "only" ("women only"): limits, never a reason to suggest */
    private final Set<String> onlyFacets;
    /** for each facet with an "any" value ("clothes"), the values it stands for: not every one ("clothes" are not a prom dress) */
    private final Map<String, Set<String>> anyCovers;
    /** facets whose every value names its one kind of help: a running toilet is a repair however the taxonomy words it */
    private final Set<String> naming;
    /** facets whose values file a post under their kind of help (naming ones too) */
    private final Set<String> filing;
    /** facets whose value in a need is what the help is for wherever it is told: a dog's size is no part of a story */
    private final Set<String> anywhere;
    /** for each facet whose values are all a kind of another facet's value ("| kind of animal/dog"), that value */
    private final Map<String, String> kindOf;

    private Facets(TermIndex terms, Map<String, Set<String>> categoriesOf, Set<String> open, Map<String, Set<String>> anyCovers,
            Set<String> onlyFacets, Set<String> naming, Set<String> filing, Set<String> anywhere, Map<String, String> kindOf) {
        this.terms = terms;
        this.kindOf = kindOf;
        this.anywhere = anywhere;
        this.naming = naming;
        this.filing = filing;
        this.onlyFacets = onlyFacets;
        this.categoriesOf = categoriesOf;
        this.open = open;
        this.anyCovers = anyCovers;
    }

    static Facets parse(String source) {
        TermIndex terms = new TermIndex();
        Map<String, Set<String>> categoriesOf = new LinkedHashMap<>();
        Set<String> open = new LinkedHashSet<>();
        Map<String, Set<String>> anyCovers = new LinkedHashMap<>();
        Set<String> onlyFacets = new LinkedHashSet<>();
        Set<String> naming = new LinkedHashSet<>();
        Set<String> filing = new LinkedHashSet<>();
        Set<String> anywhere = new LinkedHashSet<>();
        Map<String, String> kindOf = new LinkedHashMap<>();
        String facet = null;
        int lineNo = 0;
        for (String line : source.split("\n")) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            if (trimmed.startsWith("~")) {
                String[] parts = trimmed.substring(1).split("\\|", -1);
                facet = parts[0].strip();
                Set<String> categories = new LinkedHashSet<>();
                if (parts.length > 1) for (String c : parts[1].split(",")) if (!c.isBlank()) categories.add(c.strip());
                categoriesOf.put(facet, categories);
                Set<String> flags = parts.length > 2 ? Set.of(parts[2].strip().split("[\\s,]+")) : Set.of();
                for (String flag : flags) {
                    if (!Set.of("open", "only", "names", "files", "anywhere").contains(flag)) {
                        throw new IllegalArgumentException("facets line " + lineNo + ": unknown flag '" + flag + "'");
                    }
                }
                if (flags.contains("open")) open.add(facet);
                if (flags.contains("only")) onlyFacets.add(facet);
                if (flags.contains("anywhere")) anywhere.add(facet);
                if (flags.contains("names") || flags.contains("files")) {
                    if (categories.size() != 1) throw new IllegalArgumentException("facets line " + lineNo + ": a naming or filing facet specifies one kind of help");
                    filing.add(facet);
                    if (flags.contains("names")) naming.add(facet);
                }
                if (parts.length > 3) {
                    String kind = parts[3].strip();
                    if (!kind.startsWith("kind of ") || kind.indexOf('/') < 0) {
                        throw new IllegalArgumentException("facets line " + lineNo + ": want '| kind of facet/value'");
                    }
                    kindOf.put(facet, kind.substring("kind of ".length()).strip());
                }
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (facet == null || colon <= 0) throw new IllegalArgumentException("facets line " + lineNo + ": want 'value: term, term' under a '~ facet'");
            String value = trimmed.substring(0, colon).strip();
            if (value.equals(NOT_A_VALUE)) {
                terms.addLine(trimmed.substring(colon + 1), NOT_A_VALUE);
                continue;
            }
            if (value.startsWith("any")) {
                // "any (coat, shoes): clothes, clothing"
                int open1 = value.indexOf('('), close = value.indexOf(')');
                if (open1 < 0 || close < open1) throw new IllegalArgumentException("facets line " + lineNo + ": want 'any (value, value): term, term'");
                Set<String> covers = new LinkedHashSet<>();
                for (String v : value.substring(open1 + 1, close).split(",")) if (!v.isBlank()) covers.add(facet + "/" + v.strip());
                anyCovers.put(facet, covers);
                value = "any";
            }
            terms.addLine(trimmed.substring(colon + 1), facet + "/" + value);
        }
        return new Facets(terms, categoriesOf, open, anyCovers, onlyFacets, naming, filing, anywhere, kindOf);
    }

    /** Whether a need's value of this facet is what the help is for wherever the need tells it ("| anywhere" in facets.txt). */
    boolean saidAnywhere(String facet) {
        return anywhere.contains(facet);
    }

    /** Whether each value of the facet names its kind of help ("| names" in facets.txt): the repair trade. */
    boolean names(String facet) {
        return naming.contains(facet);
    }

    /**
     * The kinds of help that values of naming and filing facets file a post under when its words
     * did not ("| names" or "| files" in facets.txt): "anyone got an old fan?" is about furniture and
     * appliances. A filing facet's values, unlike a naming one's, are not read as asked wherever a need tells them.
     */
    Set<String> filedCategories(Set<String> values) {
        return categoriesOfValuesIn(values, filing);
    }

    /** The kinds of help that values of naming facets name ("| names" in facets.txt). */
    Set<String> namedCategories(Set<String> values) {
        return categoriesOfValuesIn(values, naming);
    }

    private Set<String> categoriesOfValuesIn(Set<String> values, Set<String> facets) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            String f = facetOf(v);
            if (facets.contains(f)) out.addAll(categoriesOf.get(f));
        }
        return out;
    }

    /** The facets named, each with the kinds of help it specifies. */
    Map<String, Set<String>> categoriesOf() {
        return categoriesOf;
    }

    /** The facet values a text names, as "facet/value". */
    public Set<String> values(List<String> words) {
        Set<String> found = terms.scan(Ages.withSexes(words)).keySet();
        if (!found.contains(NOT_A_VALUE)) return found;
        Set<String> out = new LinkedHashSet<>(found);
        out.remove(NOT_A_VALUE);
        return out;
    }

    /** the label of idioms that look like a value and are not ("through the roof"): they only keep their words from being read */
    private static final String NOT_A_VALUE = TermIndex.IDIOM;

    /**
     * What an offer limits itself to with "only" ("dogs only", "only for women"): values that
     * stand alone for their facets, whatever else it mentions ("dogs only, sorry cat people"), and
     * among them those only a longer term of another facet holds, which limit nothing of their own
     * ("feed cats ... wee dogs only" limits the dogs' size, not the animals).
     */
    private record OnlyLimits(Set<String> values, Set<String> implied) {}

    /** Read from the word just before "only" ("collection only" limits nothing), else the few after it. */
    private OnlyLimits onlyLimits(List<String> words) {
        Set<String> values = new LinkedHashSet<>();
        Set<String> implied = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).equals("only") || (i > 0 && (words.get(i - 1).equals("not") || words.get(i - 1).equals("if")))) continue;
            List<Set<String>> windows = windowsEndingAt(words, i);
            implied.addAll(insideLonger(windows));
            Set<String> before = withListed(words, i, union(windows));
            // "female clients only", "senior residents only": whom the people it takes are is the word before
            if (before.isEmpty() && i > 1 && PEOPLE.contains(words.get(i - 1))) before = endingAt(words, i - 1);
            values.addAll(before.isEmpty() ? values(words.subList(i + 1, Math.min(words.size(), i + 4))) : before);
        }
        return new OnlyLimits(values, implied);
    }

    private static final Set<String> LIST_JOINS = Set.of("and", "or", "n", "nor", "plus");

    /**
     * "GCSE n A level only": each value of a short list before "only", joined by "and", "or" or "n" right before
     * the term the limit ends with.
     */
    private Set<String> withListed(List<String> words, int end, Set<String> last) {
        if (last.isEmpty()) return last;
        Set<String> out = new LinkedHashSet<>(last);
        int at = end;
        for (int listed = 0; listed < 3; listed++) {
            // the join must stand right before a whole term that ends there: "small dogs" in "cats or small dogs only", not
            // "tablets" in "phones and tablets. Seniors only"
            int join = -1;
            for (int k = 1; k <= Math.min(4, at - 2) && join < 0; k++) {
                if (!LIST_JOINS.contains(words.get(at - k - 1))) continue;
                Set<String> spanning = new LinkedHashSet<>(values(words.subList(at - k, at)));
                if (k > 1) {
                    spanning.removeAll(values(words.subList(at - k, at - 1)));
                    spanning.removeAll(values(words.subList(at - k + 1, at)));
                }
                if (!spanning.isEmpty()) join = at - k - 1;
            }
            if (join < 1) break;
            Set<String> before = endingAt(words, join);
            if (before.isEmpty()) break;
            out.addAll(before);
            at = join;
        }
        return out;
    }

    private static final Set<String> PEOPLE = Set.of("clients", "client", "guests", "guest", "tenants", "residents", "students",
            "members", "patients", "lodgers", "callers", "visitors", "folks", "people", "customers");

    /** The values held by the terms of one to four words that end right before words[end], shortest first. */
    private List<Set<String>> windowsEndingAt(List<String> words, int end) {
        List<Set<String>> windows = new java.util.ArrayList<>();
        for (int k = 1; k <= Math.min(4, end); k++) {
            Set<String> window = new LinkedHashSet<>(values(words.subList(end - k, end)));
            window.removeAll(values(words.subList(end - k, end - 1)));
            windows.add(window);
        }
        return windows;
    }

    private static Set<String> union(List<Set<String>> windows) {
        Set<String> out = new LinkedHashSet<>();
        for (Set<String> w : windows) out.addAll(w);
        return out;
    }

    /** What only the shorter terms hold, in facets the longest term does not: the dog in "small dogs". */
    private static Set<String> insideLonger(List<Set<String>> windows) {
        Set<String> longest = Set.of();
        for (int k = windows.size() - 1; k >= 0 && longest.isEmpty(); k--) longest = windows.get(k);
        Set<String> held = new java.util.HashSet<>();
        for (String v : longest) held.add(facetOf(v));
        Set<String> out = new LinkedHashSet<>();
        for (String v : union(windows)) if (!held.contains(facetOf(v))) out.add(v);
        return out;
    }

    /**
     * The values of the terms that end right before words[end], of up to four words ("over 70s
     * only", "small to medium dogs only"); not one that merely stands near it ("kids clothes only").
     */
    private Set<String> endingAt(List<String> words, int end) {
        // every term that ends there: "small dogs only" is a dog, and a small one
        return union(windowsEndingAt(words, end));
    }

    /** Whether a value belongs to a facet read only as a limit ("women only"). */
    boolean isLimit(String value) {
        return onlyFacets.contains(facetOf(value));
    }

    /**
     * An offer's values as its limits leave them: a facet it limits with "only" keeps just the
     * values named so (and has them, however its longer terms read), and a facet read only as a limit keeps nothing else.
     */
    Set<String> limitedTo(Set<String> values, List<String> words) {
        OnlyLimits limits = onlyLimits(words);
        Set<String> only = limits.values();
        Set<String> facets = new java.util.HashSet<>();
        for (String v : only) if (!limits.implied().contains(v)) facets.add(facetOf(v));
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            String facet = facetOf(v);
            if (only.contains(v) || (!facets.contains(facet) && !onlyFacets.contains(facet))) out.add(v);
        }
        // "cats or small dogs only" names dogs, though the longer term "small dogs" is read as a size
        out.addAll(only);
        return out;
    }

    private static final Set<String> SCHOOL_KINDS = Set.of("elementary", "middle", "high", "primary", "secondary", "school",
            "academy", "college", "nursery", "preschool", "daycare");
    /** words that say what kind of school it is, or whose, rather than which one */
    private static final Set<String> NOT_A_NAME = Set.of("junior", "senior", "public", "private", "charter", "catholic",
            "grammar", "summer", "sunday", "night", "driving", "local", "new", "old", "same", "different", "after", "before",
            "from", "at", "to", "the", "my", "his", "her", "their", "our", "your", "kids", "son", "daughter", "grade",
            "community", "special", "boarding", "state", "art", "language", "music", "dance",
            // words that stand before "school" without naming one: "start school next week", "extra school supplies"
            "start", "starts", "starting", "started", "back", "for", "in", "of", "into", "out", "go", "goes", "going", "went", "leave",
            "leaves", "leaving", "left", "finish", "finishes", "finished", "miss", "missed", "missing", "skip", "this", "that", "next",
            "last", "a", "an", "any", "all", "every", "no", "and", "or", "with", "by", "near", "nearby", "about", "extra", "spare",
            "free", "good", "big", "small", "whole", "hers", "its", "them", "home", "walk", "drive", "pick", "drop",
            // "can keep school age kids", "til school starts back": what is done, or when, before "school"
            "keep", "til", "till", "until", "lol", "since", "cos", "cuz", "coz",
            // who works there, said before the school: "I'm a pre-k teacher, school closed"
            "teacher", "teachers", "assistant", "aide", "bus",
            // what is asked, or the colour of a thing for school: "needs school shoes", "black school shoes"
            "need", "needs", "needed", "wants", "more", "some", "black", "white", "grey", "gray", "navy", "blue", "red", "green",
            "maroon", "purple", "brown", "boys", "girls", "childrens", "kid", "smart", "plain", "cheap", "second", "used",
            // who runs it or a year in it, as Indian posts say: "govt school", "8th std school closed"
            "govt", "government", "municipal", "std", "standard", "class", "medium", "international", "tuition", "coaching",
            // whose, written without the apostrophe: "daughters school chromebook"
            "daughters", "sons", "childs", "grandsons", "granddaughters", "grandkids", "grandchildrens", "nieces", "nephews");
    /** a thing for school after "school", not a school the word before names: "email, school laptops", "Walmart school supplies" */
    private static final Set<String> SCHOOL_THINGS = Set.of("laptop", "laptops", "chromebook", "chromebooks", "supplies", "shoes",
            "bag", "bags", "books", "clothes", "lunch", "lunches", "stuff", "things", "work", "fees", "trip");

    /**
     * The schools a text names ("Lincoln Elementary", "Roosevelt High"), as "school/lincoln": a
     * pick-up from one school is no help at another. A named place is a specific like any other,
     * read from the text's shape because names cannot be listed.
     */
    public static Set<String> schools(List<String> words, StopWords stopWords) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String name = words.get(i);
            if (!SCHOOL_KINDS.contains(words.get(i + 1)) || SCHOOL_KINDS.contains(name) || NOT_A_NAME.contains(name)
                    // "finish 5 but school ends at 3": a word that says nothing of its own names no school
                    || stopWords.contains(name)) continue;
            if (words.get(i + 1).equals("school") && i + 2 < words.size() && SCHOOL_THINGS.contains(words.get(i + 2))) continue;
            if (name.length() >= 3 && name.chars().allMatch(Character::isLetter)) out.add("school/" + name);
        }
        return out;
    }

    /**
     * Values both name, and facets where both name values but none in common: the sign that two
     * posts about the same kind of help are about different things within it. need and offer in
     * that order: a need for a facet's whole (a cat sitter) meets an offer of several values if one
     * of them is within it (dog walks and calls to feed cats), while an offer of the whole (clothes)
     * covers a need only if it covers all the need names (school trousers, but not taking them up).
     */
    public Comparison compare(Set<String> a, Set<String> b) {
        // most posts name no specific: nothing to share or conflict on
        if (a.isEmpty() || b.isEmpty()) return new Comparison(Set.of(), Set.of());
        // "can keep small dogs and cats" names dogs by their size: it is no cats-only offer to a need with a chihuahua
        Map<String, Set<String>> byFacetA = byFacet(withKinds(a));
        Map<String, Set<String>> byFacetB = byFacet(withKinds(b));
        Set<String> shared = new LinkedHashSet<>(a);
        shared.retainAll(b);
        shared.removeIf(Facets::isAny);
        Set<String> conflicts = new LinkedHashSet<>();
        for (Map.Entry<String, Set<String>> e : byFacetA.entrySet()) {
            Set<String> other = byFacetB.get(e.getKey());
            if (other != null && java.util.Collections.disjoint(e.getValue(), other)
                    && !coveredByAny(e.getKey(), e.getValue(), other, false) && !coveredByAny(e.getKey(), other, e.getValue(), true)) {
                conflicts.add(e.getKey());
            }
        }
        return new Comparison(shared, conflicts);
    }

    /** The values, with the value each is a kind of ("| kind of" in facets.txt): a dog's size names a dog. */
    private Set<String> withKinds(Set<String> values) {
        if (kindOf.isEmpty()) return values;
        Set<String> out = null;
        for (String v : values) {
            String kind = kindOf.get(facetOf(v));
            if (kind == null || values.contains(kind)) continue;
            if (out == null) out = new LinkedHashSet<>(values);
            out.add(kind);
        }
        return out == null ? values : out;
    }

    /**
     * The facets whose value a need names and an offer leaves open, where the two meet on a kind
     * of help the facet specifies: a need for a piano teacher and an offer from a teacher who
     * babysits share "teaching", but nothing says the offer covers the piano. An offer that
     * names no value of a facet the match does not rest on (a mover, for a need to move a fridge)
     * is not held back.
     */
    public Set<String> uncovered(Set<String> need, Set<String> offer, Set<String> sharedCategories) {
        if (need.isEmpty()) return Set.of();
        Set<String> offered = byFacet(offer).keySet();
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, Set<String>> e : byFacet(need).entrySet()) {
            String facet = e.getKey();
            // "clothes" asks for nothing in particular that an offer of clothes could leave open
            if (offered.contains(facet) || open.contains(facet) || e.getValue().stream().allMatch(Facets::isAny)) continue;
            Set<String> specifies = categoriesOf.getOrDefault(facet, Set.of());
            if (!java.util.Collections.disjoint(specifies, sharedCategories)) out.add(facet);
        }
        return out;
    }

    /**
     * The conflicts that matter for two posts that meet on these kinds of help: a facet's values
     * exclude each other within the kinds of help it specifies, not elsewhere.
     */
    public Set<String> relevantConflicts(Comparison comparison, Set<String> sharedCategories) {
        Set<String> out = new LinkedHashSet<>();
        for (String facet : comparison.conflictingFacets()) {
            Set<String> specifies = categoriesOf.getOrDefault(facet, Set.of());
            if (specifies.isEmpty() || sharedCategories.isEmpty() || !java.util.Collections.disjoint(specifies, sharedCategories)) out.add(facet);
        }
        return out;
    }

    /**
     * The shared values that say something about two posts with these categories: a facet's
     * value counts where both posts are about a kind of help it specifies (a hospital is a ride's
     * destination only between posts about rides), or everywhere if it specifies none.
     */
    public Set<String> relevantShared(Comparison comparison, Set<String> categoriesA, Set<String> categoriesB) {
        Set<String> out = new LinkedHashSet<>();
        for (String value : comparison.sharedValues()) {
            if (onlyFacets.contains(facetOf(value))) continue;
            Set<String> specifies = categoriesOf.getOrDefault(facetOf(value), Set.of());
            if (specifies.isEmpty() || (!java.util.Collections.disjoint(specifies, categoriesA)
                    && !java.util.Collections.disjoint(specifies, categoriesB))) out.add(value);
        }
        return out;
    }

    private static Map<String, Set<String>> byFacet(Set<String> values) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String v : values) out.computeIfAbsent(facetOf(v), k -> new LinkedHashSet<>()).add(v);
        return out;
    }

    /**
     * A facet's value "any" names the whole of it ("clothes", "furniture", "baby stuff"): a post
     * that names it conflicts with none of the values it stands for (everyday clothes, not a prom
     * dress), and an offer that names it leaves nothing open. Two posts that both name it share
     * nothing telling.
     */
    private static final String ANY = "/any";

    private static boolean isAny(String value) {
        return value.endsWith(ANY);
    }

    /**
     * Whether one side's values name the facet's whole and the other side's are within what that
     * covers: all of them, or (all false) one of them.
     */
    private boolean coveredByAny(String facet, Set<String> withAny, Set<String> other, boolean all) {
        if (!withAny.contains(facet + ANY)) return false;
        Set<String> covers = anyCovers.getOrDefault(facet, Set.of());
        for (String v : other) {
            boolean covered = isAny(v) || covers.contains(v);
            if (all && !covered) return false;
            if (!all && covered) return true;
        }
        return all;
    }

    /** "translation/portuguese" → "translation". */
    static String facetOf(String value) {
        return value.substring(0, value.indexOf('/'));
    }

    /** "translation/portuguese" → "portuguese". */
    public static String valueName(String value) {
        return value.substring(value.indexOf('/') + 1).replace('-', ' ');
    }
}

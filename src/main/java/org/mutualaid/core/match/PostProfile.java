package org.mutualaid.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mutualaid.core.model.PostKind;

/**
 * What the matcher knows of one text: its meaningful word stems (each with the word it came from,
 * to explain a match in the member's own words), its category hits, its facet values and the sizes it names.
 *
 * <p>Category hits count double in the parts of a post that ask or offer ("need someone to
 * foster my cat", "I can babysit") when other parts only tell the story ("going into rehab for
 * 30 days", "retired teacher"): what the poster asks for weighs more than what the post
 * mentions. A post with no such marker counts every part alike. In a need, what its poster says
 * they will do ("I'll repay it Friday", "I can collect") is story, not the ask.
 *
 * <p>A need's specifics are read the same way, facet by facet: where its asking parts name a value of a facet,
 * the story's values of that facet are left out ("could someone loan me £150 for the gas bill? my
 * tax return comes next month" asks for a loan and a bill, not for help with taxes); where only
 * the story names one ("mum is in hospital. need a ride"), it stands. An offer's specifics are all read: what it
 * offers often goes without a marker ("I knit and darn. Also have boots to give away").
 *
 * <p>An offer is read without what it says it does not offer ("crib, no mattress"), and that is
 * kept apart ({@link #excluded}): a need that asks for it ({@link #named}: "anyone have a crib
 * mattress?") is not met. Both hold word stems, facet values and, as "#id", categories. A need's
 * {@link #excluded} is what it says it does not have ("24F, quiet, no pets"), read only to tell
 * that from a need with a pet.
 */
record PostProfile(Map<String, String> stems, Map<String, Integer> categoryHits, Map<String, Double> categoryShares,
        Set<String> facetValues, Set<String> sizes, Set<Mode> askedModes, Set<Mode> offeredModes, Set<String> named,
        Set<String> excluded, Availability when) {

    static PostProfile of(String text, PostKind kind, Taxonomy taxonomy, StopWords stopWords) {
        return of(text, kind, taxonomy, stopWords, GroupWords.NONE);
    }

    /**
     * The profile of a post's text as its members wrote it. groupWords: a chat's own words, read
     * as the known words they stand for, or counted as their categories.
     */
    static PostProfile of(String written, PostKind kind, Taxonomy taxonomy, StopWords stopWords, GroupWords groupWords) {
        // posts are at most 1,000 characters (TextRules); a group's words could lengthen one, and the size patterns recurse once per list item
        String rewritten = groupWords.rewrite(TextSpeak.expand(written));
        String posted = rewritten.length() > MAX_TEXT ? rewritten.substring(0, MAX_TEXT) : rewritten;
        String text = kind == PostKind.OFFER ? offered(posted) : withoutProvided(posted);
        List<String> words = Words.of(text);
        Map<String, String> stems = new LinkedHashMap<>();
        for (String w : stopWords.contentWords(words)) stems.putIfAbsent(Stemmer.stem(w), w);
        List<Part> parts = parts(text, kind, taxonomy);
        Whole whole = new Whole(words, taxonomy);
        // a need's clauses without what its poster gives in return ("I can help with cleaning"): read for its kinds of help and how it asks
        List<Part> asked = kind == PostKind.NEED ? withoutOwn(parts) : parts;
        Map<String, Integer> hits = asked == parts ? weightedHits(parts, whole, taxonomy) : needHits(parts, asked, whole, taxonomy);
        if (kind == PostKind.NEED) hits = withAskedVerb(hits, asked == parts ? words : wordsOf(asked), taxonomy);
        if (!groupWords.categories().isEmpty()) {
            hits = new HashMap<>(hits);
            for (String w : words) {
                String category = groupWords.categories().get(GroupWords.stemOf(w));
                if (category != null) hits.merge(category, 1, Integer::sum);
            }
        }
        Set<String> facetValues = kind == PostKind.NEED ? facetValues(parts, whole, taxonomy)
                : new LinkedHashSet<>(taxonomy.facets().limitedTo(whole.facetValues(), words));
        // a school's name stands within a sentence: "ruined in the water. school starts back" names none
        for (Part p : parts) facetValues.addAll(Facets.schools(p.words(), stopWords));
        // "not asking for money, just food": what a need says it does not ask for is not what it is about
        List<List<String>> disowned = kind == PostKind.NEED ? disowned(text) : List.of();
        if (kind == PostKind.NEED) {
            hits = withoutDisowned(hits, disowned, taxonomy);
            // "not after therapy or anything, just someone to natter to": no counselling asked for
            for (List<String> first : disowned) facetValues.removeAll(taxonomy.facets().values(first));
        }
        // a specific that names its kind of help ("toilet keeps running": plumbing) files the post there when its words did not
        for (String c : taxonomy.facets().filedCategories(facetValues)) {
            if (!hits.containsKey(c)) {
                hits = new HashMap<>(hits);
                hits.put(c, 1);
            }
        }
        // "screen is in bits, can anyone fix it?": mending a phone or a laptop is help with tech, not a home repair
        if (kind == PostKind.NEED && hits.containsKey(REPAIRS) && mendsADevice(facetValues) && toldDamaged(stems.keySet())) {
            hits = new HashMap<>(hits);
            hits.merge(TECH, hits.remove(REPAIRS), Integer::sum);
        }
        if (kind == PostKind.NEED && hits.containsKey(MOVING) && hits.containsKey(CARGO) && itemised(facetValues)
                && !asksForFurniture(parts, taxonomy)) {
            // "moving out Saturday, a mattress, a table and some boxes": what is moved, not what is asked for
            hits = new HashMap<>(hits);
            hits.remove(CARGO);
            facetValues.removeIf(v -> Facets.facetOf(v).equals(CARGO_FACET));
        }
        Set<String> named = kind == PostKind.NEED ? named(asked, whole, stems.keySet(), taxonomy, stopWords) : Set.of();
        // "sending me up to the Cleveland Clinic": where a need goes, however it is told, against "not doing Cleveland trips"
        if (kind == PostKind.NEED) named = withDestinations(named, posted);
        // "not looking for a therapist, just a person": what a need disowns is not what it names as asked
        if (!disowned.isEmpty()) {
            named = new LinkedHashSet<>(named);
            for (List<String> first : disowned) named.removeAll(taxonomy.facets().values(first));
        }
        // a need's own "no pets" says what it does not have: read the same way, it is told from "me and my dog"
        // a need's text less what it says it has none of: read for when it is needed, and for what it names besides
        String needUnexcluded = kind == PostKind.NEED ? offered(text) : null;
        Set<String> excluded = kind == PostKind.OFFER ? withGone(excluded(posted, taxonomy, stopWords, true), posted, text, taxonomy, stopWords)
                : lacking(posted, needUnexcluded, taxonomy, stopWords);
        // "not elderly, just laid up": not who an offer for the elderly is for
        if (kind == PostKind.NEED && !excluded.isEmpty()) facetValues.removeIf(v -> taxonomy.facets().isLimit(v) && excluded.contains(v));
        Set<String> markers = Mode.markers(asked == parts ? words : wordsOf(asked));
        return new PostProfile(stems, hits, shares(hits), facetValues, Sizes.of(text), Mode.asked(markers), Mode.offered(markers),
                named, excluded, Availability.of(kind == PostKind.NEED ? needUnexcluded : text));
    }

    /**
     * What a need says it has none of ("no pets", "non smoker", "no allergies"), less what it names
     * elsewhere too: "no mattress. anyone have a crib mattress?" lacks one and asks for it, and "nut
     * allergy, so no nuts please" lives with nuts.
     */
    private static Set<String> lacking(String posted, String unexcluded, Taxonomy taxonomy, StopWords stopWords) {
        // "I cant fix it" in a need is why it asks, not repairs it says it has no need of
        Set<String> excluded = excluded(posted, taxonomy, stopWords, false);
        if (excluded.isEmpty()) return excluded;
        List<String> rest = Words.of(unexcluded);
        Set<String> namedElsewhere = new java.util.HashSet<>(taxonomy.facets().values(rest));
        for (String w : stopWords.contentWords(rest)) namedElsewhere.add(Stemmer.stem(w));
        for (String c : taxonomy.hits(rest).keySet()) namedElsewhere.add("#" + c);
        excluded.removeIf(namedElsewhere::contains);
        return excluded;
    }

    private static final int MAX_TEXT = 1_000;
    private static final String MOVING = "moving", CARGO = "furniture", CARGO_FACET = "furniture or appliance";
    private static final String REPAIRS = "repairs", TECH = "tech", DEVICE_FACET = "device", TRADE_FACET = "home repair trade";

    /** Whether a text tells of damage or a screen ("screen is in bits", "cracked"): "I'll pay you in tablet" is no device to mend. */
    private static boolean toldDamaged(Set<String> stems) {
        return stems.contains(SCREEN) || tellsDamage(stems);
    }

    private static final String SCREEN = Stemmer.stem("screen");

    /** Whether a need's only things to mend are devices: a phone or a laptop, no trade, no appliance, no phone credit. */
    private static boolean mendsADevice(Set<String> facetValues) {
        boolean device = false;
        for (String v : facetValues) {
            String facet = Facets.facetOf(v);
            if (facet.equals(TRADE_FACET) || facet.equals(CARGO_FACET)) return false;
            if (facet.equals(DEVICE_FACET) && !v.endsWith("/credit")) device = true;
        }
        return device;
    }

    /** Whether a part that asks names a piece of furniture ("moving in next week, need a bed and a sofa"). */
    private static boolean asksForFurniture(List<Part> parts, Taxonomy taxonomy) {
        boolean anyStory = false;
        for (Part p : parts) if (!p.ask()) anyStory = true;
        if (!anyStory) return false;
        for (Part p : parts) {
            if (!p.ask()) continue;
            for (String v : taxonomy.facets().values(p.words())) if (Facets.facetOf(v).equals(CARGO_FACET)) return true;
        }
        return false;
    }

    /** Whether a need lists its furniture piece by piece ("a mattress and a table"), as what is moved is; "any bits of furniture" asks for some. */
    private static boolean itemised(Set<String> facetValues) {
        boolean any = false;
        for (String v : facetValues) {
            if (!Facets.facetOf(v).equals(CARGO_FACET)) continue;
            if (v.endsWith("/any")) return false;
            any = true;
        }
        return any;
    }

    /** Each category's share of a post's category words: a post mostly about food is 0.8 food. */
    static Map<String, Double> shares(Map<String, Integer> hits) {
        double total = 0;
        for (int v : hits.values()) total += v;
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, Integer> e : hits.entrySet()) out.put(e.getKey(), e.getValue() / total);
        return out;
    }

    /**
     * The whole text's category hits and facet values, each read at most once: the parts below
     * fall back on them, and reading a text's terms is most of the work of a profile.
     */
    private static final class Whole {
        private final List<String> words;
        private final Taxonomy taxonomy;
        private Map<String, Integer> hits;
        private Set<String> facetValues;

        Whole(List<String> words, Taxonomy taxonomy) {
            this.words = words;
            this.taxonomy = taxonomy;
        }

        Map<String, Integer> hits() {
            if (hits == null) hits = taxonomy.hits(words);
            return hits;
        }

        Set<String> facetValues() {
            if (facetValues == null) facetValues = taxonomy.facets().values(words);
            return facetValues;
        }
    }

    /**
     * Sentences; clauses joined by ", and" / ", but" or by "and"/"but"/"so" before a new subject;
     * a comma before an ask ("in hospital next week, need someone to walk my dog") or before the
     * poster's own ("need a crib mattress, the one we got is too small for the crib"); and what
     * follows "while", "because", "since" (why, not what: "walk my dog while I'm in hospital").
     */
    private static final Pattern CLAUSES = Pattern.compile(
            "[.!?;:()\\n]+|(?<!\\ba|\\bthe)\\s(?=(?:while|because|bc|cos|since)\\s)|,\\s*(?:and|but|so)\\s|,\\s*(?=(?:(?:just|really|so|i|we|i really|we really|i just|we just)\\s+)?(?:need|needs|looking|iso|anyone|anybody|someone|can|could|would|please|pls)\\b)|\\s(?:and|but|so)\\s+(?=(?:i|i'm|im|i've|ive|she|he|we|they|my|our|his|her|their|it|now|then)\\b)|,\\s*(?=(?:ours|mine|theirs|i'm|im|i've|ive|we're|were|she's|he's|it's|its|the one|the old one)\\s)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A need's parts are also set off by a spaced dash ("looking for a double bed frame - just moved in, on a mattress on
     * the floor"); in an offer a dash mostly leads into what it offers ("lifts to appointments - hospital, GP, dentist").
     */
    private static final Pattern NEED_CLAUSES = Pattern.compile("\\s[-\u2013\u2014]+\\s|" + CLAUSES.pattern(), Pattern.CASE_INSENSITIVE);
    /** words that mark a part of a post as what it asks for or offers */
    private static final Set<String> MARKERS = Set.of("need", "needs", "needed", "needing", "looking", "iso", "anyone",
            "anybody", "someone", "somebody", "nobody", "noone", "can", "could", "would", "want", "wanted", "help", "please", "pls", "plz",
            "happy", "glad", "free", "giving", "give", "lend", "borrow", "offer", "offering", "ll");
    /** markers of what a poster gives or will do: in a need they tell the story ("I'll repay it Friday") */
    private static final Set<String> GIVING = Set.of("happy", "glad", "free", "giving", "give", "offer", "offering", "ll");
    /** markers that, after "I" or "we", say what the poster can do rather than ask ("I can chip in a bit") */
    private static final Set<String> ABLE = Set.of("can", "could", "would");

    /**
     * "no", "not", "without", "can't do" and what follows them, up to the next punctuation, "but", a new "I" or "we", or
     * a new "and no" or a spaced dash ("NO electrics and I wont go up on a roof", "no mens stuff and no shoes" are two), at most 30
     * characters and never ending inside a word
     */
    /** "too small for a wheelchair", "too narrow for a sofa" */
    private static final Set<String> TIGHT = Set.of("small", "little", "narrow", "tight", "low", "short");
    private static final Pattern EXCLUSION = Pattern.compile(
            "\\b(?:no|not|non(?=[-\\s])|without|except|allergic to|too (?:" + String.join("|", TIGHT) + ") for|don['\u2019]?t(?=\\s+smoke)|(?:don|doesn)['\u2019]?t eat|do not eat|does not eat|never eats?|nothing(?=\\s+(?:for|adult|adults|grown)\\b)|(?:(?:can|don|won)['\u2019]?t|cannot|cannae) (?:do|give|offer|provide|manage|handle|help with|get up on|climb|go up|lift|carry|fix|fit|repair|take|accept|host|have any|have|pass on|guarantee|advise on|advise|write|speak))\\b(?:(?!\\bbut\\b|\\b(?:i|we)\\b|(?:\\band|\\bor|&)\\s+(?:no|not)\\b|\\s[-+]\\s)[^.,;:!?()\\n\\p{So}]){0,30}(?:(?<=[\\p{L}\\d])[\\p{L}\\d]+)?", Pattern.CASE_INSENSITIVE);

    /**
     * An offer's text without what it says it does not offer: "crib (no mattress sorry)", "NO
     * electrical or gas", "one way only, can't do pickups", "not a lawyer", "allergic to dogs". A need is left whole:
     * there "no phone, no ID" is what is asked for.
     */
    static String offered(String text) {
        String kept = EXCLUSION.matcher(text).replaceAll(r -> saidOfOthers(text, r.start()) || countsOnly(r.group()) || saysHowFar(r.group()) ? "$0" : " ");
        List<int[]> gone = goneSpans(kept);
        if (gone.isEmpty()) return kept;
        StringBuilder out = new StringBuilder(kept.length());
        int at = 0;
        for (int[] g : gone) {
            out.append(kept, at, g[0]).append(' ');
            at = g[2];
        }
        return out.append(kept, at, kept.length()).toString();
    }

    /**
     * What an offer says has already gone: "mattress and bed frames already went", "cot now
     * taken", "(pram gone)". The verb is found first, then the words before it within the clause
     * (at most 40 characters) name what went: a pattern that looked for those words first tried
     * every place in every post and made a profile ten times slower.
     */
    private static final Pattern GONE_VERB = Pattern.compile(
            "\\b(?:(has|have|is|are|was|were)\\s+)?(?:(already|now|all|just)\\s+)?(gone|went|taken|been taken|claimed|been claimed|spoken for)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GONE_END = Pattern.compile("\\s*(?:[.,;:!?()\\n]|sorry\\b|now\\b|already\\b|$)", Pattern.CASE_INSENSITIVE);
    private static final int GONE_REACH = 40;

    /** Each place something is said to have gone: {start of what went, start of the verb, end}. */
    private static List<int[]> goneSpans(String text) {
        if (!mayNameGone(text)) return List.of();
        List<int[]> out = new ArrayList<>();
        java.util.regex.Matcher m = GONE_VERB.matcher(text);
        java.util.regex.Matcher end = GONE_END.matcher(text);
        while (m.find()) {
            boolean adverb = m.group(2) != null, aux = m.group(1) != null;
            String verb = m.group(3).toLowerCase(Locale.ROOT);
            boolean closes = end.region(m.end(), text.length()).lookingAt();
            boolean said = adverb || (aux && !verb.equals("went") && !verb.equals("claimed") && closes)
                    || (!aux && (verb.equals("gone") || verb.equals("taken")) && closes && !text.startsWith(":", m.end()));
            if (!said) continue;
            int from = m.start();
            while (from > 0 && m.start() - from < GONE_REACH && CLAUSE_MARKS.indexOf(text.charAt(from - 1)) < 0) from--;
            if (text.substring(from, m.start()).isBlank()) continue;
            // "one radiator's gone already so just 1 left": some went, the thing is still offered (in the same
            // clause: "washing machine gone, only 2 left - the fridge and the microwave" counts other things)
            if (SOME_LEFT.matcher(text).region(m.end(), clauseEnd(text, m.end())).find()) continue;
            out.add(new int[] {from, m.start(), m.end()});
        }
        return out;
    }

    private static final Pattern SOME_LEFT = Pattern.compile("\\b(?:\\d+|one|two|three|a couple|a few|some)\\s+(?:left|remaining)\\b", Pattern.CASE_INSENSITIVE);

    /** what ends a clause, either way from a place: a gone span reaches back no further, "2 left" counts no further on */
    private static final String CLAUSE_MARKS = ".,;:!?()\n";

    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) return i;
        return text.length();
    }

    /** "Size 1 already gone": the word for a size is no thing left out */
    private static final Set<String> SIZE_WORDS = Set.of("size", "sizes", "sz", "talla");
    /** words that name a number after them: a school year, a grade, an age, a level */
    private static final Set<String> NUMBERED_WORDS = Set.of("yr", "yrs", "year", "years", "grade", "grades", "age", "ages", "level", "levels");
    /** words that name how far or how big by the number after them ("past the 2nd floor", "above 25kg") */
    private static final Set<String> BEYOND = Set.of("past", "beyond", "above");

    /** Whether a number stands at the place, or after a "the" there ("past the 2nd floor"). */
    private static boolean numberAfter(List<String> words, int at) {
        if (at < words.size() && words.get(at).equals("the")) at++;
        return at < words.size() && Character.isDigit(words.get(at).charAt(0));
    }

    private static boolean mayNameGone(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("gone") || lower.contains("went") || lower.contains("taken") || lower.contains("claimed") || lower.contains("spoken for");
    }

    /**
     * An offer's exclusions and what it says has gone, each as its stem and specific. Where the
     * rest of the offer still names part of what went, only the other part went: "adult coats,
     * kids coats all gone" leaves out kids, not coats; "cot and pram (pram now gone)" the pram.
     */
    private static Set<String> withGone(Set<String> excluded, String text, String offeredText, Taxonomy taxonomy, StopWords stopWords) {
        List<int[]> spans = goneSpans(text);
        if (spans.isEmpty()) return excluded;
        Set<String> out = null;
        Set<String> still = null;
        for (int[] g : spans) {
            List<String> words = Words.of(text.substring(g[0], g[1]));
            Set<String> gone = new LinkedHashSet<>();
            for (String w : stopWords.contentWords(words)) gone.add(Stemmer.stem(w));
            gone.addAll(taxonomy.facets().values(words));
            // "newborn and size 1 diapers all gone": the youngest's things went, not every child's
            if (words.stream().anyMatch(YOUNG::contains)) dropWholeChildhood(gone);
            if (gone.isEmpty()) continue;
            if (still == null) {
                List<String> rest = Words.of(offeredText);
                still = new java.util.HashSet<>(taxonomy.facets().values(rest));
                for (String w : rest) still.add(Stemmer.stem(w));
            }
            Set<String> only = new LinkedHashSet<>(gone);
            only.removeAll(still);
            if (!Sizes.of(text.substring(g[0], g[1])).isEmpty()) {
                // "Pampers size 3 and size 4 ... newborn and size 1 diapers ALL GONE": those sizes went, not what the rest still
                // names in other words (where no size is said, "moses basket ... cot has gone" is the cot itself)
                if (only.isEmpty()) only = new LinkedHashSet<>(gone);
                for (String w : stopWords.contentWords(words)) {
                    Set<String> named = taxonomy.facets().values(List.of(w));
                    if (SIZE_WORDS.contains(w) || !named.isEmpty() && still.containsAll(named)) only.remove(Stemmer.stem(w));
                }
            } else if (only.isEmpty()) {
                only = gone;
            }
            if (out == null) out = new LinkedHashSet<>(excluded);
            out.addAll(only);
        }
        return out == null ? excluded : out;
    }

    private static final Set<String> NEGATIONS = Set.of("no", "not", "non", "without", "except", "can", "don", "won", "t", "do", "allergic", "to",
            "cannot", "cannae",
            // "cant take big dogs", "not allowed inside": as typed on a phone, and a rule rather than a wish
            "cant", "dont", "wont", "allowed", "able",
            // "can't advise on tenancy disputes": what is left out comes after
            "advise",
            // "she doesn't eat meat": what is left out is the food
            "doesn", "does", "never", "eat", "eats",
            // "can't write referral letters", "sorry I don't speak Somali": what is left out comes after
            "write", "speak",
            "give", "offer", "provide", "manage", "handle", "help", "with", "get", "up", "on", "climb", "go", "lift", "carry", "fix", "fit",
            "repair", "nothing", "for", "take", "accept", "host", "have", "any", "pass", "guarantee", "taking", "accepting", "doing",
            // "NOT giving the car seat": what is left out is what is not given ("not asking for money back" is a term, not a limit)
            "giving", "offering", "lending",
            // "will NOT touch nothing on or near power lines": what is left out is what is not touched (also as typed: "not touchin nothin")
            "touch", "touching", "touchin", "nothin", "near", "doin", "takin",
            // "not keen on big dogs", "not good with cats", "not really into": what is left out comes after
            "keen", "fond", "of", "good", "great", "comfortable", "really", "too", "so", "into");
    private static final Set<String> JOINS = Set.of("or", "and", "nor");
    private static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }
    /** the verbs of mending an exclusion can start with ("can't fix", "don't repair") */
    private static final Set<String> MENDING = Set.of("fix", "repair", "mend");
    /** a word for things that names none: "don't repair stuff" leaves out repairs, not stuff (the stop words "things", "anything" are passed over anyway) */
    private static final Set<String> VAGUE_THINGS = Set.of("stuff", "owt", "em");
    /** "don't repair stuff like appliances": what follows names what is left out */
    private static final Set<String> SUCH_AS = Set.of("like", "such");

    /**
     * Whether an exclusion's words from i, right after its verbs, leave out mending itself: a mending verb ("can't fix",
     * "don't repair") with nothing after it, a new clause, or only a vague word ("we don't repair stuff"; not "stuff like
     * boilers", which names what).
     */
    private static boolean mendingOnly(List<String> words, int i) {
        if (java.util.Collections.disjoint(words.subList(0, i), MENDING)) return false;
        if (i == words.size() || NEW_CLAUSE.contains(words.get(i))) return true;
        return VAGUE_THINGS.contains(words.get(i)) && (i + 1 == words.size() || !SUCH_AS.contains(words.get(i + 1)));
    }

    private static final String REPAIR = Stemmer.stem("repairs");

    /** Whether an "or" joins two of the words before what is left out: "can't lift or carry pianos", not "no dogs or cats". */
    private static boolean joinsVerbs(List<String> words, int i) {
        // "can't lift or carry, bad back": the last verb is what is left out when nothing follows it
        return i > 0 && i + 2 < words.size() && JOINS.contains(words.get(i)) && NEGATIONS.contains(words.get(i - 1))
                && NEGATIONS.contains(words.get(i + 1));
    }
    /** "on or near power lines": where, not what, is left out */
    private static final Set<String> NEAR = Set.of("near");
    /** a subject that starts a clause of its own inside an exclusion's reach */
    private static final Set<String> NEW_CLAUSE = Set.of("i", "we", "im", "ive");
    /** "no animals" leaves out pets as a whole kind, as "no pets" does; "no dogs" leaves out dogs alone */
    private static final String ANIMAL = Stemmer.stem("animal");
    /** "no charge", "no judgement", "no questions asked": terms of the offer, not things it leaves out */
    private static final Set<String> TERMS = Set.of("charge", "cost", "fee", "fees", "judgement", "judgment", "strings",
            "pressure", "obligation", "catch", "questions", "question", "substitute", "replacement",
            // "not a good fit if your kid is allergic": who it suits, not a thing left out
            "good", "great", "fit");
    private static final Set<String> GOING = Set.of("going", "driving", "heading", "travelling", "traveling", "coming");
    /** where "going" heads; not "out of", whose place is where the offer stays ("not going out of Dublin") */
    private static final Set<String> TOWARDS = Set.of("to", "into", "over", "across", "up", "down", "as", "far", "the",
            "east", "west", "north", "south", "further", "farther");

    /** Where the words after "going" and where it heads ("going east past") end, or the place itself when no going is there. */
    private static int pastGoing(List<String> words, int i) {
        if (i >= words.size() || !GOING.contains(words.get(i))) return i;
        int j = i + 1;
        // "past the 2nd floor" is how far, read apart (NUMBERED_WORDS, BEYOND)
        while (j < words.size() && (TOWARDS.contains(words.get(j)) || (BEYOND.contains(words.get(j)) && !numberAfter(words, j + 1)))) j++;
        return j == i + 1 ? i : j;
    }

    private static boolean setUp(List<String> words, int i) {
        return words.get(i).equals("set") && i + 1 < words.size() && words.get(i + 1).equals("up");
    }

    private static final Set<String> BREEDS_AND_MAKES = Set.of("staffy", "staffie", "staffies", "staffys", "pitbull", "pitbulls",
            "pittie", "pitties", "husky", "huskies", "rottweiler", "rottweilers", "rottie", "rotties", "alsatian",
            "alsatians", "iphone", "iphones", "android", "androids", "samsung", "samsungs", "ipad", "ipads", "macbook", "macbooks",
            "chromebook", "chromebooks");
    /** Whether a stem is a breed's or a make's ("staffy", "iphon"): what the help is for, wherever a need tells it. */
    static boolean isBreedOrMake(String stem) {
        return BREED_AND_MAKE_STEMS.contains(stem);
    }

    /** the mark of a thing left out in a damaged state ("can't fix broken screens"), before the thing's stem */
    static final String DAMAGED_THING = "damaged/";

    /** Whether a need tells anywhere of damage to a thing an offer leaves out damaged: "the screen is all cracked" against "can't fix broken screens". */
    static boolean tellsDamaged(PostProfile need, Set<String> excluded) {
        for (String e : excluded) {
            if (!e.startsWith(DAMAGED_THING) || !need.stems().containsKey(e.substring(DAMAGED_THING.length()))) continue;
            if (tellsDamage(need.stems().keySet())) return true;
        }
        return false;
    }

    /** Whether a text's words tell of damage ("cracked", "smashed", "broken"). */
    private static boolean tellsDamage(Set<String> stems) {
        return !java.util.Collections.disjoint(stems, DAMAGED_STEMS);
    }

    private static final Set<String> BREED_AND_MAKE_STEMS = BREEDS_AND_MAKES.stream().map(Stemmer::stem)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** the facets whose value a breed or a make also names: the animal, the device, a dog's size ("no huskies" is not every large dog) */
    private static final Set<String> WHOLE_KINDS = Set.of("animal", "device", "dog size");

    private static Set<String> withoutWholeKinds(Set<String> values) {
        Set<String> out = new LinkedHashSet<>(values);
        out.removeIf(v -> WHOLE_KINDS.contains(Facets.facetOf(v)));
        return out;
    }

    /** words after what an offer leaves out that make it only some of those ("no dogs that chase cats", "no ladders on highset") */
    private static final Set<String> RESTRICTED = Set.of("that", "who", "which", "whose", "still", "on");
    /** "no hedges over about 6ft", "no dogs bigger than a lab": only the biggest are left out (not "no babies over there") */
    private static final Set<String> BIGGER = Set.of("over", "taller", "higher", "bigger", "larger", "heavier");

    /** Whether a measure follows at the place: a number within three words, or "than" ("over about 6ft", "bigger than a lab"). */
    private static boolean measureAfter(List<String> words, int at) {
        for (int k = at; k < Math.min(words.size(), at + 3); k++) {
            if (words.get(k).equals("than") || Character.isDigit(words.get(k).charAt(0))) return true;
        }
        return false;
    }
    /**
     * "can't repair cracked screens", "no broken furniture": the state left out, not the thing in that state. A
     * phone that only needs setting up is no cracked screen, so the pair's specific (a phone) is not left out; the thing
     * in that state is marked apart ({@link #DAMAGED_THING}), and a need that tells of damage to it anywhere is left out.
     */
    private static final Set<String> DAMAGED = Set.of("cracked", "broken", "smashed", "damaged", "faulty", "busted");
    private static final Set<String> DAMAGED_STEMS = DAMAGED.stream().map(Stemmer::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** words whose exclusion leaves out a need's baby or toddler, told by its age ("not set up for babies") */
    private static final Set<String> YOUNGEST = Set.of("baby", "babies", "toddler", "toddlers", "infant", "infants");
    /** the youngest and the newborn among them: no childhood as a whole. "No newborn" leaves out only the newborn, not a baby of 9 months */
    private static final Set<String> YOUNG = java.util.stream.Stream.concat(YOUNGEST.stream(), java.util.stream.Stream.of("newborn", "newborns"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** how the youngest are told apart by size: "small babies", "tiny ones" */
    private static final Set<String> YOUNG_SIZE = Set.of("small", "little", "tiny", "young", "wee");
    /** what an exclusion of babies or toddlers adds to the excluded set, besides their words */
    static final String YOUNGEST_LEFT_OUT = "age/youngest";
    /** the same, bounded by the offer's own age ("not babies under 1"): the youngest under that many years */
    static final String YOUNGEST_UNDER = "age/youngest-under-";
    private static final Map<String, Integer> UNDER_YEARS = Map.of("1", 1, "one", 1, "2", 2, "two", 2);

    /** What leaving out the youngest leaves out, told by an age after it ("babies under 1", "under 12 months", "under a year") or not. */
    private static String youngestLeftOut(List<String> words, int next) {
        // "no babies or toddlers under 2": the age after the last of them bounds them all
        while (next + 1 < words.size() && JOINS.contains(words.get(next)) && YOUNGEST.contains(words.get(next + 1))) next += 2;
        if (next + 1 >= words.size() || !words.get(next).equals("under")) return YOUNGEST_LEFT_OUT;
        String number = words.get(next + 1);
        String unit = next + 2 < words.size() ? words.get(next + 2) : "";
        boolean months = unit.startsWith("month") || unit.equals("mths") || unit.equals("mo");
        Integer years = months ? (number.equals("12") ? Integer.valueOf(1) : null)
                : number.equals("a") ? (unit.startsWith("year") ? Integer.valueOf(1) : null) : UNDER_YEARS.get(number);
        return years == null ? YOUNGEST_LEFT_OUT : YOUNGEST_UNDER + years;
    }
    private static final Set<String> WHOLE_CHILDHOOD = Set.of("wearer", "age group");

    /** The youngest left out, or gone, are not every child: their words' specifics of the whole of childhood go. */
    private static void dropWholeChildhood(Set<String> values) {
        values.removeIf(v -> v.indexOf('/') > 0 && WHOLE_CHILDHOOD.contains(Facets.facetOf(v)));
    }
    /**
     * Whether the words at this place are a question put to the reader ("Anyone leaving to stay with
     * family and can't take your pet?", "No car? I can drive you"): what they leave out is the
     * reader's, not the offer's.
     */
    private static boolean askedOfReader(String text, int at) {
        int start = at;
        while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) start--;
        int end = at;
        while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) end++;
        if (end == text.length() || text.charAt(end) != '?') return false;
        List<String> sentence = Words.of(text.substring(start, end));
        return !sentence.isEmpty() && READER_QUESTIONS.contains(sentence.get(0));
    }

    /**
     * Whether what a "can't" or "won't" at a place says is someone else's doing, not the poster's limit: "if your landlord
     * won't fix the pipes" is what the offer helps with.
     */
    private static boolean saidOfOthers(String text, int at) {
        int end = at;
        // the subject is the nearest word before that is no adverb: "if your landlord just won't fix the boiler"
        for (int words = 0; words < 4; words++) {
            int start = startOfWordBefore(text, end);
            String word = text.substring(start, end).strip().toLowerCase(Locale.ROOT);
            if (word.isEmpty()) return false;
            // "for anyone who can't manage - flatpack, shelves" is whom the offer helps; "retired plumber who can't do gas" is the poster
            if (word.equals("who")) return TAKERS.contains(wordBefore(text, start));
            // "if you go to a warming centre and they won't take your pet" is what the offer helps with
            if (word.equals("they")) return inCondition(text, start);
            if (!ADVERBS.contains(word)) return OTHERS.contains(word);
            end = start;
        }
        return false;
    }

    private static final Set<String> ROOM = Set.of("room", "space");
    /** people an offer speaks of by what they lack: "folks with no car", "parents without much English" */
    private static final Set<String> LACKING = Set.of("anyone", "anybody", "someone", "somebody", "people", "folks", "folk", "those",
            "families", "family", "parents", "kids", "children", "students", "newcomers", "seniors", "elders",
            "person", "households", "household", "mums", "moms", "dads");
    /** who an offer speaks of as having nothing: "if someone has no phone at all" */
    private static final Set<String> HAVERS = Set.of("anyone", "anybody", "someone", "somebody", "you", "folks", "people", "families");
    /** the poster, told by what they lack: "dog lover with no dog" */
    private static final Set<String> SELF = Set.of("lover", "lovers");
    /** what a home offered to people "with no" them still leaves out: "room for a family with no pets" */
    private static final Set<String> HOUSEHOLD = Set.of("pets", "pet", "dogs", "dog", "cats", "cat", "animals", "kids", "children",
            "babies", "smokers", "smoking");

    /**
     * Whether the "no" or "without" at a place tells what the people an offer is for lack, not what it leaves out: "grab
     * furniture for folks with no car", "a spare phone if someone has no phone at all".
     */
    private static boolean describesTakers(String text, int at, String exclusion) {
        String before = wordBefore(text, at);
        int start = startOfWordBefore(text, at);
        String person = text.regionMatches(true, at, "without", 0, 7) ? before : before.equals("with") ? wordBefore(text, start) : "";
        // "dog lover with no dog" is the poster; "room for a family with no pets" still leaves pets out
        if (SELF.contains(person)) return true;
        List<String> words = Words.of(exclusion);
        if (words.size() > 1 && HOUSEHOLD.contains(words.get(1))) return false;
        if (!person.isEmpty()) return LACKING.contains(person);
        if (before.equals("has") || before.equals("have") || before.equals("got")) return HAVERS.contains(wordBefore(text, start));
        return false;
    }

    private static final Set<String> CONDITIONS = Set.of("if", "when", "where", "whenever");

    /**
     * Whether the clause a place stands in opens a condition before it ("If you gotta go ... and they"); not "do lawns if
     * you want, they don't do hedges", where "they" are the poster's own helpers.
     */
    private static boolean inCondition(String text, int at) {
        int start = at;
        while (start > 0 && ".!?,;:\n".indexOf(text.charAt(start - 1)) < 0) start--;
        for (String w : Words.of(text.substring(start, at))) if (CONDITIONS.contains(w)) return true;
        return false;
    }

    /**
     * Whose refusal is not the poster's. Not "he" or "she" ("my son can mow, he won't do hedges" is the help's limit, and
     * "she doesn't eat meat" the need's), nor "owner" or "manager", which posters say of themselves; "who" only after the
     * people an offer is for (above).
     */
    private static final Set<String> OTHERS = Set.of("landlord", "landlords", "landlady", "council", "boss", "agent", "insurance",
            "insurer", "city");
    private static final Set<String> TAKERS = Set.of("anyone", "anybody", "someone", "somebody", "people", "folks", "folk", "those",
            "neighbours", "neighbors", "elders", "seniors", "families", "parents", "tenants", "renters");

    private static String wordBefore(String text, int at) {
        return text.substring(startOfWordBefore(text, at), at).strip().toLowerCase(Locale.ROOT);
    }

    /** Where the word before a place starts, past the spaces between them; the place itself when no letter stands there. */
    private static int startOfWordBefore(String text, int at) {
        int start = at;
        while (start > 0 && text.charAt(start - 1) == ' ') start--;
        int spaces = start;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        return start == spaces ? at : start;
    }

    private static final Set<String> ADVERBS = Set.of("just", "still", "really", "simply", "even", "also", "probably", "usually",
            "definitely", "always", "often");

    private static final Set<String> READER_QUESTIONS = Set.of("anyone", "anybody", "someone", "somebody", "are", "do", "does", "need",
            "needs", "got", "have", "has", "no", "stuck", "struggling", "short", "new", "leaving", "moving");

    /** a name where a need is going: "a ride to Cleveland", "sending me up to the Cleveland Clinic", not "she drove me to Cleveland" */
    private static final Pattern DESTINATION = Pattern.compile(
            "\\b(?:ride|rides|lift|get|go|going|goes|get me|take me|take her|take him|drive me|drive her|drive him|run me|up|down|over|out)"
            + "\\s+(?:to|into)\\s+(?:the\\s+)?(\\p{Lu}\\p{Ll}+)"
            // where the appointment is: "court date in Santa Fe", "chemo Monday at U of C in Chicago" (not "my son works in Dublin",
            // "had my surgery in Boston last month", "hearing aid batteries, I live in Bristol")
            + "|(?<!\\b(?i:had)\\s(?i:my|a|her|his|the|an)\\s|\\b(?i:was)\\s(?i:my|a|her|his|the|an)\\s)"
            + "\\b(?:appointment|appt|appointments|appts|court|hearing(?!\\s+aids?\\b)|chemo|surgery|scan|dialysis|interview|funeral|clinic|hospital)\\b"
            + "[^.!?,\\n]{0,40}?\\bin\\s+(?!The\\b|English\\b)(\\p{Lu}\\p{Ll}+)");

    private static Set<String> withDestinations(Set<String> named, String text) {
        if (text.indexOf("to ") < 0 && text.indexOf("in ") < 0) return named;
        java.util.regex.Matcher m = DESTINATION.matcher(text);
        Set<String> out = null;
        while (m.find()) {
            String place = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            if (isCalendar(place)) continue;
            if (out == null) out = new LinkedHashSet<>(named);
            out.add(PLACE + Stemmer.stem(place));
        }
        return out == null ? named : out;
    }

    /** A word written as a name in the span ("Cleveland", not "NO" or "cleveland"), and no day or month. */
    private static boolean isName(String span, String head) {
        if (isCalendar(head)) return false;
        java.util.regex.Matcher t = NAME_TOKEN.matcher(span);
        while (t.find()) {
            String raw = t.group();
            if (!raw.equalsIgnoreCase(head)) continue;
            return Character.isUpperCase(raw.charAt(0)) && !raw.substring(1).equals(raw.substring(1).toUpperCase(Locale.ROOT));
        }
        return false;
    }

    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{L}+");
    /** Months and feasts, which are written as names too; days and parts of the day are {@link Availability#isTimeWord}. */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "christmas", "easter",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static boolean isCalendar(String word) {
        return MONTHS.contains(word) || Availability.isTimeWord(word);
    }
    /** the mark of a place an offer leaves out, before its stem */
    static final String PLACE = "place/";

    private static boolean liftsNoOne(List<String> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            if (!CANNOT.contains(words.get(i - 1)) || !(words.get(i).equals("lift") || words.get(i).equals("carry"))) continue;
            if (!PERSONS.contains(words.get(i + 1))) continue;
            // "can't lift anyone to Swansea", "can't lift anyone on Fridays": a lift is also a ride, given or not on a day
            String after = i + 2 < words.size() ? words.get(i + 2) : "";
            if (!after.equals("to") && !after.equals("into") && !after.equals("on") && !isCalendar(after)) return true;
        }
        return false;
    }

    private static final Set<String> CANNOT = Set.of("cant", "t", "cannot", "not");
    private static final Set<String> PERSONS = Set.of("anyone", "anybody", "nobody", "noone", "people", "folks", "folk", "someone",
            "somebody", "passengers", "persons");
    private static final String WHEELCHAIR = "ride access/wheelchair";

    /** "no referral needed", "no ID required": what the offer does not ask of a taker */
    private static final Set<String> NOT_ASKED = Set.of("needed", "required", "necessary", "asked");

    /**
     * What an offer says it does not offer: the first word that carries meaning after "no",
     * "not", "can't do" ("no mattress sorry", "not licensed for that"), and any joined to it by
     * "or"/"and" ("NO electrical or gas"). Each as its stem, as the specific it names, and where it
     * names a kind of help outright ("no pets"), as that kind: "not a lawyer" leaves out lawyers,
     * not legal questions. Not the offer's terms ("no charge", "no referral needed", "not a
     * substitute for medical advice"): they leave nothing out. A mending verb with nothing named
     * after it ("we don't repair stuff") leaves out repairs, and words about whom it helps ("folks
     * with no car") leave nothing out, in an offer only: in a need "I cant fix it" is why it asks,
     * and "family with no pets" is its own.
     */
    static Set<String> excluded(String text, Taxonomy taxonomy, StopWords stopWords, boolean ofAnOffer) {
        Set<String> out = new LinkedHashSet<>();
        java.util.regex.Matcher m = EXCLUSION.matcher(text);
        while (m.find()) {
            if (askedOfReader(text, m.start()) || saidOfOthers(text, m.start()) || countsOnly(m.group())) continue;
            if (ofAnOffer && describesTakers(text, m.start(), m.group())) continue;
            // "nothing with gas / boilers / furnaces": a slash joins what is left out as "or" does (not names: "No Frills / Food Basics")
            List<String> words = Words.of(SLASH_BEFORE_WORD.matcher(m.group()).replaceAll(" or "));
            // "can't lift anyone", "I cant lift nobody": no one who needs lifting in and out of the car
            if (liftsNoOne(words)) out.add(WHEELCHAIR);
            // "car's too small for a wheelchair": what it is too small for is left out
            int i = words.size() > 2 && words.get(0).equals("too") && TIGHT.contains(words.get(1)) && words.get(2).equals("for") ? 3 : 0;
            // "not set up for babies" leaves out babies; "no set times" leaves out nothing (a set time is no limit of the help)
            // "cannot lift or fit a wheelchair": what is left out follows the last of the verbs joined
            while (i < words.size() && (NEGATIONS.contains(words.get(i)) || setUp(words, i) || joinsVerbs(words, i))) i++;
            // "Not going to Chicago", "not going east past Broadway": the place is left out, wherever a need names it
            int past = pastGoing(words, i);
            // only as a place: "not going to the Food Bank" leaves out no food
            if (past != i && past < words.size() && isName(m.group(), words.get(past))) out.add(PLACE + Stemmer.stem(words.get(past)));
            boolean first = true;
            while (i < words.size()) {
                while (i < words.size() && !NEW_CLAUSE.contains(words.get(i))
                        && (stopWords.contains(words.get(i)) || words.get(i).length() < 2 || NEAR.contains(words.get(i)))) i++;
                // "we don't repair stuff", "can't fix them": the mending itself is left out, as "no repairs" says
                if (first && mendingOnly(words, i)) {
                    if (ofAnOffer) {
                        out.add(REPAIR);
                        out.add("#" + REPAIRS);
                    }
                    break;
                }
                // "I don't climb and I will not ...": a new clause says its own limit
                if (i == words.size() || NEW_CLAUSE.contains(words.get(i))) break;
                first = false;
                // "no room for a wheelchair": what there is no room for is left out, not a room
                if (ROOM.contains(words.get(i)) && i + 1 < words.size() && words.get(i + 1).equals("for")) {
                    i += 2;
                    continue;
                }
                String head = words.get(i);
                // "not comfortable with small babies": the babies are left out, not small things
                if (YOUNG_SIZE.contains(head) && i + 1 < words.size() && YOUNG.contains(words.get(i + 1))) head = words.get(++i);
                if (TERMS.contains(head) || (i + 1 < words.size() && NOT_ASKED.contains(words.get(i + 1)))) break;
                // "no newborn or size 1-2": the sizes left out are read by Sizes, not "size" itself
                if (SIZE_WORDS.contains(head)) break;
                // "not doing ATAR / yr 11-12": a school year or an age by its number is read by the facets and sizes, not the word "yr"
                // "not going past 2nd floor": how far, not a thing left out
                if ((NUMBERED_WORDS.contains(head) || BEYOND.contains(head)) && numberAfter(words, i + 1)) break;
                // "no dogs that chase cats", "kids still in nappies": only some of them are left out, which the words do not say
                if (i + 1 < words.size() && RESTRICTED.contains(words.get(i + 1))) break;
                if (i + 1 < words.size() && BIGGER.contains(words.get(i + 1)) && measureAfter(words, i + 2)) break;
                boolean damaged = DAMAGED.contains(head);
                Set<String> alone = damaged ? Set.of() : taxonomy.facets().values(List.of(head));
                Set<String> together = damaged || i + 1 == words.size() ? Set.of() : taxonomy.facets().values(words.subList(i, i + 2));
                // "no staffies", "no iphones": a breed or a make left out, not every dog or phone
                if (BREEDS_AND_MAKES.contains(head)) {
                    alone = withoutWholeKinds(alone);
                    together = withoutWholeKinds(together);
                }
                // "no car seat": a thing the two words name together, not what the first names alone (a car)
                if (!alone.isEmpty() && !together.isEmpty() && java.util.Collections.disjoint(alone, together)) {
                    out.addAll(together);
                    // "no car seats or strollers": what is joined to it is left out too
                    if (i + 2 < words.size() && JOINS.contains(words.get(i + 2))) {
                        i += 3;
                        continue;
                    }
                    break;
                }
                // "can't fix broken screens": the screens in that state, however the need words the damage ("cracked"),
                // and what is joined after them ("broken laptops or phones"); not the things themselves
                if (damaged) {
                    out.add(Stemmer.stem(head));
                    if (i + 1 < words.size() && JOINS.contains(words.get(i + 1))) {
                        i += 2;
                        continue;
                    }
                    for (int t = i + 1; t < words.size() && !stopWords.contains(words.get(t)); t += 2) {
                        out.add(DAMAGED_THING + Stemmer.stem(words.get(t)));
                        if (t + 1 >= words.size() || !JOINS.contains(words.get(t + 1))) break;
                    }
                    break;
                }
                // "not getting on 2 storey roofs": a number and the word after it name the specific ("2 storey", two or more), not
                // the word alone (every storey)
                Set<String> counted = i > 0 && isNumber(words.get(i - 1)) ? taxonomy.facets().values(words.subList(i - 1, i + 1)) : Set.of();
                if (!counted.isEmpty()) {
                    out.addAll(counted);
                    if (i + 1 < words.size() && JOINS.contains(words.get(i + 1))) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                // "NOT doing water heaters": one job of a trade two words name, not the trade; what is left out is the heater
                Set<String> job = new LinkedHashSet<>();
                if (alone.isEmpty()) for (String v : together) if (taxonomy.facets().names(Facets.facetOf(v))) job.add(v);
                out.add(Stemmer.stem(job.isEmpty() ? head : words.get(i + 1)));
                // "NOT doing Cleveland or Pittsburgh trips": a place left out is left out wherever a need names it
                if (isName(m.group(), head)) out.add(PLACE + Stemmer.stem(head));
                // "not set up for babies or toddlers" leaves out the youngest, not every child: the Matcher tells a need's baby by its
                // age, and an age after them bounds them ("not babies under 1" minds a 14-month-old baby)
                if (YOUNGEST.contains(head)) out.add(youngestLeftOut(words, i + 1));
                Set<String> values = new LinkedHashSet<>(alone);
                if (YOUNG.contains(head)) dropWholeChildhood(values);
                out.addAll(values);
                // "no big dogs": a specific its two words name together, not what the second names alone (all dogs)
                if (!together.isEmpty()) {
                    Set<String> pair = new LinkedHashSet<>(together);
                    pair.removeAll(taxonomy.facets().values(List.of(words.get(i + 1))));
                    pair.removeAll(job);
                    // "no baby clothes" leaves out the youngest's clothes, not every child's
                    if (YOUNG.contains(head)) dropWholeChildhood(pair);
                    out.addAll(pair);
                }
                String stem = Stemmer.stem(head);
                for (Category c : taxonomy.categories()) if (Stemmer.stem(c.id()).equals(stem)) out.add("#" + c.id());
                if (stem.equals(ANIMAL)) out.add("#pets");
                if (i + 1 < words.size() && JOINS.contains(words.get(i + 1))) i += 2;
                else break;
            }
        }
        return out;
    }

    private static final Pattern SLASH_BEFORE_WORD = Pattern.compile("/(?=\\s*\\p{Ll})");

    private static final Pattern COUNT_ONLY = Pattern.compile("\\bmore\\s+than\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern HOW_FAR = Pattern.compile("\\b(?:" + String.join("|", BEYOND) + ")\\s+(?:the\\s+)?\\d", Pattern.CASE_INSENSITIVE);

    /**
     * "not going past 2nd floor", "no big dogs above 25kg": how far or how big, which the offer's text keeps to be read for
     * what it gives; what such an exclusion leaves out before the number is still left out.
     */
    private static boolean saysHowFar(String exclusion) {
        return HOW_FAR.matcher(exclusion).find();
    }

    /** "no more than 2 kids", "can't fit more than 3 people": how many, not who is left out. */
    private static boolean countsOnly(String exclusion) {
        return COUNT_ONLY.matcher(exclusion).find();
    }

    /** What a need asks for, in the terms of {@link #excluded}: its asking parts' words, specifics and kinds of help. */
    private static Set<String> named(List<Part> parts, Whole whole, Set<String> wholeStems, Taxonomy taxonomy, StopWords stopWords) {
        List<String> asked = new ArrayList<>();
        boolean anyStory = false;
        for (Part p : parts) {
            if (p.ask()) asked.addAll(p.words());
            else anyStory = true;
        }
        Set<String> out = new LinkedHashSet<>();
        if (asked.isEmpty() || !anyStory) {
            out.addAll(wholeStems);
            out.addAll(whole.facetValues());
            for (String c : whole.hits().keySet()) out.add("#" + c);
            return out;
        }
        for (String w : stopWords.contentWords(asked)) out.add(Stemmer.stem(w));
        Set<String> values = taxonomy.facets().values(asked);
        Set<String> kinds = taxonomy.hits(asked).keySet();
        // an ask that names nothing points back at the story ("light switch is sparking. anyone handy who can sort it?"):
        // the story's kinds of help, and its specifics that name one (electrics, not whose children), are asked for
        // and an ask that names only the kind ("would anyone have a look at it" is a repair) asks for the story's specifics of it
        if (values.isEmpty()) {
            boolean bare = kinds.isEmpty();
            values = new LinkedHashSet<>();
            for (String v : whole.facetValues()) {
                Set<String> names = taxonomy.facets().namedCategories(Set.of(v));
                if (!names.isEmpty() && (bare || !java.util.Collections.disjoint(names, kinds))) values.add(v);
            }
            if (bare) kinds = whole.hits().keySet();
        }
        out.addAll(values);
        for (String c : kinds) out.add("#" + c);
        return out;
    }

    /** One clause of a post, and whether it asks (or offers) rather than tells the story. */
    private record Part(List<String> words, boolean ask) {}

    private static List<Part> parts(String text, PostKind kind, Taxonomy taxonomy) {
        List<Part> parts = new ArrayList<>();
        java.util.regex.Matcher m = (kind == PostKind.NEED ? NEED_CLAUSES : CLAUSES).matcher(text);
        int start = 0;
        while (start <= text.length()) {
            boolean found = m.find();
            int end = found ? m.start() : text.length();
            String part = text.substring(start, end);
            List<String> words = Words.of(part);
            if (!words.isEmpty()) {
                // a question asks, and a #tag says what the post is about
                boolean ask = isAsk(words, kind) || part.indexOf('#') >= 0 || (found && m.group().indexOf('?') >= 0);
                parts.add(new Part(words, ask));
            }
            if (!found) break;
            start = m.end();
        }
        return parts;
    }

    static Map<String, Integer> weightedHits(String text, PostKind kind, Taxonomy taxonomy) {
        return weightedHits(parts(text, kind, taxonomy), new Whole(Words.of(text), taxonomy), taxonomy);
    }

    private static Map<String, Integer> weightedHits(List<Part> parts, Whole whole, Taxonomy taxonomy) {
        List<Map<String, Integer>> hits = new ArrayList<>();
        boolean anyAsk = false, anyStory = false;
        for (Part p : parts) {
            Map<String, Integer> h = taxonomy.rawHits(p.words());
            hits.add(h);
            if (Taxonomy.namesHelp(h)) {
                if (p.ask()) anyAsk = true;
                else anyStory = true;
            }
        }
        if (!(anyAsk && anyStory)) return whole.hits();
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            int w = parts.get(i).ask() ? 2 : 1;
            hits.get(i).forEach((k, v) -> out.merge(k, v * w, Integer::sum));
        }
        return Taxonomy.resolve(out);
    }

    /** A need's facet values: the whole text's, less the story's values of a facet the asking parts name. */
    private static Set<String> facetValues(List<Part> parts, Whole whole, Taxonomy taxonomy) {
        Set<String> all = new LinkedHashSet<>(whole.facetValues());
        Set<String> asked = new LinkedHashSet<>();
        boolean anyStory = false;
        for (Part p : parts) {
            Set<String> v = taxonomy.facets().values(p.words());
            if (p.ask()) asked.addAll(v);
            else if (!v.isEmpty()) anyStory = true;
        }
        if (asked.isEmpty() || !anyStory) return all;
        Set<String> askedFacets = new java.util.HashSet<>();
        for (String v : asked) askedFacets.add(Facets.facetOf(v));
        Set<String> out = new LinkedHashSet<>();
        for (String v : all) if (asked.contains(v) || !askedFacets.contains(Facets.facetOf(v))) out.add(v);
        return out;
    }

    /**
     * What a need says it already has: "we're ok for heat, got the electric heaters on", up to the sentence's end or a "but";
     * "the dog is staying with the neighbours and is fine". Not "a booster is fine", which says what would do.
     */
    private static final Pattern PROVIDED = Pattern.compile(
            "\\b(?:we|i)(?:['\u2019]re|['\u2019]m| are| am)\\s+(?:ok|okay|alright|all right|fine|good|sorted|covered)\\s+(?:for|on|with)\\s+[^.;:!?()\\n]*?(?=\\s+but\\b|[.;:!?()\\n]|$)"
            // "got the clothes and cot sorted": what is arranged is not asked for
            // (not "need to have the rent sorted", "haven't got the electric sorted")
            + "|(?<!\\bto\\s|\\bnot\\s|n't\\s|n\u2019t\\s|nt\\s)\\b(?:got|have|ve got|has)\\s+(?:the|my|our|his|her|their|all the)\\s+[^.;:!?,()\\n]{1,40}?\\s+(?:sorted|covered)\\b"
            // "HandyDart is booked to get her there, but": the ride is arranged, the rest is asked
            + "|\\b(?:handy ?dart|paratransit|a ride|the ride|a lift|the lift|transport|a taxi|the taxi|a cab)(?:\\s+is|['\u2019]s|\\s+has been|\\s+was)\\s+(?:booked|sorted|arranged)\\b[^.;:!?()\\n]*?(?=\\s+but\\b|[.;:!?,()\\n]|$)"
            // "we have beds from church but in kitchen nothing", "we've got beds but": the furniture the home has is not asked for
            + "|\\b(?:we|i)(?:\\s+have|\\s+got|['\u2019]ve got|\\s+have got)\\s+(?:the\\s+|a\\s+)?(?:beds?|mattress(?:es)?|sofa|couch|furniture)\\b[^.;:!?()\\n]*?(?=\\s+but\\b|[.;:!?,()\\n]|$)"
            // "plenty of kai in the house but he sounds so flat": what the home has is not asked for
            + "|\\bplenty of\\s+(?:kai|food|tucker|groceries|tins|meals)\\s+in the (?:house|fridge|freezer|cupboards?)\\b[^.;:!?()\\n]*?(?=\\s+but\\b|[.;:!?,()\\n]|$)"
            // "the dog is staying with the neighbours and is fine": the clause up to it
            + "|(?<=^|[.;:!?,()\\n])\\s*(?:the|my|our|his|her|their|everyone|everybody|we)\\b[^.;:!?,()\\n]*?\\b(?:is|are|s)\\s+(?:fine|ok|okay|sorted|alright|all good|safe)\\b(?=\\s*(?:[.;:!?,()\\n]|$))",
            Pattern.CASE_INSENSITIVE);

    /** A need's text less what it says it already has ("food bank has been brilliant so we're alright for food"). */
    static String withoutProvided(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!(lower.contains(" for ") || lower.contains(" on ") || lower.contains(" with ") || lower.contains("fine") || lower.contains(" ok")
                || lower.contains("sorted") || lower.contains("booked") || lower.contains("plenty of") || lower.contains(" have") || lower.contains(" got") || lower.contains("arranged") || lower.contains("alright") || lower.contains("good") || lower.contains("safe"))) return text;
        return PROVIDED.matcher(text).replaceAll(" ");
    }

    private static final Pattern DISOWNED = Pattern.compile(
            "\\b(?:not asking for|not looking for|not after|don['\u2019]?t need|do not need|don['\u2019]?t want|not wanting)\\s+(?:any\\s+|a\\s+|an\\s+|the\\s+)?([^.,;:!?()\\n]{1,30})",
            Pattern.CASE_INSENSITIVE);

    /**
     * The first words after each "not asking for", "not after", "don't need" of a need: the first
     * only, as "not asking for money just food" disowns money.
     */
    private static List<List<String>> disowned(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!(lower.contains("not ") || lower.contains("n't ") || lower.contains("n\u2019t "))) return List.of();
        List<List<String>> out = new ArrayList<>();
        java.util.regex.Matcher m = DISOWNED.matcher(text);
        while (m.find()) {
            List<String> words = Words.of(m.group(1));
            if (!words.isEmpty()) out.add(words.subList(0, Math.min(2, words.size())));
        }
        return out;
    }

    /** A need's kinds of help less those it says it does not ask for ("not asking for money"), unless nothing else is left. */
    private static Map<String, Integer> withoutDisowned(Map<String, Integer> hits, List<List<String>> disowned, Taxonomy taxonomy) {
        if (hits.size() < 2 || disowned.isEmpty()) return hits;
        Map<String, Integer> out = null;
        for (List<String> words : disowned) {
            for (String c : taxonomy.hits(words).keySet()) {
                if (!hits.containsKey(c)) continue;
                if (out == null) out = new HashMap<>(hits);
                if (out.size() > 1) out.remove(c);
            }
        }
        return out == null ? hits : out;
    }

    /**
     * A need's clauses without what its poster says they will do in return ("I can help with
     * cleaning", "I can pay a little", "I can arrange someone to carry it"): that is not what the
     * need asks for, nor how. The same list when no clause says any.
     */
    private static List<Part> withoutOwn(List<Part> parts) {
        List<Part> asked = null;
        for (int i = 0; i < parts.size(); i++) {
            Part p = withoutKit(parts.get(i));
            boolean hadKit = p != parts.get(i);
            int end = ownStart(p.words());
            // a part that lost its kit words is kept as it now reads, whatever else it says
            if (end == p.words().size() && asked == null && !hadKit) continue;
            if (asked == null) asked = new ArrayList<>(parts.subList(0, i));
            if (end == p.words().size()) asked.add(p);
            else {
                // "my brother has a car, he can go get it if someone has something to sleep on": the ask after "if" stays
                List<String> kept = new ArrayList<>(p.words().subList(0, end));
                kept.addAll(p.words().subList(conditionalAsk(p.words(), end), p.words().size()));
                if (!kept.isEmpty()) asked.add(new Part(kept, p.ask()));
            }
        }
        return asked == null ? parts : asked;
    }

    /** Where, after a poster's own words, "if someone ..." turns back to the ask: the clause's size when nowhere. */
    private static int conditionalAsk(List<String> w, int from) {
        for (int i = from; i + 1 < w.size(); i++) if (w.get(i).equals("if") && ANYONE.contains(w.get(i + 1))) return i;
        return w.size();
    }

    private static final Set<String> ANYONE = Set.of("someone", "somebody", "anyone", "anybody", "people", "you");

    /**
     * A need's kinds of help with one more for what the words right after "someone to", "can anyone"
     * name: the help asked is the verb, what it is done to is context. "Someone to translate my
     * birth certificate" asks for a translator more than for paperwork, "can anyone drive me to
     * dialysis" for a ride more than for a nurse.
     */
    private static Map<String, Integer> withAskedVerb(Map<String, Integer> hits, List<String> w, Taxonomy taxonomy) {
        if (hits.size() < 2) return hits;
        Map<String, Integer> out = null;
        for (int i = 0; i + 2 < w.size(); i++) {
            boolean head = (ANYONE.contains(w.get(i)) && w.get(i + 1).equals("to"))
                    || ((w.get(i).equals("can") || w.get(i).equals("could")) && ANYONE.contains(w.get(i + 1)));
            if (!head) continue;
            Map<String, Integer> verb = Taxonomy.resolve(taxonomy.rawHits(w.subList(i + 2, Math.min(w.size(), i + 4))));
            for (String c : verb.keySet()) {
                if (!hits.containsKey(c)) continue;
                if (out == null) out = new HashMap<>(hits);
                out.merge(c, 1, Integer::sum);
            }
        }
        return out == null ? hits : out;
    }

    /** A need's kinds of help from its clauses less the poster's own words; when only those name one, they are the need. */
    private static Map<String, Integer> needHits(List<Part> parts, List<Part> asked, Whole whole, Taxonomy taxonomy) {
        Map<String, Integer> hits = weightedHits(asked, new Whole(wordsOf(asked), taxonomy), taxonomy);
        // "I can pay someone to help me move": when only the poster's own words name a kind of help, they are the need
        return hits.isEmpty() ? weightedHits(parts, whole, taxonomy) : hits;
    }

    private static List<String> wordsOf(List<Part> parts) {
        List<String> out = new ArrayList<>();
        for (Part p : parts) out.addAll(p.words());
        return out;
    }

    /**
     * Where in a clause its poster starts saying what they will do in return ("I can help with
     * cleaning", "we'll bring snacks", "I can pay a little"): its size when nowhere. Only a giving
     * verb counts: "I can go a whole week without speaking to anyone" is the need itself.
     */
    private static int ownStart(List<String> w) {
        for (int i = 0; i + 2 < w.size(); i++) {
            boolean self = w.get(i).equals("i") || w.get(i).equals("we");
            if (self && ABLE_OR_WILL.contains(w.get(i + 1)) && GIVING_VERBS.contains(w.get(i + 2))) return i;
            if ((w.get(i).equals("my") || w.get(i).equals("our")) && i + 3 < w.size() && familyProvides(w, i + 2)) return i;
        }
        return w.size();
    }

    /**
     * A clause without where the poster says they have the tools for the job: "we've got gloves and
     * a stanley knife, just need strong hands" asks for the hands, not for gloves; the words around
     * it stay ("we have the tools and just need someone to build a ramp"). The same part when none.
     */
    private static Part withoutKit(Part p) {
        List<String> w = p.words();
        for (int i = 0; i + 2 < w.size(); i++) {
            if (!w.get(i).equals("i") && !w.get(i).equals("we")) continue;
            int at = i + 1;
            if (w.get(at).equals("ve") || w.get(at).equals("already")) at++;
            if (at + 1 >= w.size() || !HAS.contains(w.get(at))) continue;
            int thing = at + 1;
            if (thing + 1 < w.size() && KIT_DETERMINERS.contains(w.get(thing))) thing++;
            if (!KIT.contains(w.get(thing))) continue;
            List<String> rest = new ArrayList<>(w.subList(0, i));
            rest.addAll(w.subList(thing + 1, w.size()));
            return new Part(rest, p.ask());
        }
        return p;
    }

    private static final Set<String> KIT_DETERMINERS = Set.of("the", "our", "my", "own", "some");
    private static final Set<String> KIT = Set.of("gloves", "tools", "shovels", "shovel", "spades", "spade", "ladder", "wheelbarrow");

    /**
     * Whether the poster's family or friend, named just before, says what they bring themselves:
     * "my nephew has a truck and can go get it", "my son can collect": the need is the thing, not a van.
     */
    private static boolean familyProvides(List<String> w, int at) {
        // "my pal's got a car": the "s" is "has"
        if (w.get(at).equals("s") && at + 2 < w.size()) at++;
        if (ABLE_OR_WILL.contains(w.get(at)) && (GIVING_VERBS.contains(w.get(at + 1)) || w.get(at + 1).equals("go"))) return true;
        if (!HAS.contains(w.get(at))) return false;
        for (int j = at + 1; j < Math.min(w.size(), at + 4); j++) if (OWN_TRANSPORT.contains(w.get(j))) return true;
        return false;
    }

    private static final Set<String> HAS = Set.of("has", "have", "got");
    private static final Set<String> OWN_TRANSPORT = Set.of("truck", "van", "ute", "trailer", "pickup", "car");

    private static final Set<String> GIVING_VERBS = Set.of("help", "pay", "bring", "cook", "clean", "collect", "pick", "drive",
            "give", "chip", "cover", "return", "repay", "come", "arrange", "carry", "share", "swap", "trade", "offer", "provide",
            "contribute", "lend", "fetch", "make", "sort", "organise", "organize", "do", "bake", "buy", "send", "transfer");

    private static final Set<String> ABLE_OR_WILL = Set.of("can", "could", "will", "ll");

    private static boolean isAsk(List<String> words, PostKind kind) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!MARKERS.contains(w)) continue;
            // "can't", "couldn't": not an offer nor an ask
            boolean negated = i + 1 < words.size() && (words.get(i + 1).equals("t") || words.get(i + 1).equals("not"));
            if (negated) continue;
            if (kind == PostKind.NEED) {
                if (GIVING.contains(w)) continue;
                if (ABLE.contains(w) && i > 0 && (words.get(i - 1).equals("i") || words.get(i - 1).equals("we"))) continue;
            }
            return true;
        }
        return false;
    }
}

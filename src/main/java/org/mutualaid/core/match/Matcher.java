package org.mutualaid.core.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.port.CandidateSearch;
import org.mutualaid.core.port.Transaction;

/**
 * Suggests open posts of the other kind for a new post. Full-text search finds the newest posts
 * that share its rarest words or its main categories; each is then scored on what a coordinator
 * would look at: are both about the same kind of help (categories, weighted by how much of each
 * post they take up, and related ones), do they share telling words (weighted by bm25's inverse
 * document frequency: "dialysis" counts far more than "weekday"), and do their specifics agree
 * (facets: a Portuguese translation is not an Arabic one). A specific that rules the offer out
 * (a day, a size) rules out the suggestion; the rest is weighed into the chance that a coordinator
 * would make it (SuggestionOdds). Nothing below the threshold is suggested: a wrong suggestion is
 * noise in a busy group.
 */
public final class Matcher {

    public static final int MAX_SUGGESTIONS = 3;
    private static final int CANDIDATES = 30;
    private static final int QUERY_WORDS = 10;
    private static final int QUERY_CATEGORIES = 3;

    // The hand-made score, one piece of the evidence SuggestionOdds weighs: chosen on the
    // development set and checked on the held-out set.
    private static final double CATEGORY_WEIGHT = 1.0;
    private static final double RELATED_WEIGHT = 0.3;
    private static final double TEXT_WEIGHT = 1.0;
    /** the summed rarity of shared words at which the text counts half: one rare word is telling, a few common ones less */
    private static final double TEXT_HALF = 4.0;
    /**
     * The least chance (SuggestionOdds) that a coordinator would make a suggestion: below it the bot
     * stays silent. The highest at which match-fit's cross-validated precision@1 and recall@3 stay
     * at the goal (0.80 and 0.92); README, Matching, has the trade-off.
     */
    private static final double THRESHOLD = 0.2;
    private static final double SHARED_VALUE = 0.25;
    /** a need's specific (a piano teacher) that an offer of the same kind of help leaves open */
    private static final double UNCOVERED_FACTOR = 0.4;
    /** a need for hands against a giveaway, or a need for a thing against a service (Mode) */
    private static final double MODE_FACTOR = 0.4;
    private static final String LANGUAGE = "language";
    private static final String FOOD = "food";
    /** an uncovered mark for what the need asks for and the offer says it does not have */
    private static final String LEFT_OUT = "left out";

    /** slots for profiles of scored posts (ProfileCache): the newest 4,096 posts' ids map to slots of their own */
    private static final int PROFILE_CACHE = 4_096;

    private final Taxonomy taxonomy;
    private final StopWords stopWords;
    /** the same open posts are scored again and again; an entry serves only the same post with the same text */
    private final ProfileCache profiles = new ProfileCache(PROFILE_CACHE);

    private final Observer observer;

    /** Sees the evidence on every offer that shares something with a new need: how match-fit learns SuggestionOdds. */
    public interface Observer {
        void scored(Post need, Post offer, Evidence evidence);
    }

    public Matcher(Taxonomy taxonomy, StopWords stopWords) {
        this(taxonomy, stopWords, (need, offer, evidence) -> {});
    }

    public Matcher(Taxonomy taxonomy, StopWords stopWords, Observer observer) {
        this.taxonomy = taxonomy;
        this.stopWords = stopWords;
        this.observer = observer;
    }

    /** Drops the profiles kept of scored posts: they hold posts' words, so this goes with erasing text. */
    public void forgetProfiles() {
        profiles.clear();
    }

    /** How many posts' profiles (their words) the matcher holds in memory: what erasure must empty. */
    public int profilesKept() {
        return profiles.size();
    }

    /** Which matching rules this build has: a kept profile made by others is not used (RulesVersion). */
    public String rulesVersion() {
        return RulesVersion.current();
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The categories a new post is filed under: from its words and its #tags. */
    public Set<String> categorize(String text) {
        // read as its profile reads it: a post filed without the kinds its shorthand names would not be found by later posts
        return taxonomy.categorize(TextSpeak.expand(text));
    }

    /** The same, with a chat's own words (/synonym) counting as their categories. */
    public Set<String> categorize(String text, GroupWords groupWords) {
        // which categories a text names does not depend on its kind, only how much each weighs
        return groupWords.isEmpty() ? categorize(text) : PostProfile.of(text, PostKind.NEED, taxonomy, stopWords, groupWords).categoryHits().keySet();
    }

    public List<Suggestion> suggestFor(Post post, Transaction tx) {
        GroupWords synonyms = tx.synonyms().of(post.chatId());
        // a new post is a candidate for the posts after it: its profile is kept (by the built-in taxonomy, as the cache holds)
        PostProfile mine = synonyms.isEmpty() ? profiles.of(post, () -> builtInProfile(post))
                : PostProfile.of(post.text(), post.kind(), taxonomy, stopWords, synonyms);
        if (mine.stems().isEmpty() && mine.categoryHits().isEmpty()) return List.of();
        CandidateSearch search = tx.candidates();
        Rarity rarity = new Rarity(search);
        List<Post> found = search.find(post.chatId(), post.kind().other(), queryWords(post.text(), rarity),
                queryCategories(mine), CANDIDATES);
        Set<Long> alreadySuggested = tx.suggestions().partnersOf(post.id());
        List<Suggestion> scored = new ArrayList<>();
        Map<Long, String> kept = keptProfilesOfUnheld(found, search, synonyms);
        for (Post other : found) {
            // one's own post is no match, unless either was posted anonymously: leaving it out would hint at whose it is
            boolean ownPost = other.author().id() == post.author().id() && !other.anonymous() && !post.anonymous();
            if (ownPost || alreadySuggested.contains(other.id())) continue;
            Suggestion s = score(mine, other, kept.get(other.id()), rarity, synonyms);
            if (s.evidence() != null && post.kind() == PostKind.NEED) observer.scored(post, other, s.evidence());
            if (s.score() >= THRESHOLD) scored.add(s);
        }
        scored.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(s -> -s.post().id()));
        return List.copyOf(scored.subList(0, Math.min(MAX_SUGGESTIONS, scored.size())));
    }

    /**
     * The kept profiles of the candidates whose profiles are not in memory, in one query: in a
     * long history most candidates are older than the cache holds, and making a profile is most of
     * scoring one. A chat with its own words makes its own profiles and needs none.
     */
    private Map<Long, String> keptProfilesOfUnheld(List<Post> found, CandidateSearch search, GroupWords synonyms) {
        if (!synonyms.isEmpty()) return Map.of();
        List<Long> unheld = new ArrayList<>();
        for (Post p : found) if (!profiles.holds(p)) unheld.add(p.id());
        return unheld.isEmpty() ? Map.of() : search.keptProfiles(unheld);
    }

    private PostProfile builtInProfile(Post post) {
        return PostProfile.of(post.text(), post.kind(), taxonomy, stopWords);
    }

    /**
     * The profile of a post by the built-in taxonomy, as text to keep with the post (empty if it
     * cannot be written): read back when the post is a candidate, it spares making it again.
     */
    public Optional<String> profileToKeep(Post post) {
        return ProfileCodec.encode(profiles.of(post, () -> builtInProfile(post)));
    }

    /** The same for a post not (yet) stored: its text and kind. */
    public Optional<String> profileToKeep(String text, PostKind kind) {
        return ProfileCodec.encode(PostProfile.of(text, kind, taxonomy, stopWords));
    }

    /**
     * The words to search with: the rarest ones. Common words would make the search walk a large
     * part of a long history, and say little about what a post is about. A word no open post holds
     * (the post's own are counted once it commits) can find nothing, and would take the place of one that can.
     */
    List<String> queryWords(String text, Rarity rarity) {
        return stopWords.contentWords(Words.of(text)).stream().distinct()
                .filter(w -> rarity.documentFrequency(Stemmer.stem(w)) > 0)
                .sorted(Comparator.<String>comparingInt(w -> rarity.documentFrequency(Stemmer.stem(w)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(QUERY_WORDS).toList();
    }

    /** The post's main categories, most mentioned first. */
    private static List<String> queryCategories(PostProfile profile) {
        return profile.categoryHits().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(QUERY_CATEGORIES).map(Map.Entry::getKey).toList();
    }

    Suggestion score(PostProfile mine, Post other, String keptProfile, Rarity rarity, GroupWords synonyms) {
        // the cache and kept profiles hold profiles by the built-in taxonomy only; a chat's own words make its own
        PostProfile theirs = synonyms.isEmpty()
                ? profiles.of(other, () -> ProfileCodec.decode(keptProfile).orElseGet(() -> builtInProfile(other)))
                : PostProfile.of(other.text(), other.kind(), taxonomy, stopWords, synonyms);
        Map<String, Double> a = mine.categoryShares();
        Map<String, Double> b = theirs.categoryShares();
        double category = 0;
        Map<String, Double> sharedWeights = new java.util.HashMap<>();
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double theirShare = b.get(e.getKey());
            if (theirShare != null) {
                double w = Math.sqrt(e.getValue() * theirShare);
                category += w;
                sharedWeights.put(e.getKey(), w);
            }
        }
        Set<String> shared = byWeight(sharedWeights);
        double related = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            for (String r : related(e.getKey())) {
                Double w = b.get(r);
                if (w != null && !shared.contains(r)) related += Math.sqrt(e.getValue() * w);
            }
        }
        boolean mineIsNeed = other.kind() == PostKind.OFFER;
        PostProfile need = mineIsNeed ? mine : theirs;
        PostProfile offer = mineIsNeed ? theirs : mine;
        Facets.Comparison facets = taxonomy.facets().compare(need.facetValues(), offer.facetValues());
        Set<String> sharedValues = taxonomy.facets().relevantShared(facets, a.keySet(), b.keySet());
        double idf = 0;
        int sharedWords = 0;
        for (String w : mine.stems().keySet()) {
            if (theirs.stems().containsKey(w)) {
                idf += rarity.idf(w);
                sharedWords++;
            }
        }
        // posts that name no kind of help in common are still weighed when they share words or
        // neighbouring kinds: the taxonomy does not know every thing people ask for (a telescope and
        // its tripod). SuggestionOdds weighs such pairs apart (wordsOnly); most stay below the threshold.
        boolean noKindInCommon = shared.isEmpty() && sharedValues.isEmpty();
        if (noKindInCommon && idf == 0 && related == 0) return new Suggestion(other, 0, "", null);
        // a specific that rules the offer out is no matter of degree: a wrong day is a wrong day, however well the rest fits
        boolean leftOut = asksForExcluded(need, offer.excluded());
        if (rulesOut(need, offer, facets, shared, leftOut)) return new Suggestion(other, 0, "", null);
        double text = idf / (idf + TEXT_HALF);
        Set<String> uncovered = new LinkedHashSet<>(taxonomy.facets().uncovered(need.facetValues(), offer.facetValues(), shared));
        // an offer that meets the need only on a side matter, neither on its main kind of help nor
        // on one related to it, leaves the specific that need names there uncovered too: a high
        // chair is not met by a driver because the family is driving over, school shoes not by a
        // bills fund because money is short
        Set<String> needMain = mainCategories(need.categoryHits());
        if (!need.facetValues().isEmpty() && !meetsOrNeighbours(needMain, shared)) {
            uncovered.addAll(taxonomy.facets().uncovered(need.facetValues(), offer.facetValues(), needMain));
        }
        // what the need asks for and the offer leaves out, where the offer has more of what it asks
        if (leftOut) uncovered.add(LEFT_OUT);
        if (asksForALanguage(need) && !shared.contains("translation") && !namesALanguage(offer.facetValues())) uncovered.add(LANGUAGE);
        double score = CATEGORY_WEIGHT * category + RELATED_WEIGHT * Math.min(related, 1.0) + TEXT_WEIGHT * text
                + SHARED_VALUE * Math.min(sharedValues.size(), 2);
        score *= Math.pow(UNCOVERED_FACTOR, uncovered.size());
        boolean modeMismatch = Mode.mismatch(need.askedModes(), offer.offeredModes());
        if (modeMismatch) score *= MODE_FACTOR;
        Evidence evidence = new Evidence(category, related, text, sharedValues.size(), uncovered.size(), modeMismatch,
                shared.size(), need.categoryShares().size(), offer.categoryShares().size(),
                !java.util.Collections.disjoint(needMain, shared),
                !java.util.Collections.disjoint(mainCategories(offer.categoryHits()), shared),
                largest(need.categoryShares()), need.facetValues().size(), offer.facetValues().size(), score,
                need.stems().isEmpty() ? 0 : (double) sharedWords / need.stems().size(),
                !java.util.Collections.disjoint(shared, Availability.TIMED) && Availability.meet(need.when(), offer.when()));
        double odds = SuggestionOdds.of(evidence);
        // most candidates fall short: their reason would never be read
        if (odds < THRESHOLD) return new Suggestion(other, odds, "", evidence);
        return new Suggestion(other, odds, noKindInCommon ? reasonWithoutKind(mine, theirs, other, rarity) : reason(shared, sharedValues), evidence);
    }

    /**
     * Whether a specific rules the offer out: different values where both posts meet (an Arabic
     * interpreter for Portuguese), what the offer leaves out or whom it is only for, a size, or a
     * day or hour that does not fit help given at a time (a ride, a sitter; not a bag of clothes).
     */
    private boolean rulesOut(PostProfile need, PostProfile offer, Facets.Comparison facets, Set<String> shared, boolean leftOut) {
        if (!taxonomy.facets().relevantConflicts(facets, shared).isEmpty()) return true;
        // what the need asks for is what the offer says it does not offer ("no mattress", "no pets")
        // "no babies under 1" leaves in a baby the need says is older, by its words or as a kind of help
        boolean older = olderThanLeftOut(need.sizes(), offer.excluded());
        if ((leftOut && !asksForMoreItHas(need, offer, facets) && !older) || (excludesKindOf(offer.excluded(), need) && !older)
                || excludesCircumstance(offer.excluded(), need) || isNotWhomItIsFor(need, offer)
                || leavesOutWhomClothesAreFor(need, offer.excluded(), shared)) return true;
        if (Sizes.conflict(need.sizes(), offer.sizes())) return true;
        if (offer.excluded().contains(PostProfile.YOUNGEST_LEFT_OUT) && namesTheYoungest(need.sizes())) return true;
        if (namesAgeUnder(need.sizes(), offer.excluded())) return true;
        if (shared.contains(FOOD) && Diets.conflict(need, offer)) return true;
        if (!java.util.Collections.disjoint(shared, Availability.TIMED) || !java.util.Collections.disjoint(shared, Availability.APPOINTED)) {
            return Availability.conflict(need.when(), offer.when());
        }
        return !java.util.Collections.disjoint(shared, Availability.TIMED_BY_DAY) && Availability.conflict(need.when(), offer.when(), true);
    }

    /**
     * Whether an offer leaves out a whole kind of help the need names anywhere: a room with "no
     * pets" does not suit "me and my dog", however the need is worded. A need's own "no pets" is
     * not a pet here.
     */
    private static boolean excludesKindOf(Set<String> excluded, PostProfile need) {
        if (excluded.isEmpty()) return false;
        for (String c : need.categoryHits().keySet()) if (excluded.contains("#" + c) && !need.excluded().contains("#" + c)) return true;
        return false;
    }

    /**
     * Whether the need also asks for another thing of the kind the offer leaves one out of: a table
     * and chairs are still a help to "table, chairs, a bed" from "bed frame, table, chairs (no mattress)".
     * Only things of the same kind count: a tailor who does "no wedding dresses" is no help with one,
     * though both are about alterations.
     */
    private static boolean asksForMoreItHas(PostProfile need, PostProfile offer, Facets.Comparison facets) {
        Set<String> leftOutFacets = new java.util.HashSet<>();
        for (String n : need.named()) if (n.indexOf('/') > 0 && offer.excluded().contains(n)) leftOutFacets.add(Facets.facetOf(n));
        for (String v : facets.sharedValues()) {
            if (leftOutFacets.contains(Facets.facetOf(v)) && need.named().contains(v) && !offer.excluded().contains(v)) return true;
        }
        return false;
    }

    /**
     * Whether the need asks for what the offer leaves out ("anyone have a crib mattress?" against
     * "crib, no mattress"). What the need itself says it has none of is no ask: "no pets, non
     * smoker" meets a room with "no pets, no smokers".
     */
    private boolean asksForExcluded(PostProfile need, Set<String> excluded) {
        if (excluded.isEmpty()) return false;
        for (String n : need.named()) if (excluded.contains(n) && !need.excluded().contains(n)) return true;
        // a breed or a make is what the help is for wherever the need tells it: "walk Tyson mornings? He's a Staffy" against "no staffies"
        // (read from the whole need, so "nervous of big dogs like staffies" is held back too: a breed is seldom told in passing)
        for (String n : excluded) if (PostProfile.isBreedOrMake(n) && need.stems().containsKey(n) && !need.excluded().contains(n)) return true;
        // so is the damage to a thing: "the screen is all cracked ... anyone good at fixing phones??" against "can't fix broken screens"
        if (PostProfile.tellsDamaged(need, excluded)) return true;
        // what the thing to help with is, told anywhere ("walk my staffie while I'm in hospital, he's big"), is what the offer leaves out;
        // a trade is not where the need asks only for a thing ("furnace went out ... something to plug in" against "can't fix furnaces")
        boolean thingOnly = need.askedModes().equals(Set.of(Mode.THING));
        for (String v : need.facetValues()) {
            String facet = Facets.facetOf(v);
            if (thingOnly && taxonomy.facets().names(facet)) continue;
            if (taxonomy.facets().saidAnywhere(facet) && excluded.contains(v) && !need.excluded().contains(v)) return true;
        }
        return false;
    }

    /** Whether a need's child is a baby or a toddler by the age it gives ("my 18mth old"). */
    private static boolean namesTheYoungest(Set<String> sizes) {
        return sizes.contains("a:0") || sizes.contains("a:1") || sizes.contains("a:2");
    }

    /**
     * Whether every child's age the need gives is at least the age below which an offer leaves out the youngest: "mind my 14
     * month old baby" against "no babies under 1". A baby told with no age is still left out.
     */
    private static boolean olderThanLeftOut(Set<String> sizes, Set<String> excluded) {
        int bound = youngestBound(excluded);
        if (bound == 0) return false;
        boolean any = false;
        for (String v : sizes) {
            if (!v.startsWith("a:") || v.equals("a:" + Sizes.ANY)) continue;
            if (Integer.parseInt(v.substring(2)) < bound) return false;
            any = true;
        }
        return any;
    }

    /** Whether the need's child is younger than the age below which an offer leaves out the youngest ("not babies under 1"). */
    private static boolean namesAgeUnder(Set<String> sizes, Set<String> excluded) {
        int bound = youngestBound(excluded);
        for (int age = 0; age < bound; age++) if (sizes.contains("a:" + age)) return true;
        return false;
    }

    /** The age in years below which an offer leaves out the youngest ("no babies under 1"), or 0 where it names none. */
    private static int youngestBound(Set<String> excluded) {
        for (int years = 1; years <= 2; years++) if (excluded.contains(PostProfile.YOUNGEST_UNDER + years)) return years;
        return 0;
    }

    /** Whether the need says it is not whom the offer is only for: "not elderly, just laid up" against "over 70s only". */
    private boolean isNotWhomItIsFor(PostProfile need, PostProfile offer) {
        if (need.excluded().isEmpty()) return false;
        for (String v : offer.facetValues()) if (taxonomy.facets().isLimit(v) && need.excluded().contains(v)) return true;
        return false;
    }

    /**
     * Whether the people a need tells of are all of one sex, the offer leaves that sex's clothes out, and the need asks for
     * clothes of no child's or grandchild's: "he need some jeans 34x32" after "my husband got on a cleanup crew" against "no
     * mens stuff". A greeting ("hi guys") tells no one's sex (facets.txt).
     */
    private static boolean leavesOutWhomClothesAreFor(PostProfile need, Set<String> excluded, Set<String> shared) {
        if (excluded.isEmpty() || !shared.contains(CLOTHING) || need.facetValues().contains(CHILD_WEARER)) return false;
        for (String s : YOUNGER_KIN) if (need.stems().containsKey(s)) return false;
        boolean any = false;
        for (String v : need.facetValues()) {
            if (!Facets.facetOf(v).equals(GENDER)) continue;
            if (!excluded.contains(v)) return false;
            any = true;
        }
        return any;
    }

    private static final String CLOTHING = "clothing", CHILD_WEARER = "wearer/child", GENDER = "gender";
    /** "nan here, a coat for my grandson, he's 18": the clothes are for someone the gender read does not tell */
    private static final Set<String> YOUNGER_KIN = Set.of("son", "daughter", "grandson", "granddaughter", "nephew", "niece",
            "grandkid", "grandchild").stream().map(Stemmer::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Word stems of what a household lives with, each with what it is a case of: they rule out an
     * offer that cannot meet them wherever a need names them, in any of their forms ("no smokers"
     * rules out "I smoke").
     */
    private static final Map<String, String> CIRCUMSTANCES = Map.of("allergy", "allergy", "allergic", "allergy", "nut", "nut",
            "gluten", "gluten", "dairy", "dairy", "smok", "smoking", "smoker", "smoking", "wheelchair", "wheelchair");

    /**
     * Whether an offer leaves out what the need's household lives with, named anywhere in it: a
     * cook who "can't do allergy-safe" is no help to "my toddler has a nut allergy", a room with
     * "no smokers" none to "I smoke". Not where the need says it has none ("no allergies", "non
     * smoker", "don't smoke").
     */
    private static boolean excludesCircumstance(Set<String> excluded, PostProfile need) {
        if (excluded.isEmpty()) return false;
        Set<String> ruledOut = circumstances(excluded);
        if (ruledOut.isEmpty()) return false;
        Set<String> livedWith = circumstances(need.stems().keySet());
        // "I'm in a power chair", "I use a mobility scooter": a wheelchair told by another name, or as much to lift
        if (need.facetValues().contains(WHEELCHAIR_USED) || need.facetValues().contains(SCOOTER_USED)) livedWith.add("wheelchair");
        livedWith.removeAll(circumstances(need.excluded()));
        return !java.util.Collections.disjoint(ruledOut, livedWith);
    }

    private static final String WHEELCHAIR_USED = "medical equipment/wheelchair", SCOOTER_USED = "medical equipment/mobility-scooter";

    private static Set<String> circumstances(Set<String> stems) {
        Set<String> out = new java.util.HashSet<>();
        for (String s : stems) {
            String c = CIRCUMSTANCES.get(s);
            if (c != null) out.add(c);
        }
        return out;
    }

    /** The shared categories, what both posts are most about first: the reason names them in this order. */
    private static Set<String> byWeight(Map<String, Double> weights) {
        if (weights.size() <= 1) return new LinkedHashSet<>(weights.keySet());
        Set<String> out = new LinkedHashSet<>();
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.add(e.getKey()));
        return out;
    }

    /** Whether the shared categories include one of the main ones, or one related to it either way (moving and furniture). */
    private boolean meetsOrNeighbours(Set<String> main, Set<String> shared) {
        for (String m : main) {
            if (shared.contains(m) || !java.util.Collections.disjoint(related(m), shared)) return true;
            for (String s : shared) if (related(s).contains(m)) return true;
        }
        return false;
    }

    /**
     * Whether what a need asks for is someone who speaks a language ("does anyone speak Polish?"), not
     * only a help the story says is for someone who does ("my mum only speaks Polish. Need a lift"):
     * a driver who speaks none is no help with the first.
     */
    private static boolean asksForALanguage(PostProfile need) {
        return need.named().contains("#translation") && namesALanguage(need.named());
    }

    /** Whether facet values (or a need's named words, specifics and "#categories") hold a language. */
    private static boolean namesALanguage(Set<String> values) {
        for (String v : values) if (v.indexOf('/') > 0 && Facets.facetOf(v).equals(LANGUAGE)) return true;
        return false;
    }

    private Set<String> related(String category) {
        return taxonomy.category(category).map(Category::related).orElse(Set.of());
    }

    /** The categories a post names most (weighted by what it asks for); ties are all main. */
    private static Set<String> mainCategories(Map<String, Integer> hits) {
        int top = 0;
        for (int v : hits.values()) top = Math.max(top, v);
        Set<String> out = new java.util.HashSet<>();
        for (Map.Entry<String, Integer> e : hits.entrySet()) if (e.getValue() == top) out.add(e.getKey());
        return out;
    }

    private static double largest(Map<String, Double> shares) {
        double top = 0;
        for (double v : shares.values()) top = Math.max(top, v);
        return top;
    }

    /**
     * Why a pair that names no kind of help in common is suggested: the two rarest words both use, as
     * the other post writes them ("both mention: telescope, tripod"), else the neighbouring kinds ("related: moving; furniture").
     * The other post is open in the group for all to read.
     */
    private String reasonWithoutKind(PostProfile mine, PostProfile theirs, Post other, Rarity rarity) {
        List<String> rarest = mine.stems().keySet().stream().filter(theirs.stems()::containsKey)
                .sorted(Comparator.comparingDouble(rarity::idf).reversed()
                        // among equally rare words the longer tend to tell more ("telescope" over "club")
                        .thenComparing(Comparator.comparingInt(String::length).reversed()))
                .limit(2).toList();
        List<String> words = new ArrayList<>();
        // as the post writes them, else as its shorthand is read ("hosp" is "hospital")
        for (String text : List.of(other.text(), TextSpeak.expand(other.text()))) {
            for (String word : Words.of(text)) {
                if (rarest.contains(Stemmer.stem(word)) && words.stream().map(Stemmer::stem).noneMatch(Stemmer.stem(word)::equals)) words.add(word);
            }
            if (!words.isEmpty()) return "both mention: " + String.join(", ", words);
        }
        for (String c : mine.categoryShares().keySet()) {
            for (String r : related(c)) {
                if (theirs.categoryShares().containsKey(r)) return "related: " + label(c) + "; " + label(r);
            }
        }
        // a word both use in a form neither writes (a shorthand written out): a stem would read oddly
        return "some of the same words";
    }

    private String label(String category) {
        return taxonomy.category(category).map(Category::label).orElse(category);
    }

    /** Why a pair that shares categories or specifics is suggested: one of them names the reason. */
    private String reason(Set<String> sharedCategories, Set<String> sharedValues) {
        String specifics = sharedValues.isEmpty() ? ""
                : " (" + String.join(", ", sharedValues.stream().limit(2).map(Facets::valueName).toList()) + ")";
        if (!sharedCategories.isEmpty()) {
            List<String> labels = sharedCategories.stream().limit(2)
                    .map(this::label).toList();
            return "both about: " + String.join("; ", labels) + specifics;
        }
        return "both about: " + String.join(", ", sharedValues.stream().limit(2).map(Facets::valueName).toList());
    }
}

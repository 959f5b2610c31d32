package org.mutualaid.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds terms in a post's words. A term is a word, a prefix ending in '*' ("grocer*"), or a phrase
 * of them, and belongs to one label (a category id, a facet value). The longest term wins: once
 * "dog food" matched, "food" is not matched again on its own.
 */
final class TermIndex {

    /**
     * A one-word term also meets other forms of its word ("snows" meets "snow") when the shared
     * stem is long enough not to be a different word ("cane" and "canned" must not meet "can");
     * a phrase is matched as written, except that a phrase of three words or more may have one
     * intensifier inside it ("cupboards are pretty bare" is "cupboards are bare", "fridge is a bit
     * empty" is "fridge is empty"; two-word phrases, most of them, are not looked at again, which
     * keeps the scan as fast as before). A term in "-ing" names an activity ("moving", "housing",
     * "shopping", "cleaning") and meets only other "-ing" forms: the bare word is an ordinary one
     * ("moved away", "come by the house", "a shop", "I'm clean").
     */
    private record Term(String[] words, String stem, String label) {
        static final int MIN_STEM = 4;

        /** How many of the text's words the term takes up at this place: 0 where it does not match. */
        int matchAt(List<String> text, List<String> stems, Skips skips, int at) {
            if (at + words.length > text.size()) return 0;
            if (words.length == 1 && stem != null && stem.equals(stems.get(at))
                    && (!words[0].endsWith("ing") || text.get(at).endsWith("ing")) && !verbOfPlural(words[0], text.get(at))) return 1;
            for (int i = 0; i < words.length; i++) {
                String t = text.get(at + i);
                // a phrase's last word, or a short word, may be plural ("cover letters", "cvs", "taps")
                boolean plural = i == words.length - 1 && isPlural(words[i], t);
                if (!plural && !meets(words[i], t)) return i > 0 ? matchPast(text, skips, at, i) : 0;
            }
            return words.length;
        }

        /** The match of a phrase whose word i is not met at its place, past one intensifier there ("pretty" bare). */
        private int matchPast(List<String> text, Skips skips, int at, int i) {
            int j = at + i;
            int skip = words.length > 2 ? skips.intensifier(j) : 0;
            if (skip == 0) skip = skips.fillers(j);
            if (skip == 0) return 0;
            j += skip;
            for (; i < words.length; i++, j++) {
                if (j >= text.size()) return 0;
                String t = text.get(j);
                if (!meets(words[i], t) && !(i == words.length - 1 && isPlural(words[i], t))) return 0;
            }
            return j - at;
        }

        /** A plural noun meets no verb made of its stem: "booked" is not books, "boxing" not boxes. */
        private static boolean verbOfPlural(String term, String word) {
            return term.endsWith("s") && !term.endsWith("ss") && !term.endsWith("ing") && (word.endsWith("ed") || word.endsWith("ing"));
        }

        private static boolean isPlural(String w, String t) {
            return t.length() == w.length() + 1 && t.charAt(w.length()) == 's' && t.startsWith(w) && !w.endsWith("*") && !w.endsWith("s")
                    && !OTHER_WORD_PLURALS.contains(t);
        }

        private static boolean meets(String w, String t) {
            return w.endsWith("*") ? t.startsWith(w.substring(0, w.length() - 1)) : t.equals(w);
        }
    }

    /**
     * How many words of intensifier stand at the place, words that make what follows stronger
     * and may stand inside a phrase ("pretty bare", "really tight", "a bit empty"): "really" is
     * one, "a bit" two. Asked wherever a phrase's word is not met, so told by length and first
     * letter before a word is compared.
     */
    private static int intensifierAt(List<String> text, int at) {
        String w = text.get(at);
        if (w.equals("a")) return at + 1 < text.size() && text.get(at + 1).equals("bit") ? 2 : 0;
        if (w.length() < 2 || w.length() > 10) return 0;
        char c = w.charAt(0);
        boolean one = switch (w.length()) {
            case 2 -> c == 's' && w.charAt(1) == 'o';
            case 4 -> c == 'v' && w.equals("very");
            case 5 -> (c == 'q' && w.equals("quite")) || (c == 's' && w.equals("super"));
            case 6 -> (c == 'p' && w.equals("pretty")) || (c == 'r' && w.equals("really")) || (c == 'n' && w.equals("nearly"))
                    || (c == 'a' && w.equals("almost"));
            case 7 -> c == 't' && w.equals("totally");
            case 9 -> (c == 'l' && w.equals("literally")) || (c == 'b' && w.equals("basically"));
            case 10 -> c == 'c' && w.equals("completely");
            default -> false;
        };
        return one ? 1 : 0;
    }

    /**
     * Words that only point at or count what follows ("watch 2 kids", "mind your two", "take the
     * kids"): at most two of them may stand between a phrase's words, as a taxonomy cannot list
     * every "watch my/your/the/2 kids".
     */
    private static final java.util.Set<String> FILLERS = java.util.Set.of("the", "a", "an", "my", "your", "his", "her", "our",
            "their", "some", "any", "this", "that", "these", "those", "one", "two", "three", "four", "five", "couple", "few");

    private static boolean isFiller(String w) {
        if (w.length() <= 2 && !w.isEmpty() && Character.isDigit(w.charAt(0))) return true;
        return FILLERS.contains(w);
    }

    /**
     * The words that may be skipped inside a phrase, at each place of one text: read once per
     * text, where asking at every term that missed read them once per term (a tenth of a profile).
     */
    private static final class Skips {
        private final byte[] intensifiers;
        private final byte[] fillers;

        Skips(List<String> text) {
            int n = text.size();
            intensifiers = new byte[n];
            fillers = new byte[n];
            for (int j = n - 1; j >= 0; j--) {
                intensifiers[j] = (byte) intensifierAt(text, j);
                if (isFiller(text.get(j))) fillers[j] = (byte) (j + 1 < n && fillers[j + 1] > 0 ? 2 : 1);
            }
        }

        int intensifier(int j) {
            return j < intensifiers.length ? intensifiers[j] : 0;
        }

        int fillers(int j) {
            return j < fillers.length ? fillers[j] : 0;
        }
    }

    /** short words whose "plural" is another word: documents, a sat-nav, pieces, operations */
    private static final java.util.Set<String> OTHER_WORD_PLURALS = java.util.Set.of("docs", "gps", "pcs", "ops", "pas");

    private static final int PREFIX_KEY = 4;
    /** the most words a phrase may stand apart by: one intensifier ("a bit" is two) or two fillers */
    private static final int MAX_SKIP = 2;

    /** terms by their exact first word, by the stem of a one-word term, and by the first letters of a leading prefix */
    private final Map<String, List<Term>> byWord = new HashMap<>();
    private final Map<String, List<Term>> byStem = new HashMap<>();
    private final Map<String, List<Term>> byPrefix = new HashMap<>();

    void add(List<String> words, String label) {
        String first = words.get(0);
        String stem = null;
        if (words.size() == 1 && !first.endsWith("*")) {
            String s = Stemmer.stem(first);
            if (s.length() >= Term.MIN_STEM) stem = s;
        }
        Term t = new Term(words.toArray(String[]::new), stem, label);
        if (first.endsWith("*")) {
            String prefix = first.substring(0, first.length() - 1);
            if (prefix.length() < PREFIX_KEY) throw new IllegalArgumentException("prefix shorter than " + PREFIX_KEY + " letters: " + first);
            byPrefix.computeIfAbsent(prefix.substring(0, PREFIX_KEY), k -> new ArrayList<>()).add(t);
        } else {
            byWord.computeIfAbsent(first, k -> new ArrayList<>()).add(t);
            if (stem != null) byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(t);
        }
    }

    /**
     * Adds every comma-separated term of a line, each choice of a term's "(a|b|)" groups as a term of
     * its own: "(watch|mind) (my|our) (kids|twins)" is eight, and an empty choice leaves the group out.
     */
    void addLine(String line, String label) {
        for (String term : line.split(",")) {
            for (String choice : choices(term)) {
                List<String> words = List.of(choice.strip().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
                if (!words.isEmpty()) add(words, label);
            }
        }
    }

    /** A term with each of its first group's choices in its place, and so on for the groups after it. */
    static List<String> choices(String term) {
        int open = term.indexOf('(');
        if (open < 0) return List.of(term);
        int close = term.indexOf(')', open);
        if (close < 0) throw new IllegalArgumentException("a term's group has no ')': " + term.strip());
        List<String> out = new ArrayList<>();
        for (String choice : term.substring(open + 1, close).split("\\|", -1)) {
            out.addAll(choices(term.substring(0, open) + choice + term.substring(close + 1)));
        }
        return out;
    }

    /** The label both the taxonomy and the facets give idioms: words that look like a kind of help or a specific and are not. */
    static final String IDIOM = "!";

    /** How often each label's terms occur in the words. */
    Map<String, Integer> scan(List<String> words) {
        List<String> stems = new ArrayList<>(words.size());
        for (String w : words) stems.add(Stemmer.stem(w));
        Skips skips = new Skips(words);
        Map<String, Integer> hits = new LinkedHashMap<>();
        // the labels of the longest terms at a word, in the order first found (a set: a term can be found by word and by stem)
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String w = words.get(i);
            found.clear();
            int longest = longestAt(byWord.get(w), words, stems, skips, i, 0, found);
            if (w.length() > 2 && w.charAt(w.length() - 1) == 's' && !OTHER_WORD_PLURALS.contains(w)) {
                longest = longestAt(byWord.get(w.substring(0, w.length() - 1)), words, stems, skips, i, longest, found);
            }
            longest = longestAt(byStem.get(stems.get(i)), words, stems, skips, i, longest, found);
            if (w.length() >= PREFIX_KEY) longest = longestAt(byPrefix.get(w.substring(0, PREFIX_KEY)), words, stems, skips, i, longest, found);
            // an idiom is there to keep its words from being read otherwise: "skirting" is no skirt, though both are one word long
            if (found.contains(IDIOM)) hits.merge(IDIOM, 1, Integer::sum);
            else for (String label : found) hits.merge(label, 1, Integer::sum);
            i += Math.max(longest, 1);
        }
        return hits;
    }

    /**
     * Adds to found the labels of the terms that match at the word and take up at least as many
     * words as any before; returns the most words taken up.
     */
    private static int longestAt(List<Term> terms, List<String> words, List<String> stems, Skips skips, int at, int longest, List<String> found) {
        if (terms == null) return longest;
        for (Term t : terms) {
            // a phrase can take up more words than it has, past an intensifier or fillers
            if (t.words().length + MAX_SKIP < longest) continue;
            int length = t.matchAt(words, stems, skips, at);
            if (length == 0 || length < longest) continue;
            if (length > longest) {
                longest = length;
                found.clear();
            }
            if (!found.contains(t.label())) found.add(t.label());
        }
        return longest;
    }
}

package org.mutualaid.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a young child's age as the word "kid", for the taxonomy: "watch my 4yo", "mind my 3 yr
 * old" and "my 7-year-old" are "watch my kid", "mind my kid" and "my kid", which its terms can
 * name without a term for every age. Older ages are left as they are: "my 84 year old dad" is not
 * a child, and neither is "for 3 years".
 */
final class Ages {

    /** the oldest age read as a child's */
    private static final int CHILD = 12;
    /** the oldest age in months read as a child's: "my 30 month old" is a toddler */
    private static final int CHILD_MONTHS = 48;
    private static final Set<String> UNITS = Set.of("yr", "yrs", "year", "years", "y");
    /** "4yo" on its own; "3yr" and "3yrs" only before "old" ("for 3yrs" is a span of time) */
    private static final Set<String> JOINED = Set.of("yo", "yro", "yrold");
    private static final Set<String> JOINED_BEFORE_OLD = Set.of("yr", "yrs", "y");
    /** words after "18m" or "50m" that make it months or metres, not a man's age */
    private static final Set<String> NOT_AN_AGE = Set.of("old", "from", "to", "away", "of", "walk", "drive", "radius", "long",
            "high", "tall", "wide", "deep", "baby", "babies", "clothes", "size", "sizes", "plus");
    private static final Set<String> MONTHS = Set.of("month", "months", "mo", "mth", "mths");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("one", "1"),
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"));

    private Ages() {}

    /**
     * The same, and a grown-up's age with a sex ("24F", "19M") read as "female" or "male", for
     * offers limited to women or men.
     */
    static List<String> withSexes(List<String> words) {
        List<String> kids = asKids(words);
        List<String> out = null;
        for (int i = 0; i < kids.size(); i++) {
            String w = kids.get(i);
            boolean age = w.length() == 3 && Character.isDigit(w.charAt(0)) && Character.isDigit(w.charAt(1)) && w.charAt(0) != '0'
                    && Integer.parseInt(w.substring(0, 2)) >= 16 && (i + 1 == kids.size() || !NOT_AN_AGE.contains(kids.get(i + 1)));
            String sex = age ? (w.charAt(2) == 'f' ? "female" : w.charAt(2) == 'm' ? "male" : null) : null;
            if (sex == null && (isOwnGrownUpAge(kids, i) || isGrownChild(kids, i))) sex = "adult";
            if (sex != null && out == null) out = new ArrayList<>(kids);
            if (sex != null) out.set(i, sex);
        }
        return out == null ? kids : out;
    }

    /** words after "I'm 34" that make it no age ("34 weeks pregnant", "30 mins away") */
    private static final Set<String> NOT_OWN_AGE = Set.of("weeks", "week", "wks", "days", "kg", "kgs", "lbs", "pounds", "stone",
            "mins", "minutes", "hours", "hrs", "miles", "km", "percent", "short", "behind", "quid", "dollars", "bucks", "pound", "euros");
    private static final int YOUNGEST_GROWN_UP = 18, OLDEST_UNDER_SENIOR = 59;

    /**
     * Whether the word is the poster's own age under sixty ("can someone help me set up online banking, i'm 34"): a
     * grown-up, and no senior, whom an offer for "seniors only (65+)" is not for.
     */
    private static boolean isOwnGrownUpAge(List<String> words, int i) {
        int age = twoDigitAgeAt(words, i);
        if (age < YOUNGEST_GROWN_UP || age > OLDEST_UNDER_SENIOR) return false;
        return (i >= 1 && words.get(i - 1).equals("im")) || (i >= 2 && words.get(i - 2).equals("i")
                && (words.get(i - 1).equals("m") || words.get(i - 1).equals("am")));
    }

    /** The two-digit number at this place as a person's age, or -1: none there, or one of a length, a weight or months ("34 weeks", "30 mins"). */
    private static int twoDigitAgeAt(List<String> words, int at) {
        String w = words.get(at);
        if (w.length() != 2 || !Character.isDigit(w.charAt(0)) || !Character.isDigit(w.charAt(1))) return -1;
        if (at + 1 < words.size()) {
            String next = words.get(at + 1);
            if (NOT_AN_AGE.contains(next) || NOT_OWN_AGE.contains(next) || MONTHS.contains(next)) return -1;
        }
        return Integer.parseInt(w);
    }

    private static final Set<String> OFFSPRING = Set.of("son", "daughter");
    private static final int YOUNGEST_GROWN_CHILD = 16;

    /**
     * Whether the word is "son" or "daughter" after "my" or "our" with an age of sixteen or more
     * just after it ("my son (19) just started landscaping", "our daughter is 22"): a grown-up, to
     * be dressed in adult sizes, no child.
     */
    private static boolean isGrownChild(List<String> words, int i) {
        if (i < 1 || !OFFSPRING.contains(words.get(i)) || !(words.get(i - 1).equals("my") || words.get(i - 1).equals("our"))) return false;
        int at = i + 1;
        if (at < words.size() && (words.get(at).equals("is") || words.get(at).equals("s"))) at++;
        return at < words.size() && twoDigitAgeAt(words, at) >= YOUNGEST_GROWN_CHILD;
    }

    static List<String> asKids(List<String> words) {
        List<String> out = null;
        for (int i = 0; i < words.size(); i++) {
            int taken = childAgeAt(words, i);
            if (taken == 0) {
                if (out != null) out.add(words.get(i));
                continue;
            }
            if (out == null) out = new ArrayList<>(words.subList(0, i));
            out.add("kid");
            i += taken - 1;
        }
        return out == null ? words : out;
    }

    /** How many words an age in months takes up ("18mth old" two, "18 months old" three), its unit joined or not; 0 if none. */
    private static int monthsOldAt(List<String> words, int at, String joined) {
        if (!joined.isEmpty()) return MONTHS.contains(joined) && at + 1 < words.size() && words.get(at + 1).equals("old") ? 2 : 0;
        return at + 2 < words.size() && MONTHS.contains(words.get(at + 1)) && words.get(at + 2).equals("old") ? 3 : 0;
    }

    /** How many words a child's age takes up at this place ("4yo" one, "4 yo" two, "4 yr old" three); 0 if none. */
    private static int childAgeAt(List<String> words, int at) {
        String w = words.get(at);
        // "my two year old", "a three-year-old": written out as people often do
        if (NUMBER_WORDS.containsKey(w)) w = NUMBER_WORDS.get(w);
        if (w.isEmpty() || !Character.isDigit(w.charAt(0))) return 0;
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) digits++;
        if (digits > 2) return 0;
        // "my 18mth old", "an 18 month old": a child's age in months runs past twelve
        int months = monthsOldAt(words, at, w.substring(digits));
        if (months > 0) return Integer.parseInt(w, 0, digits, 10) <= CHILD_MONTHS ? months : 0;
        if (Integer.parseInt(w, 0, digits, 10) > CHILD) return 0;
        if (digits < w.length()) {
            String unit = w.substring(digits);
            if (JOINED.contains(unit)) return 1;
            return JOINED_BEFORE_OLD.contains(unit) && at + 1 < words.size() && words.get(at + 1).equals("old") ? 2 : 0;
        }
        if (at + 1 >= words.size()) return 0;
        String next = words.get(at + 1);
        if (next.equals("yo")) return 2;
        if (UNITS.contains(next) && at + 2 < words.size() && words.get(at + 2).equals("old")) return 3;
        // "my 5 and 7 year old", "my 5 & 7 yo": the last age's unit speaks for both
        if ((next.equals("and") || next.equals("n")) && at + 2 < words.size()) {
            int rest = childAgeAt(words, at + 2);
            if (rest > 0) return 2 + rest;
        }
        return 0;
    }
}

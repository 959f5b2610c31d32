package org.mutualaid.core.match;

import java.util.ArrayList;
import java.util.List;
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
    private static final Set<String> UNITS = Set.of("yr", "yrs", "year", "years", "y");
    /** "4yo" on its own; "3yr" and "3yrs" only before "old" ("for 3yrs" is a span of time) */
    private static final Set<String> JOINED = Set.of("yo", "yro", "yrold");
    private static final Set<String> JOINED_BEFORE_OLD = Set.of("yr", "yrs", "y");
    /** words after "18m" or "50m" that make it months or metres, not a man's age */
    private static final Set<String> NOT_AN_AGE = Set.of("old", "from", "to", "away", "of", "walk", "drive", "radius", "long",
            "high", "tall", "wide", "deep", "baby", "babies", "clothes", "size", "sizes", "plus");
    private static final Set<String> MONTHS = Set.of("month", "months", "mo", "mth", "mths");

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
            if (sex != null && out == null) out = new ArrayList<>(kids);
            if (sex != null) out.set(i, sex);
        }
        return out == null ? kids : out;
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

    /** How many words a child's age takes up at this place ("4yo" one, "4 yo" two, "4 yr old" three); 0 if none. */
    private static int childAgeAt(List<String> words, int at) {
        String w = words.get(at);
        if (w.isEmpty() || !Character.isDigit(w.charAt(0))) return 0;
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) digits++;
        if (digits > 2 || Integer.parseInt(w, 0, digits, 10) > CHILD) return 0;
        if (digits < w.length()) {
            String unit = w.substring(digits);
            if (JOINED.contains(unit)) return 1;
            return JOINED_BEFORE_OLD.contains(unit) && at + 1 < words.size() && words.get(at + 1).equals("old") ? 2 : 0;
        }
        if (at + 1 >= words.size()) return 0;
        String next = words.get(at + 1);
        if (next.equals("yo")) return 2;
        if (UNITS.contains(next) && at + 2 < words.size() && words.get(at + 2).equals("old")) return 3;
        // "my 8 month old": a baby is a child too
        if (MONTHS.contains(next) && at + 2 < words.size() && words.get(at + 2).equals("old")) return 3;
        // "my 5 and 7 year old", "my 5 & 7 yo": the last age's unit speaks for both
        if ((next.equals("and") || next.equals("n")) && at + 2 < words.size()) {
            int rest = childAgeAt(words, at + 2);
            if (rest > 0) return 2 + rest;
        }
        return 0;
    }
}

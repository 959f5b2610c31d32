package org.mutualaid.core.match;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes a post names: "size 5 diapers", "sizes 8-12", "women's 2X", "adult M and L". A need for
 * a size an offer does not have is not met by it (size 2 diapers for a baby in size 5, coats in
 * M and L for someone in 2X). Numbered sizes and lettered ones are two scales that are never
 * compared with each other; a post that says "any size", or a range that wraps round (kids' shoe
 * sizes "11 to 3"), is taken to fit any size of its scale.
 */
final class Sizes {

    private Sizes() {}

    /** a range may name the scale's other end ("kids size 10 to adult 3", the wrap of shoe sizes) */
    private static final String TO = "(?:-|\u2013|to|through|thru|up\\s+to(?:\\s+about)?)";
    /** "4-5 up to 9-10" is one range, from its first number to its last */
    private static final String NUMBER = "\\d{1,2}(?:\\s*" + TO + "\\s*(?:(?:adults?|kids|child(?:ren)?s?|junior|youth|mens|womens)\\s+)?\\d{1,2})*";
    private static final Pattern NUMBERED = Pattern.compile(
            "(?:\\b(?:sizes?|sz)|\\b(?-i:UK|US|EU)(?:\\s+sizes?)?)\\s*(any\\b|" + NUMBER + "(?:\\s*(?:,|and|or|&|/)\\s*" + NUMBER + ")*)(?!\\d|[:.]\\d|t\\b|\\s*(?:am|pm|mo|months?|yrs?|years?|y\\s*o|yo)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final String LETTER = "(?:xxs|xs|xxxl|xxl|xl|[234]xl|[234]x|s|m|l|small|medium|large)\\b";
    private static final Pattern LETTERED = Pattern.compile(
            "\\b(?:sizes?|sz|adults?|women['\u2019]?s|men['\u2019]?s|ladies|kids)\\s+(" + LETTER + "(?:\\s*(?:-|\u2013|to|and|or|,|/|&)\\s*" + LETTER + ")*)",
            Pattern.CASE_INSENSITIVE);
    /** "binders XS-L", "he's an XL": a size of two letters or more needs no "size" before it */
    private static final String WIDE = "(?:xxs|xs|xxxl|xxl|xl|[234]xl)\\b";
    private static final Pattern BARE_LETTERED = Pattern.compile(
            "(?<![\\w-])(" + WIDE + "(?:\\s*(?:-|\u2013|to|/)\\s*" + LETTER + ")?|" + LETTER + "\\s*(?:-|\u2013|/)\\s*" + WIDE + ")",
            Pattern.CASE_INSENSITIVE);
    /**
     * Children's clothes go by age ("age 9-10", toddler sizes "2T-5T"), and so do offers for
     * children ("kids aged 11-16"); a child's age is the same scale ("my 9 yr old", "a 3yo").
     */
    private static final Pattern AGED = Pattern.compile(
            "\\b(?:ages?|aged|(?:kids|children)(?=\\s*\\d{1,2}\\s*(?:\\+|and up|and over|or older)))\\s*(\\d{1,2})\\s*(?:\\+|and up|and over|or older|plus)"
            + "|\\b(?:ages?|aged)\\s*(" + NUMBER + "(?:\\s*(?:,|and|or|&|/)\\s*" + NUMBER + ")*)(?!\\d|[:.]\\d|\\s*(?:mo|months?|weeks?|wks?)\\b)"
            + "|\\b(\\d)t(?:\\s*" + TO + "\\s*(?:(?:youth|kids)\\s+)?(\\d{1,2})t?)?\\b"
            + "|\\b(\\d{1,2})\\s*(?:yo|y\\s*o|yrs?\\s*old|years?\\s*old|year\\s*old)\\b"
            // a baby's months, as the child's age in years: "0-6 month", "12-18m", "birth to 12m", "8 month old"
            + "|\\b(?:(\\d{1,2})|birth|newborn)\\s*(?:-|\u2013|to)\\s*(?:about\\s+)?(\\d{1,2})\\s*(?:mo|mos|mths?|months?)\\b"
            + "|\\b(?:birth|newborn)\\s*(?:-|\u2013|to)\\s*(?:about\\s+)?(\\d{1,2})m\\b"
            + "|\\b(\\d{1,2})\\s*(?:mo|mos|mths?|months?)\\s*old\\b"
            // "my son's 10", "my daughter is 4": a child's age said outright
            + "|\\b(?:son|daughter|boy|girl|grandson|granddaughter|niece|nephew)(?:['\u2019]s|\\s+is)\\s+(\\d{1,2})\\b(?![.:,]\\d|\\s*(?:mo|mos|months?|weeks?|wks?|mins?|minutes|hours?|hrs?|am|pm|%|[x*]))"
            // "clothes for my boy, he is 8": the same, said of the child just named
            + "|\\b(?:he|she)(?:['\u2019]s|\\s+is)\\s+(\\d{1,2})\\b(?![.:,]\\d|\\s*(?:-|\u2013|to|or)\\s*\\d|\\s*(?:mo|mos|months?|weeks?|wks?|mins?|minutes|hours?|hrs?|am|pm|%|[x*]|ft|foot|feet|stone|st|lbs?|kg|kilos?|pounds?|inches|in|cm))"
            // "he 9 months.", "she's 20 month, nursery not till September": a baby's months told of the child just named, without
            // "old", and said on their own ("he's 2 months out of hospital", "11 months sober" are spans of time)
            + "|\\b(?:he|she)(?:['\u2019]s|\\s+is)?\\s+(\\d{1,2})\\s*(?:mo|mos|mths?|months?)\\b(?=\\s*(?:[.,;:!?)\\n]|$|and\\b|&))",
            Pattern.CASE_INSENSITIVE);
    /**
     * Nappies come in newborn before size 1: "newborn nappies", "NB pampers", "size newborn", read as size 0, with the sizes
     * a list or a range goes on to ("newborn and size 1", "newborn/size 1", "newborn to size 2", "size newborn and 1"). A
     * child's clothes "newborn to 2 years" or "newborn-3m" are ages, and "NB" alone is a note.
     */
    private static final String NAPPIES = "(?:nappies|nappys|nappy|diapers|diaper|pampers|huggies)";
    private static final Pattern NAPPY_WORD = Pattern.compile("\\b" + NAPPIES + "\\b");
    private static final Pattern NEWBORN_NAPPIES = Pattern.compile(
            "\\b(?:newborn|nb)\\s+(?:size\\s+)?" + NAPPIES + "\\b"
            + "|\\b" + NAPPIES + "\\s+(?:in\\s+)?(?:size\\s+)?newborn\\b"
            + "|\\b(?:sizes?\\s+)?newborn(?:\\s*(?:(-|\u2013|to|through|thru)|and|&|/|,|\\+|or)\\s*(?:sizes?\\s*)?(\\d{1,2})\\b"
            + "(?!\\s*(?:m|mo|mos|mths?|months?|wks?|weeks?|y|yr|yrs|years?|yo)\\b))?",
            Pattern.CASE_INSENSITIVE);
    /** children's clothes by years without "age" before them: "girls 2-3 and 3-4 yrs", "5-6 years" (a range, as a lone "3 years" is a span of time) */
    private static final Pattern YEARS_RANGE = Pattern.compile(
            "\\b(\\d{1,2}\\s*(?:-|\u2013)\\s*\\d{1,2}(?:\\s*(?:,|and|or|&|/)\\s*\\d{1,2}\\s*(?:-|\u2013)\\s*\\d{1,2})*)\\s*(?:yrs?|years?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHILDREN_S_THINGS = Pattern.compile(
            "\\b(?:clothes|clothing|girls?|boys?|kids|child(?:ren)?s?|toddlers?|jumpers?|coats?|shoes|trousers|leggings|pyjamas|pajamas|dresses|uniforms?|bags?|bundles?|toys|books)\\b");
    /** words that make the years after them a span of time: "his old one lasted 2-3 years", "for 5-6 years" */
    private static final Pattern SPAN_BEFORE = Pattern.compile("\\b(?:lasted|last|for|been|over|about|after|within|waited|waiting|took|ago|in)\\s+$");
    private static final int OLDEST_CHILD = 17;
    /** "any size" fits any; "any size 6 nappies?" asks for a size */
    private static final Pattern ANY_SIZE = Pattern.compile("\\bany\\s+sizes?\\b(?!\\s*\\d)", Pattern.CASE_INSENSITIVE);
    /** a scale's mark for "fits any size" */
    static final String ANY = "any";

    /** The sizes a text names, as "n:5" (numbered), "l:6" (lettered, xs = 1 ... 2X = 6) or "a:9" (a child's age), or "n:any". */
    static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!mayNameSize(lower)) return out;
        if (ANY_SIZE.matcher(text).find()) {
            out.add("n:" + ANY);
            out.add("l:" + ANY);
        }
        Matcher m = NUMBERED.matcher(text);
        while (m.find()) read(m.group(1), "n", out);
        // only where nappies are told of: "a newborn and 3 kids" counts children
        if ((lower.contains("newborn") || lower.contains("nb ")) && NAPPY_WORD.matcher(lower).find()) {
            m = NEWBORN_NAPPIES.matcher(text);
            while (m.find()) {
                // a bare "newborn" ("newborn baby clothes") is no size
                if (m.group(2) == null && !NAPPY_WORD.matcher(m.group().toLowerCase(Locale.ROOT)).find() && !m.group().toLowerCase(Locale.ROOT).contains("size")) continue;
                read(m.group(2) == null ? "0" : m.group(1) != null ? "0-" + m.group(2) : "0," + m.group(2), "n", out);
            }
        }
        m = LETTERED.matcher(text);
        while (m.find()) read(m.group(1), "l", out);
        if ((lower.contains("xs") || lower.contains("xl")) && out.stream().noneMatch(v -> v.startsWith("l:"))) {
            m = BARE_LETTERED.matcher(text);
            while (m.find()) read(m.group(1), "l", out);
        }
        m = AGED.matcher(text);
        while (m.find()) {
            // "ages 3 and up": every child's age from 3
            if (m.group(1) != null) read(m.group(1) + "-" + OLDEST_CHILD, "a", out);
            else if (m.group(2) != null) read(m.group(2), "a", out);
            else if (m.group(3) != null) read(m.group(4) == null ? m.group(3) : m.group(3) + "-" + m.group(4), "a", out);
            else if (m.group(5) != null) {
                if (Integer.parseInt(m.group(5)) <= OLDEST_CHILD) out.add("a:" + Integer.parseInt(m.group(5)));
            } else if (m.group(7) != null) {
                int from = m.group(6) == null ? 0 : Integer.parseInt(m.group(6)) / 12;
                for (int a = from; a <= Integer.parseInt(m.group(7)) / 12; a++) out.add("a:" + a);
            } else if (m.group(8) != null) {
                for (int a = 0; a <= Integer.parseInt(m.group(8)) / 12; a++) out.add("a:" + a);
            } else if (m.group(9) != null || m.group(12) != null) {
                // a baby's months, "8 month old" or "he 9 months", as the child's age in years
                out.add("a:" + Integer.parseInt(m.group(9) != null ? m.group(9) : m.group(12)) / 12);
            } else {
                out.add("a:" + Integer.parseInt(m.group(10) != null ? m.group(10) : m.group(11)));
            }
        }
        if (lower.contains("yr") || lower.contains("year")) {
            m = YEARS_RANGE.matcher(text);
            // only beside children's clothes or things: "2-3 years experience" or "lasted 2-3 years" is time
            while (m.find()) {
                if (CHILDREN_S_THINGS.matcher(lower).region(Math.max(0, m.start() - 40), m.start()).find()
                        && !SPAN_BEFORE.matcher(lower).region(Math.max(0, m.start() - 12), m.start()).find()) read(m.group(1), "a", out);
            }
        }
        // "my mum, aged 84": a grown-up's age is no child's size
        out.removeIf(v -> v.startsWith("a:") && !v.equals("a:" + ANY) && Integer.parseInt(v.substring(2)) > OLDEST_CHILD);
        return out;
    }

    /**
     * Whether the text holds a word that every pattern above starts from ("men" is in "women"):
     * most posts name no size, and the patterns are a sixth of reading a post.
     */
    private static boolean mayNameSize(String lower) {
        return lower.contains("size") || lower.contains("sz") || lower.contains("yrs") || lower.contains("years") || lower.contains("xs") || lower.contains("xl") || lower.contains("adult") || lower.contains("men")
                || lower.contains("ladies") || lower.contains("kids") || lower.contains("children") || lower.contains("age") || toddlerSize(lower) || lower.contains("birth") || lower.contains("newborn") || lower.contains("nb ")
                || lower.contains("month") || lower.contains("mth") || digitThenM(lower)
                || ((lower.contains("son's") || lower.contains("son is") || lower.contains("son\u2019s") || lower.contains("daughter")
                        || lower.contains("boy's") || lower.contains("boy is") || lower.contains("girl's") || lower.contains("girl is")
                        || lower.contains("niece") || lower.contains("nephew") || lower.contains("he is") || lower.contains("he's")
                        || lower.contains("he\u2019s")) && hasDigit(lower))
                || ((lower.contains("yo") || lower.contains("yr") || lower.contains("year") || lower.contains("y o")) && hasDigit(lower));
    }

    private static boolean hasDigit(String lower) {
        for (int i = 0; i < lower.length(); i++) if (Character.isDigit(lower.charAt(i))) return true;
        return false;
    }

    /** "12-18m", "8 mo": a digit, maybe a space, then an m */
    private static boolean digitThenM(String lower) {
        for (int i = 1; i < lower.length(); i++) {
            if (lower.charAt(i) != 'm') continue;
            char before = lower.charAt(i - 1);
            if (Character.isDigit(before) || (before == ' ' && i > 1 && Character.isDigit(lower.charAt(i - 2)))) return true;
        }
        return false;
    }

    private static boolean toddlerSize(String lower) {
        for (int i = 1; i < lower.length(); i++) if (lower.charAt(i) == 't' && Character.isDigit(lower.charAt(i - 1))) return true;
        return false;
    }

    private static void read(String sizes, String scale, Set<String> out) {
        if (sizes.equalsIgnoreCase("any")) {
            out.add(scale + ":" + ANY);
            return;
        }
        String plain = THROUGH.matcher(QUALIFIER.matcher(sizes.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" to ");
        for (String item : LIST.split(plain)) {
            String[] parts = RANGE_MARK.split(item.strip());
            if (parts.length == 1) {
                // "s m l", "8 10": each a size of its own
                for (String one : parts[0].split("\\s+")) if (!one.isEmpty()) out.add(scale + ":" + rank(one, scale));
                continue;
            }
            String[] first = parts[0].strip().split("\\s+"), last = parts[parts.length - 1].strip().split("\\s+");
            if (first[0].isEmpty() || last[last.length - 1].isEmpty()) continue;
            int lo = rank(first[0], scale), hi = rank(last[last.length - 1], scale);
            if (lo > hi) {
                out.add(scale + ":" + ANY);
                continue;
            }
            for (int i = lo; i <= hi; i++) out.add(scale + ":" + i);
        }
    }

    private static final Pattern THROUGH = Pattern.compile("\\s*\\b(?:through|thru|up\\s+to(?:\\s+about)?)\\b\\s*");
    private static final Pattern LIST = Pattern.compile("\\s*(?:,|/|&|\\band\\b|\\bor\\b)\\s*");
    private static final Pattern RANGE_MARK = Pattern.compile("\\s*(?:-|\u2013|\\bto\\b)\\s*");

    private static final Pattern QUALIFIER = Pattern.compile("\\b(?:adults?|kids|child(?:ren)?s?|junior|youth|mens|womens)\\s+");


    private static int rank(String size, String scale) {
        if (!scale.equals("l")) return Integer.parseInt(size);
        return switch (size) {
            case "xxs" -> 0;
            case "xs" -> 1;
            case "s", "small" -> 2;
            case "m", "medium" -> 3;
            case "l", "large" -> 4;
            case "xl" -> 5;
            case "xxl", "2x", "2xl" -> 6;
            case "xxxl", "3x", "3xl" -> 7;
            default -> 8;
        };
    }

    /**
     * Whether two posts name sizes on the same scale and none in common, neither fitting any, and
     * agree on no other scale: "girls' clothes age 5-7 and school shoes size 12" fits a girl of 6 in
     * size 6-7, as the shoes' size is another item's.
     */
    static boolean conflict(Set<String> a, Set<String> b) {
        boolean apart = false;
        for (String scale : new String[] {"n", "l", "a"}) {
            Set<String> x = onScale(a, scale), y = onScale(b, scale);
            if (x.isEmpty() || y.isEmpty() || x.contains(scale + ":" + ANY) || y.contains(scale + ":" + ANY)) continue;
            if (!java.util.Collections.disjoint(x, y)) return false;
            apart = true;
        }
        return apart;
    }

    private static Set<String> onScale(Set<String> sizes, String scale) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : sizes) if (s.startsWith(scale + ":")) out.add(s);
        return out;
    }
}

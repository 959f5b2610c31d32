package org.mutualaid.core.match;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone shorthand written out ("sum1 2 talk 2", "any1 free 2moro pls"), so that a post typed in a
 * hurry is read by the same words and phrases as one typed in full. Only spellings that mean one
 * thing are written out; "2" and "4" are read as "to" and "for" only where a number cannot stand
 * ("2 talk", "talk 2", "4 my son"), never before a noun that could be counted ("2 kids", "4 nappies").
 */
final class TextSpeak {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("sum1", "someone"), Map.entry("some1", "someone"), Map.entry("any1", "anyone"), Map.entry("ne1", "anyone"),
            Map.entry("every1", "everyone"), Map.entry("no1", "no one"),
            Map.entry("2day", "today"), Map.entry("2nite", "tonight"), Map.entry("2night", "tonight"), Map.entry("tonite", "tonight"),
            Map.entry("2moro", "tomorrow"), Map.entry("2morro", "tomorrow"), Map.entry("2morrow", "tomorrow"), Map.entry("2mrw", "tomorrow"),
            Map.entry("tmrw", "tomorrow"), Map.entry("tmr", "tomorrow"), Map.entry("tmw", "tomorrow"), Map.entry("tmrow", "tomorrow"),
            Map.entry("tomoz", "tomorrow"), Map.entry("2mora", "tomorrow"),
            Map.entry("b4", "before"), Map.entry("l8r", "later"), Map.entry("l8", "late"), Map.entry("gr8", "great"), Map.entry("w8", "wait"),
            Map.entry("m8", "mate"), Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("r", "are"),
            Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("plss", "please"), Map.entry("plsss", "please"),
            Map.entry("thx", "thanks"), Map.entry("thnx", "thanks"), Map.entry("tnx", "thanks"), Map.entry("thanx", "thanks"),
            Map.entry("cuz", "because"), Map.entry("coz", "because"), Map.entry("bcoz", "because"), Map.entry("bcos", "because"),
            Map.entry("n", "and"), Map.entry("ppl", "people"), Map.entry("sth", "something"), Map.entry("smth", "something"),
            Map.entry("abt", "about"), Map.entry("wknd", "weekend"), Map.entry("wkend", "weekend"), Map.entry("hosp", "hospital"),
            Map.entry("nite", "night"), Map.entry("cud", "could"), Map.entry("wud", "would"), Map.entry("shud", "should"),
            Map.entry("wiv", "with"),
            // Scots negations ("nae wheelchairs", "cannae haud them")
            Map.entry("nae", "no"), Map.entry("cannae", "can't"), Map.entry("canna", "can't"), Map.entry("dinnae", "don't"),
            Map.entry("didnae", "didn't"), Map.entry("havnae", "haven't"), Map.entry("havenae", "haven't"), Map.entry("wouldnae", "wouldn't"),
            Map.entry("isnae", "isn't"), Map.entry("wasnae", "wasn't"), Map.entry("willnae", "won't"), Map.entry("couldnae", "couldn't"),
            // Scots things: "weans winter jaikits", "can walk dugs" ("dug" alone is also what was dug)
            Map.entry("jaikit", "jacket"), Map.entry("jaikits", "jackets"), Map.entry("dugs", "dogs"),
            // northern English: "owt to warm the room", "swollen or summat"
            Map.entry("owt", "anything"), Map.entry("nowt", "nothing"), Map.entry("summat", "something"));

    /** A dropped g ("sleepin on the floor", "liftin me", "nothin in the fridge"), written back only on verbs no word ends like. */
    private static final Set<String> DROPPED_G = Set.of(
            "sleepin", "cookin", "comin", "goin", "doin", "nothin", "somethin", "anythin", "lookin", "needin", "movin",
            "liftin", "workin", "askin", "tryin", "gettin", "helpin", "drivin", "livin", "feelin", "payin", "runnin", "stayin",
            "takin", "waitin", "leakin", "talkin", "eatin", "puttin", "sittin", "cleanin", "cuttin", "hopin", "startin",
            "usin", "shoppin", "washin", "leavin", "freezin", "burnin", "watchin", "mindin", "carryin", "haulin", "cryin",
            "strugglin", "losin", "givin", "sellin", "borrowin", "babysittin", "mowin", "shovelin", "pickin", "droppin",
            "stinkin");

    /** Verbs that "2" stands before as "to" ("2 talk", "2 get"); a count stands before a thing, not a verb. */
    private static final Set<String> VERBS = Set.of("talk", "chat", "speak", "help", "get", "take", "go", "come", "drive", "pick",
            "fix", "move", "watch", "mind", "borrow", "lend", "use", "do", "make", "see", "visit", "cook", "walk", "give", "carry",
            "collect", "drop", "bring", "pay", "buy", "sit", "stay", "keep", "look", "put", "read", "fill", "sort", "listen", "call",
            "feed", "eat", "find");
    /** Words nothing is counted after: "2" after them is "to" ("talk 2 im not ok", "go 2 work", "way 2 school"). */
    private static final Set<String> ALWAYS_TO = Set.of("talk", "chat", "speak", "listen", "reply", "say", "said", "write", "go", "going",
            "went", "come", "coming", "way", "back", "due", "how", "what", "where", "trying", "able");
    /** Words after which "2" is "to" before a person or a place: "lift 2 hospital", "take me 2 the clinic". */
    private static final Set<String> TOWARDS = Set.of("get", "getting", "ride", "rides", "lift", "lifts", "drive", "driving", "take",
            "taking", "bring", "walk", "trip", "trips", "run", "me", "us", "him", "her", "them");
    /** People and places "2" points to after one of those words. */
    private static final Set<String> TARGETS = Set.of("the", "my", "me", "his", "her", "our", "their", "them", "him", "us", "you", "u",
            "someone", "anyone", "somebody", "anybody", "sum1", "any1", "school", "work", "hospital", "hosp", "town", "church", "clinic",
            "doctor", "doctors", "dr", "gp", "appointment", "appt", "appts", "shops", "store", "airport", "station", "city", "court",
            "dialysis", "chemo", "college", "uni", "nursery", "daycare", "jobcentre", "interview", "mine", "yours");
    /** What "4" stands before as "for": "4 my son", "4 the winter", "4 him". */
    private static final Set<String> FOR_BEFORE = Set.of("the", "my", "me", "his", "her", "our", "their", "them", "him", "us", "you",
            "u", "your", "ur", "this", "that", "next", "tonight", "today", "tomorrow", "sale", "free", "anyone", "someone", "school",
            "work", "winter", "summer", "christmas", "xmas", "now");
    /** Words "4" follows as "for": "looking 4", "ask 4". */
    private static final Set<String> FOR_AFTER = Set.of("looking", "look", "asking", "ask", "thanks", "thank", "cook", "cooking", "care",
            "caring", "pay", "paying", "shop", "shopping", "ready", "wait", "waiting", "search", "searching", "room", "space");
    // a word joined by a hyphen or an apostrophe is not shorthand: "u-haul", "b4-size", "n't"
    private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}'/-])([\\p{L}\\p{N}]+)(?![\\p{L}\\p{N}/'-])");
    private static final Pattern WITH = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])w/(o\\b)?\\s?");

    private TextSpeak() {}

    private static final Pattern AMPERSAND = Pattern.compile("\\s+&\\s+");

    static String expand(String written) {
        // "Phones & tablets only", "pots & pans": an ampersand between words joins them as "and" does
        String text = written.indexOf('&') >= 0 ? AMPERSAND.matcher(written).replaceAll(" and ") : written;
        if (!mayHoldShorthand(text)) return text;
        String withs = WITH.matcher(text).replaceAll(m -> m.group(1) != null ? "without " : "with ");
        Matcher m = TOKEN.matcher(withs);
        StringBuilder out = new StringBuilder(withs.length() + 16);
        String previous = "";
        int at = 0;
        while (m.find()) {
            String word = m.group(1);
            String lower = word.toLowerCase(Locale.ROOT);
            String replaced = DROPPED_G.contains(lower) ? word + "g" : WORDS.get(lower);
            if (replaced == null && (lower.equals("2") || lower.equals("4"))) replaced = numberAsWord(lower, previous, next(withs, m.end()));
            out.append(withs, at, m.start()).append(replaced != null ? replaced : word);
            at = m.end();
            previous = lower;
        }
        return out.append(withs, at, withs.length()).toString();
    }

    private static String numberAsWord(String digit, String previous, String next) {
        if (digit.equals("2")) {
            boolean to = VERBS.contains(next) || ALWAYS_TO.contains(previous) && (next.isEmpty() || !Character.isDigit(next.charAt(0)))
                    || TOWARDS.contains(previous) && (next.isEmpty() || TARGETS.contains(next));
            return to ? "to" : null;
        }
        return FOR_BEFORE.contains(next) || FOR_AFTER.contains(previous) && !countable(next) ? "for" : null;
    }

    /** A count or a plural after a number ("4 kids", "4 2-hour shifts"): the number is a number. */
    private static boolean countable(String next) {
        return next.isEmpty() || Character.isDigit(next.charAt(0)) || next.endsWith("s") && !next.endsWith("ss")
                || next.equals("x") || next.equals("more") || next.equals("or") || next.equals("and");
    }

    /** The word after position from, lower case, or "" at the end. */
    private static String next(String text, int from) {
        Matcher m = TOKEN.matcher(text);
        return m.find(from) ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** Most posts are written in full: a digit or a known short word must be there before anything is rewritten. */
    private static boolean mayHoldShorthand(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '/') return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : Words.of(lower)) if (WORDS.containsKey(w) || DROPPED_G.contains(w)) return true;
        return false;
    }
}

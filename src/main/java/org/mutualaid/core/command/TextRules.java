package org.mutualaid.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans member text before it is stored. Invisible characters (control, zero-width, bidi overrides)
 * are removed because they can hide or reorder what others read; emoji and every script, Arabic
 * and Hebrew included, are kept as written.
 */
public final class TextRules {

    public static final int MAX_POST_CHARS = 1000;
    private static final int ZWJ = 0x200D;
    /** the flag that tag characters turn into the flags of Scotland, Wales and England */
    private static final int BLACK_FLAG = 0x1F3F4;
    private static final Pattern TAG = Pattern.compile("(?<![\\p{L}\\p{N}_])#([\\p{L}\\p{N}_][\\p{L}\\p{N}_-]{0,31})");

    private TextRules() {}

    /** Removes invisible and control characters and folds every run of white space into one space. */
    public static String clean(String raw) {
        if (raw == null) return "";
        StringBuilder out = new StringBuilder(raw.length());
        int previous = ' ';
        int i = 0;
        while (i < raw.length()) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL) {
                if (previous != ' ') out.append(' ');
                previous = ' ';
                continue;
            }
            if (type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || isFiller(cp)) {
                continue;
            }
            if (type == Character.FORMAT) {
                // keep the joiner and tag characters inside emoji sequences (👩🏽‍💻, the flag of
                // Scotland); drop them, and every other invisible format character, elsewhere
                boolean emojiPart = cp == ZWJ ? isSymbol(previous) : isTag(cp) && (previous == BLACK_FLAG || isTag(previous));
                if (!emojiPart) continue;
            }
            out.appendCodePoint(cp);
            previous = cp;
        }
        return out.toString().strip();
    }

    private static boolean isSymbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == ZWJ || isTag(cp);
    }

    /** Hangul fillers: letters to Unicode, blank to the eye. */
    private static boolean isFiller(int cp) {
        return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
    }

    /** Unicode tag characters, used only inside emoji flag sequences. */
    private static boolean isTag(int cp) {
        return cp >= 0xE0020 && cp <= 0xE007F;
    }

    /** The reason a post text cannot be stored, in one friendly line, or null when it is fine. */
    public static String problemWithPost(String cleaned, String command) {
        if (cleaned.isEmpty()) {
            return "Please add a few words after /" + command + ", for example: " + example(command);
        }
        if (!saysSomething(cleaned) || onlyAsks(cleaned)) {
            return "Please describe it in a few words too, for example: " + example(command);
        }
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length > MAX_POST_CHARS) {
            return String.format(Locale.ROOT,
                    "That is %,d characters; please keep it under %,d. The main details are enough, people can ask for more.",
                    length, MAX_POST_CHARS);
        }
        return null;
    }

    /** A post's words, in lower case, without the punctuation and spacing that a text sent again may differ by. */
    public static String sameWordsKey(String text) {
        // a phone's autocorrect puts the apostrophe in "dont" that the first sending lacked: "don't" is "dont"
        return String.join(" ", text.toLowerCase(Locale.ROOT).replaceAll("['\u2019`]", "").split("[^\\p{L}\\p{N}]+")).strip();
    }

    // "why did my nappies post disappear?", "where is #12": about a post of theirs, not a new plea; "post office" is a place
    private static final Pattern ABOUT_A_POST = Pattern.compile(
            "(?i)#\\d|\\bmy\\s+(?:\\S+\\s+){0,2}?(?:post|posts|request|ad|listing)\\b(?!\\s+office)");

    /** Whether private words ask about one of the member's posts ("why did my post go", "what happened to #3"). */
    public static boolean asksAboutAPost(String text) {
        return ABOUT_A_POST.matcher(text).find();
    }

    /** Words a post must have for one held whole in a longer post to count as sent again: "a kettle" may well be a post of its own. */
    static final int REPEAT_WITHIN_WORDS = 5;

    /**
     * Whether a post's words (as sameWordsKey gives them) repeat an earlier post's: the same words, or,
     * from five words, the earlier post holding them whole (a story told in several messages and
     * posted as one, then its first message sent again).
     */
    public static boolean repeats(String words, String earlier) {
        if (words.equals(earlier)) return true;
        String[] mine = words.split(" ");
        if (mine.length < REPEAT_WITHIN_WORDS) return false;
        if ((" " + earlier + " ").contains(" " + words + " ")) return true;
        // typed again from memory: "formula and nappies size 4, fridge broke and food went off" and
        // "formula and nappies size 4 - fridge broke, food went off!!" differ by a word or two, not in what they ask
        java.util.Set<String> a = new java.util.HashSet<>(java.util.List.of(mine));
        java.util.Set<String> b = new java.util.HashSet<>(java.util.List.of(earlier.split(" ")));
        int shared = 0;
        for (String w : a) if (b.contains(w)) shared++;
        // a number told apart is another post: size 4 and size 5, batch 1 and batch 2
        for (String w : a) if (!b.contains(w) && w.chars().anyMatch(Character::isDigit)) return false;
        for (String w : b) if (!a.contains(w) && w.chars().anyMatch(Character::isDigit)) return false;
        return Math.min(a.size(), b.size()) >= RETYPED_WORDS && shared * 10 >= 9 * Math.max(a.size(), b.size());
    }

    /** from this many different words, nine in ten of them shared make a post typed again */
    private static final int RETYPED_WORDS = 8;

    /** words that ask without saying for what: "/need help", "/need urgent help please!!" */
    private static final java.util.Set<String> ASKING_ONLY = java.util.Set.of("help", "please", "pls", "plz", "need", "needed", "needs",
            "urgent", "urgently", "asap", "anyone", "someone", "somebody", "anybody", "me", "us", "hi", "hello", "hey", "thanks",
            "thank", "you", "some", "any", "offer", "offering", "can", "give", "anything", "something", "stuff", "whatever", "really",
            "desperate", "desperately", "all", "appreciated", "sos");

    private static boolean onlyAsks(String cleaned) {
        String[] words = cleaned.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        boolean any = false;
        for (String w : words) {
            // "I" and "a" go with either: "I can help" only asks, "a🍞a🍞" is not for this rule to judge
            if (w.isEmpty() || w.equals("i") || w.equals("a")) continue;
            if (!ASKING_ONLY.contains(w)) return false;
            any = true;
        }
        return any;
    }

    /**
     * Whether a text has words in it: at least two letters ("tv" may be all an offer needs), or one
     * of a script whose one sign is a word (米, rice). "/need 123" or "/need a" is a slip, not a post.
     */
    private static boolean saysSomething(String cleaned) {
        int letters = 0;
        int signs = 0;
        for (int i = 0; i < cleaned.length(); ) {
            int cp = cleaned.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (++letters >= 2 || WORD_SIGNS.contains(Character.UnicodeScript.of(cp))) return true;
            } else if (letters > 0) {
                // a vowel sign after a letter is part of a word as a letter is: "घी" (ghee) is a word
                int type = Character.getType(cp);
                if (type == Character.COMBINING_SPACING_MARK || type == Character.NON_SPACING_MARK) signs++;
            }
        }
        return letters > 0 && letters + signs >= 2;
    }

    private static final java.util.Set<Character.UnicodeScript> WORD_SIGNS = java.util.EnumSet.of(
            Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL);

    private static String example(String command) {
        return command.equals("offer") ? "/offer I can drive people to appointments on weekday mornings"
                : "/need groceries for a family of 3 until Friday";
    }

    /** #tags in the text, lower-cased, in order, without repeats. */
    public static List<String> tags(String cleaned) {
        List<String> tags = new ArrayList<>();
        Matcher m = TAG.matcher(cleaned);
        while (m.find()) {
            String tag = m.group(1).toLowerCase(Locale.ROOT);
            if (!tags.contains(tag)) tags.add(tag);
        }
        return tags;
    }

    /** The first words of a text, cut on a word boundary, for one-line listings. */
    public static String firstWords(String text, int maxChars) {
        if (text.codePointCount(0, text.length()) <= maxChars) return text;
        int end = text.offsetByCodePoints(0, maxChars);
        int space = text.lastIndexOf(' ', end);
        if (space > maxChars / 2) end = space;
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** Cuts text to at most maxUnits UTF-16 units, never inside a character, ending in "…" when cut. */
    public static String fitUnits(String text, int maxUnits) {
        if (text.length() <= maxUnits) return text;
        int end = 0;
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (next > maxUnits - 1) break;
            end = next;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    /**
     * What stands in for a removed personal detail: no letters or digits, so the taxonomy, the
     * matcher and the search read nothing in it (a "(phone number removed)" filed a couch under
     * phones and computers), and no punctuation that splits a post into clauses.
     */
    public static final String REMOVED = "[…]";

    /** Kinds of personal detail a post may give away to the whole group. */
    private static final List<Map.Entry<String, Pattern>> PERSONAL = List.of(
            Map.entry("e-mail address", Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}")),
            // 9 to 15 digits, or 7 or more after a +, with the usual separators; dates (8 digits) are left alone
            Map.entry("phone number", Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\+\\d[\\d ().-]{5,}\\d|\\(?\\d[\\d ().-]{7,}\\d)(?![\\p{L}\\p{N}])")),
            Map.entry("street address", Pattern.compile("(?i)(?<![\\p{L}\\p{N}])\\d{1,5}[a-z]?\\s+(?:[\\p{L}'.-]+\\s+){1,3}"
                    + "(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|terrace|close|crescent)\\b\\.?")));

    /** The kinds of personal detail the text seems to hold: "phone number", "e-mail address", "street address". */
    public static List<String> personalDetails(String text) {
        List<String> found = new java.util.ArrayList<>();
        for (Map.Entry<String, Pattern> kind : PERSONAL) {
            Matcher m = kind.getValue().matcher(text);
            while (m.find()) {
                if (!kind.getKey().equals("phone number") || isPhone(m.group())) {
                    found.add(kind.getKey());
                    break;
                }
            }
        }
        return found;
    }

    /** The text with each personal detail replaced by {@link #REMOVED}: "call me at […], need a couch". */
    public static String withoutPersonalDetails(String text) {
        String out = text;
        for (Map.Entry<String, Pattern> kind : PERSONAL) {
            Matcher m = kind.getValue().matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                boolean remove = !kind.getKey().equals("phone number") || isPhone(m.group());
                m.appendReplacement(sb, Matcher.quoteReplacement(remove ? REMOVED : m.group()));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }

    private static boolean isPhone(String s) {
        long digits = s.chars().filter(Character::isDigit).count();
        return s.startsWith("+") ? digits >= 7 && digits <= 15 : digits >= 9 && digits <= 15;
    }
}

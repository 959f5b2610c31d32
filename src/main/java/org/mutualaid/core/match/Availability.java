package org.mutualaid.core.match;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days of the week and the parts of the day a post names: when a need is needed ("Saturday
 * night", "Mon/Wed/Fri mornings", "at 7pm") and when an offer is given ("weekday afternoons
 * 3-6pm", "free most weekends", "Mon-Wed mornings"). A driver free on Tuesdays and Thursdays does
 * not help with a ride on Mondays, Wednesdays and Fridays; a sitter for weekday afternoons does not
 * help on a Saturday night.
 *
 * <p>What a day or an hour is a limit of is left out: "by Friday", "until 6pm", "since Tuesday", "a week from Saturday",
 * "payday is next Friday". A post that names no day (or no part of the day) is open to any.
 * Days are a bit set, Monday = bit 0; parts of the day are morning, afternoon, evening and night,
 * and a mark that either the days or the parts fit ("evenings and weekends").
 */
record Availability(int days, int parts) {

    static final Availability ANY = new Availability(0, 0);

    private static final int WEEKDAYS = 0b0011111, WEEKEND = 0b1100000;
    private static final int MORNING = 1, AFTERNOON = 2, EVENING = 4, NIGHT = 8;
    /** in parts: the days and the parts named are each a time of the help, not only together ("evenings and weekends") */
    private static final int EITHER = 16;
    private static final int ALL_PARTS = MORNING | AFTERNOON | EVENING | NIGHT;
    private static final String PART_WORD = "(?:mornings|afternoons|evenings|nights|daytimes|lunchtimes|after school|after work|before work|before school)";
    /** an hour that bounds a part of the day: "evenings after 5 and weekends", "weekends and after 5pm weekdays" */
    private static final String BOUND_HOUR = "(?:after|from|past|before|til|till|until)\\s+\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:am|pm|ish)?";
    /** days given whole beside a part of the day: "evenings and weekends", "evenings after 5 and Saturdays" */
    private static final String WHOLE_DAYS = "(?:week\\s?ends?|saturdays?|sundays?)(?!\\s*(?:mornings?|afternoons?|evenings?|nights?|to\\b|till?\\b|until\\b|thru\\b|through\\b|-|\u2013))";
    /** a comma or a slash joins a part to whole days ("evenings, weekends"); an hour alone needs a word ("Sundays, after 2pm" is both at once) */
    private static final String JOIN = "\\s*(?:,|/|&|and|or|plus|\\+)\\s*";
    private static final String WORD_JOIN = "\\s*(?:&|and|or|plus|\\+)\\s*";
    private static final Pattern PART_OR_DAYS = Pattern.compile("\\b" + PART_WORD + "(?:\\s+" + BOUND_HOUR + ")?" + JOIN + "(?:most\\s+|all\\s+|any\\s+)?" + WHOLE_DAYS + "\\b"
            + "|\\b" + BOUND_HOUR + WORD_JOIN + "(?:most\\s+|all\\s+|any\\s+)?" + WHOLE_DAYS + "\\b"
            + "|\\b" + WHOLE_DAYS + JOIN + "(?:most\\s+|any\\s+)?" + PART_WORD + "(?:\\s+" + BOUND_HOUR + ")?(?![\\w:])"
            + "|\\b" + WHOLE_DAYS + WORD_JOIN + "(?:most\\s+|any\\s+)?" + BOUND_HOUR + "(?![\\w:])");

    private static final String DAY = "(?:mondays?|mon|tuesdays?|tues|tue|wednesdays?|weds|wed|thursdays?|thurs|thur|thu"
            + "|fridays?|fri|saturdays?|sat|sundays?|sun)";
    private static final Pattern DAY_NEXT = Pattern.compile("^,\\s*" + DAY + "\\b");
    /** the poster's own hours ("I work nights so need someone to mind my 4yo"): not when the help is wanted */
    private static final Pattern OWN_HOURS = Pattern.compile(
            "\\b(?:work|working|do|doing|on|started|start|starting)\\s+(?:nights|lates|earlies|night shifts?|late shifts?|early shifts?)\\b"
            // "have to be done by 11:30 bc I work afternoons": the driver's own hours
            + "|\\b(?:i|we)\\s+(?:work|am working|['\u2019]?m working)\\s+(?:mornings|afternoons|evenings|days)\\b");
    /** days the poster says they are elsewhere ("weekends I'm at my mum's", "I'm away Fridays"): not when the help is given */
    private static final String SELF = "(?:i['\u2019]?m|i am|we['\u2019]?re|we are)";
    private static final Pattern AWAY = Pattern.compile(
            "\\b" + DAY + "(?:\\s*(?:-|\u2013|to)\\s*" + DAY + ")?\\s*,?\\s*" + SELF + "\\s+(?:at|away|busy|working|with|unavailable|not)\\b"
            + "|\\b(?:week\\s?days?|weekends?)\\s*,?\\s*" + SELF + "\\s+(?:at|away|busy|working|with|unavailable|not)\\b"
            + "|\\b" + SELF + "\\s+(?:away|busy|working|at work|in work|on the road|out of town|not free|not around|not available|unavailable)(?:\\s+for work)?\\s+(?:on\\s+|at\\s+|most\\s+|every\\s+|all\\s+)?"
            + "(?:" + DAY + "|weekends?|week\\s?days?|during the week)\\b"
            // "I work weekends, sorry"
            + "|\\bi\\s+work\\s+(?:on\\s+|most\\s+|every\\s+|all\\s+)?(?:" + DAY + "|weekends?|week\\s?days?|during the week)\\b");
    /** days someone else already covers ("weekdays my sister takes me", "Mondays our neighbour does it"): not when the help is wanted */
    private static final Pattern COVERED = Pattern.compile(
            "\\b(?:" + DAY + "|week\\s?days?|weekends?)\\s*,?\\s*(?:my|our)\\s+\\w+\\s+(?:takes|drives|does|helps|covers|has|comes|picks)\\b");
    /** times the poster minds their own children ("I have the grandkids evenings and weekends", "I pick up the grandkids after school"): not when the help is given */
    private static final Pattern OWN_KIDS = Pattern.compile(
            "\\bi\\s*(?:have|['\u2019]?ve got|got|look after|mind|pick up|collect|fetch)\\s+(?:the|my|our)\\s+(?:grand)?(?:kids|children)\\s+(?:on\\s+)?"
            + "(?:(?:" + DAY + "|week\\s?days?|weekends?|evenings?|nights?|mornings?|afternoons?|after school|before school|from school)(?:\\s*(?:and|,|&|or)\\s*)?)+");
    private static final int ALL_DAYS = 0b1111111;
    /** days ruled out ("please don't ask for Saturdays or Sundays", "no weekends", "any day except Sunday"): not when the help is given, and taken away from the days named */
    private static final String DAYS_WORD = "(?:" + DAY + "|week\\s?days?|week\\s?ends?)";
    private static final Pattern NOT_DAYS = Pattern.compile(
            "\\b(?:no|not|never|don['\u2019]?t ask for|do not ask for|can['\u2019]?t do|cannot do|except|apart from)\\s+(?:on\\s+)?" + DAYS_WORD
            + "(?:\\s*(?:,|or|and|&|/|nor)\\s*" + DAYS_WORD + ")*\\b");
    /** a day on which something already happened ("broke my ankle on Saturday", "had a fall during the week"): no time of the help */
    private static final Pattern PAST = Pattern.compile(
            "\\b(?:broke|fell|happened|died|passed|started|began|came|went|was|were|had|did|left|lost|moved|arrived|hurt|injured|"
            + "crashed|burst|flooded|stopped|ended|finished|called|rang|told|said)\\b[^.,;:!?()\\n]{0,40}?(?:\\bon\\s+(?:last\\s+|the\\s+)?" + DAY + "|\\bduring the week)\\b");
    /** "had cataract surgery Tuesday": a day of what happened, said without "on" */
    private static final Pattern HAD_ON = Pattern.compile(
            "\\bhad\\s+(?:(?:my|an?|the|his|her|\\w+)\\s+){0,2}?(?:surgery|operation|op|procedure|fall|stroke|accident|baby|fire|flood|break[- ]?in)\\s+(?:on\\s+)?(?:last\\s+|this\\s+past\\s+)?" + DAY + "\\b");
    /** "now the nights are dark that early", "the nights drawing in": the season told, not a time of the help */
    private static final Pattern SEASON = Pattern.compile(
            "\\b(?:nights|evenings|mornings)\\s+(?:are|get|getting|have got|so)\\s+(?:so\\s+|that\\s+|really\\s+|very\\s+|awful\\s+|pure\\s+)?(?:dark|long|cold|short|light|early)\\b"
            + "|\\b(?:nights|evenings)\\s+(?:are\\s+)?drawing\\s+in\\b|\\bdark\\s+(?:nights|evenings|mornings)\\s+(?:now|are|get|getting)\\b");
    /** "was brought into St James's Sunday night": when someone was taken in, with or without "on", is no time of the help (not "is admitted Thursday": that is to come) */
    private static final Pattern TAKEN_IN = Pattern.compile(
            "\\b(?:was|were|got|been)\\s+(?:brought|admitted|taken|rushed|blue[- ]lighted)\\b(?:(?!\\b(?:so|and|but|need|needs|now|can|could|would|for\\s+(?:repairs?|a\\s+service)|off)\\b)[^.,;:!?()\\n]){0,40}?\\b(?:on\\s+)?(?:last\\s+)?"
            + DAY + "(?:\\s+(?:night|morning|afternoon|evening))?\\b");
    private static final Pattern DAYS = Pattern.compile(
            "\\b(" + DAY + ")(?:\\s*(?:-|\u2013|to|through|thru)\\s*(" + DAY + "))?\\b|\\b(week\\s?days?|week\\s?nights?|weekends?|during the week)\\b");
    private static final Pattern PARTS = Pattern.compile(
            "\\b(mornings?|afternoons?|evenings?|nights?|overnight|tonight|daytime|daytimes|lunchtimes?|after work|after school|before work|before school)\\b");
    /** an hour with am or pm, or a span of hours ending in one ("3-6pm", "7pm-7am", "8am to 1pm") */
    private static final Pattern HOURS = Pattern.compile(
            "\\b(\\d{1,2})(?:[:.]\\d\\d)?\\s*(am|pm)?(?:\\s*(?:-|\u2013|to|til|till)\\s*(\\d{1,2})(?:[:.]\\d\\d)?\\s*(am|pm))?\\b|\\b(\\d{1,2})(?:[:.]\\d\\d)?\\s*(am|pm)\\b");
    /** words before a day or an hour that make it a limit, not a time of the help */
    private static final Pattern LIMIT_BEFORE = Pattern.compile(
            "(?:\\bby|\\bweeks?\\s+from|\\bdays\\s+from|\\bfortnight\\s+from|\\buntil|\\btill?|\\bbefore|\\bsince|\\blast|\\bpayday(?:'?s| is)?(?: not)?(?: til| till| until)?|\\bpaid(?: on)?|\\bdue(?: on)?)\\s+(?:about\\s+|around\\s+)?(?:next\\s+|this\\s+|on\\s+|the\\s+)?$");

    static Availability of(String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        // most posts name no day and no time: the patterns below are for those that might
        if (!mayNameTime(folded)) return ANY;
        String lower = OWN_HOURS.matcher(folded).replaceAll(" ");
        // each pattern is tried at every word: only where the words it needs are there
        if (mayNameSelf(lower)) lower = AWAY.matcher(lower).replaceAll(" ");
        if (lower.contains(" on ") || lower.contains("during the week")) lower = PAST.matcher(lower).replaceAll(" ");
        if (lower.contains("had ")) lower = HAD_ON.matcher(lower).replaceAll(" ");
        if (mayTellTakenIn(lower)) lower = TAKEN_IN.matcher(lower).replaceAll(" ");
        if (lower.contains("nights") || lower.contains("evenings") || lower.contains("mornings")) lower = SEASON.matcher(lower).replaceAll(" ");
        int[] ruledOut = {0};
        lower = NOT_DAYS.matcher(lower).replaceAll(m -> {
            ruledOut[0] |= days(m.group());
            return " ";
        });
        if (lower.contains("my ") || lower.contains("our ")) lower = COVERED.matcher(lower).replaceAll(" ");
        if (lower.contains("kids") || lower.contains("children")) lower = OWN_KIDS.matcher(lower).replaceAll(" ");
        // most posts name no time: a day's or a time's letters are needed for any of the patterns
        int days = days(lower);
        // "any day except Sunday", "no weekends": every day but those; "weekdays, not Wednesdays": those less it
        if (ruledOut[0] != 0 && days == 0) days = ALL_DAYS;
        days &= ~ruledOut[0];
        int parts = parts(lower);
        if (days != 0 && parts != 0 && PART_OR_DAYS.matcher(lower).find()) parts |= EITHER;
        return days == 0 && parts == 0 ? ANY : new Availability(days, parts);
    }

    private static boolean mayTellTakenIn(String lower) {
        return lower.contains("brought") || lower.contains("admitted") || lower.contains("taken") || lower.contains("rushed") || lower.contains("lighted");
    }

    private static boolean mayNameSelf(String lower) {
        return lower.contains("i'm") || lower.contains("i\u2019m") || lower.contains("im ") || lower.contains("i am")
                || lower.contains("we're") || lower.contains("we\u2019re") || lower.contains("we are") || lower.contains("i work ");
    }

    /** Whether the text holds a digit or a word every pattern here starts from: day names, "week", parts of the day. */
    private static boolean mayNameTime(String lower) {
        for (int i = 0; i < lower.length(); i++) if (Character.isDigit(lower.charAt(i))) return true;
        for (String cue : TIME_PHRASES) if (lower.contains(cue)) return true;
        // word by word: "fri" in "fridge" or "friend", "sun" in "sunny", are no days
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
            if (letter && start < 0) start = i;
            if (!letter && start >= 0) {
                if (TIME_WORDS.contains(lower.substring(start, i))) return true;
                start = -1;
            }
        }
        return false;
    }

    /** Whether a word names a day or a part of the day ("Sat", "weekends", "mornings"). */
    static boolean isTimeWord(String word) {
        return TIME_WORDS.contains(word);
    }

    private static final String[] TIME_PHRASES = {"during the week", "week day", "week night", "after work", "after school", "before work", "before school"};
    /** every word DAY, DAYS and PARTS start from */
    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("mon", "monday", "mondays", "tue", "tues", "tuesday",
            "tuesdays", "wed", "weds", "wednesday", "wednesdays", "thu", "thur", "thurs", "thursday", "thursdays", "fri", "friday",
            "fridays", "sat", "saturday", "saturdays", "sun", "sunday", "sundays", "weekday", "weekdays", "weeknight", "weeknights",
            "weekend", "weekends", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights",
            "overnight", "tonight", "daytime", "daytimes", "lunchtime", "lunchtimes");

    /** Whether both say when and the times meet: no conflict, and a day or a part of the day named on each side. */
    static boolean meet(Availability need, Availability offer) {
        boolean needSays = need.days != 0 || (need.parts & ALL_PARTS) != 0;
        boolean offerSays = offer.days != 0 || (offer.parts & ALL_PARTS) != 0;
        return needSays && offerSays && !conflict(need, offer);
    }

    /** Whether the two name days, or parts of the day, and none in common. */
    static boolean conflict(Availability need, Availability offer) {
        return conflict(need, offer, false);
    }

    static boolean conflict(Availability need, Availability offer, boolean daysOnly) {
        boolean days = need.days != 0 && offer.days != 0 && (need.days & offer.days) == 0;
        int needParts = need.parts & ALL_PARTS, offerParts = offer.parts & ALL_PARTS;
        boolean parts = needParts != 0 && offerParts != 0 && (needParts & offerParts) == 0;
        if (daysOnly) return days;
        // "evenings and weekends": a Friday evening fits, and so does a Saturday morning
        if (((need.parts | offer.parts) & EITHER) != 0) return days && parts;
        return days || parts;
    }

    private static int days(String text) {
        int out = 0;
        Matcher m = DAYS.matcher(text);
        while (m.find()) {
            if (isLimit(text, m.start())) continue;
            if (m.group(3) != null) {
                String w = m.group(3);
                out |= w.startsWith("weekend") ? WEEKEND : WEEKDAYS;
                continue;
            }
            int from = dayIndex(m.group(1));
            if (from < 0) continue;
            // "sat", "sun", "wed", "mon" are ordinary words too ("sat down", "the sun"): taken only in a range or beside a time
            if (m.group(1).length() <= 3 && m.group(2) == null && !besideTime(text, m.start(), m.end())) continue;
            if (m.group(2) == null) {
                out |= 1 << from;
                continue;
            }
            int to = dayIndex(m.group(2));
            if (to < 0) continue;
            for (int d = from; ; d = (d + 1) % 7) {
                out |= 1 << d;
                if (d == to) break;
            }
        }
        return out;
    }

    private static boolean besideTime(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 6), start).stripTrailing();
        if (before.endsWith("&") || before.endsWith("/") || before.endsWith(",") || before.endsWith(" and")) return true;
        // "(Wed)", "on Sat", "every Mon", "next Sun": a day, as "sat down" and "the sun" are not
        String padded = " " + before;
        if (padded.endsWith("(") || padded.endsWith(" on") || padded.endsWith(" every") || padded.endsWith(" next") || padded.endsWith(" this")) {
            return true;
        }
        // a list of days: "Tue" beside any day, and "Mon", "Sat", "Sun" or "Wed" in a run of days with one that is no other
        // word ("Mon Tue Wed only", "Saturday Sun", "Mon Wed Fri"; not "getting wed Sat" or "c'mon Sat")
        String prev = wordBefore(text, start), next = wordAfter(text, end);
        if (!AMBIGUOUS_DAYS.contains(text.substring(start, end))) {
            if (isDayWord(prev) || isDayWord(next)) return true;
        } else {
            String prev2 = prev.isEmpty() ? "" : wordBefore(text, text.lastIndexOf(prev, start));
            String next2 = next.isEmpty() ? "" : wordAfter(text, text.indexOf(next, end) + next.length());
            if (isPlainDayWord(prev) || isPlainDayWord(next) || (isDayWord(prev) && isPlainDayWord(prev2))
                    || (isDayWord(next) && isPlainDayWord(next2))) return true;
        }
        String rest = text.substring(end, Math.min(text.length(), end + 16)).stripLeading();
        // a comma makes a list only before another day ("Mon, Wed"): "c'mon, anyone?" is no Monday
        return !rest.isEmpty() && (Character.isDigit(rest.charAt(0)) || rest.startsWith("morning") || rest.startsWith("afternoon")
                || rest.startsWith("evening") || rest.startsWith("night") || rest.startsWith("&") || rest.startsWith("/")
                || rest.startsWith("and ") || DAY_NEXT.matcher(rest).find());
    }

    /** days' short names that are ordinary words too ("sat down", "the sun", "getting wed", "c'mon") */
    private static final Set<String> AMBIGUOUS_DAYS = Set.of("sat", "sun", "wed", "mon");

    /** Whether a word names a day ("tue", "sat", "Wednesdays"), not a part of the day. */
    private static boolean isDayWord(String word) {
        return word.length() >= 3 && TIME_WORDS.contains(word) && dayIndex(word) >= 0;
    }

    /** The same, and nothing else ("tue", "Saturday"; not "sat"). */
    private static boolean isPlainDayWord(String word) {
        return isDayWord(word) && !AMBIGUOUS_DAYS.contains(word);
    }

    /** The word of letters that ends just before a place, past spaces (lower case as the text is), or "" if none. */
    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        // "c'mon": a word with an apostrophe before it is part of a longer one
        if (start > 0 && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '\u2019')) return "";
        return text.substring(start, end);
    }

    /** The word of letters that starts just after a place, past spaces, or "" if none. */
    private static String wordAfter(String text, int at) {
        int start = at;
        while (start < text.length() && text.charAt(start) == ' ') start++;
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return text.substring(start, end);
    }

    private static int dayIndex(String word) {
        String w = word.startsWith("th") ? "thu" : word.substring(0, 3);
        return switch (w) {
            case "mon" -> 0;
            case "tue" -> 1;
            case "wed" -> 2;
            case "thu" -> 3;
            case "fri" -> 4;
            case "sat" -> 5;
            case "sun" -> 6;
            default -> -1;
        };
    }

    private static int parts(String text) {
        int out = 0;
        Matcher m = PARTS.matcher(text);
        while (m.find()) {
            if (isLimit(text, m.start()) || COUNTED.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) continue;
            String w = m.group(1);
            if (w.startsWith("morning") || w.startsWith("before")) out |= MORNING;
            else if (w.startsWith("afternoon") || w.startsWith("lunch") || w.equals("after school")) out |= AFTERNOON;
            else if (w.startsWith("evening") || w.equals("after work") || w.equals("tonight")) out |= EVENING;
            // "Tuesday nights", "Friday night" take in the evening, as people say them; "overnight" does not
            else if (w.startsWith("night")) out |= EVENING | NIGHT;
            else if (w.equals("overnight")) out |= NIGHT;
            else if (w.startsWith("daytime")) out |= MORNING | AFTERNOON;
        }
        Matcher h = HOURS.matcher(text);
        while (h.find()) {
            if (isLimit(text, h.start())) continue;
            if (h.group(5) != null) {
                out |= part(hour(h.group(5), h.group(6)));
            } else if (h.group(3) != null) {
                // "3-6pm": the first hour takes the second's am or pm unless it has its own
                int to = hour(h.group(3), h.group(4));
                int from = hour(h.group(1), h.group(2) != null ? h.group(2) : h.group(4));
                for (int x = from; ; x = (x + 1) % 24) {
                    out |= part(x);
                    if (x == to) break;
                }
            } else if (h.group(2) != null) {
                out |= part(hour(h.group(1), h.group(2)));
            }
        }
        return out;
    }

    private static int hour(String digits, String half) {
        int h = Integer.parseInt(digits) % 12;
        return half.equals("pm") ? h + 12 : h;
    }

    private static int part(int hour) {
        if (hour >= 5 && hour < 12) return MORNING;
        if (hour >= 12 && hour < 17) return AFTERNOON;
        if (hour >= 17 && hour < 22) return EVENING;
        return NIGHT;
    }

    /** "4 nights", "a few nights", "for two nights": how long, not when */
    private static final Pattern COUNTED = Pattern.compile(
            "(?:\\d|\\b(?:few|couple of|several|many|some|two|three|four|five|six|seven|for|all))\\s+$");

    private static boolean isLimit(String text, int start) {
        String before = text.substring(Math.max(0, start - 30), start);
        return LIMIT_BEFORE.matcher(before).find();
    }

    /** The kinds of help given at a time, where a day or an hour that does not fit rules an offer out. */
    static final Set<String> TIMED = Set.of("transport", "moving", "childcare", "pets", "elder-care", "errands", "mental-health");
    /**
     * Care given at an appointment (a nurse's visit, an interpreter at the GP): a day or an hour that does not fit rules the
     * offer out, but one that fits tells little, as a clinic's hours are often the story of the need.
     */
    static final Set<String> APPOINTED = Set.of("medical");
    /**
     * Lessons are given on set days, but a tutoring need's part of the day is mostly its story
     * ("she cries every night over homework"): only days rule a tutor out.
     */
    static final Set<String> TIMED_BY_DAY = Set.of("tutoring");
}

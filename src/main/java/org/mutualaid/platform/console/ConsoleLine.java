package org.mutualaid.platform.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One typed line: "ana: /need ..." speaks as ana in the group; "ana (private): ..." in ana's private
 * chat with the bot; "ana (in Northside): ..." in another group, named Northside. A line without a
 * name speaks as the previous speaker, in the same place. place is null for the console's own group.
 */
record ConsoleLine(String speaker, String text, String place) {

    /** The place of a private chat with the bot. */
    static final String PRIVATE = "private";

    private static final String PLACE = "(?:\\s*\\(((?i:private)|(?i:in)\\s+[\\p{L}\\p{M}\\p{N}_.' -]{1,40})\\))?\\s*:\\s?(.*)$";
    /** one word of a name: letters, digits, an apostrophe (O'Brien), an emoji */
    private static final Pattern NAMED = Pattern.compile("^([\\p{L}\\p{M}\\p{N}\\p{So}_.'\u2019-]{1,32})" + PLACE, Pattern.DOTALL);
    /**
     * A name of several words ("Mary Jane") is read as one only before a command: "I think: maybe",
     * typed by the previous speaker, stays what it says.
     */
    private static final Pattern NAMED_COMMAND = Pattern.compile(
            "^([\\p{L}\\p{M}\\p{N}\\p{So}_.'\u2019-][\\p{L}\\p{M}\\p{N}\\p{So}_.'\u2019 -]{0,31}?)" + PLACE, Pattern.DOTALL);
    /** a command's start: "/need", "!need"; not a link's "//example.org" */
    private static final Pattern COMMAND_START = Pattern.compile("[/!][A-Za-z]");
    /** what a line meant as "name: /command" looks like, when its name or place cannot be read */
    private static final Pattern LOOKS_NAMED = Pattern.compile("^[^:/]{0,60}:\\s*/.*", Pattern.DOTALL);

    ConsoleLine(String speaker, String text) {
        this(speaker, text, null);
    }

    static ConsoleLine parse(String line, String previousSpeaker) {
        return parse(line, previousSpeaker, null);
    }

    static ConsoleLine parse(String line, String previousSpeaker, String previousPlace) {
        Matcher m = NAMED.matcher(line);
        if (!m.matches()) {
            m = NAMED_COMMAND.matcher(line);
            if (!m.matches() || !COMMAND_START.matcher(m.group(3).stripLeading()).lookingAt()) return new ConsoleLine(previousSpeaker, line, previousPlace);
        }
        String name = m.group(1).strip();
        String place = m.group(2) == null ? null
                : m.group(2).equalsIgnoreCase(PRIVATE) ? PRIVATE : m.group(2).substring(2).strip();
        return new ConsoleLine(name, m.group(3), place);
    }

    /**
     * Whether a line that was read as the previous speaker's words looks meant as "name: /command"
     * with a name or place that cannot be read (": /need", "ana (in ): /list"): the console says so
     * rather than let the command vanish as chatter.
     */
    static boolean looksMisnamed(String line) {
        return LOOKS_NAMED.matcher(line).matches() && !NAMED.matcher(line).matches() && !NAMED_COMMAND.matcher(line).matches();
    }
}

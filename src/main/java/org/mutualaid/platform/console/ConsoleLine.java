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

    private static final Pattern NAMED = Pattern.compile(
            "^([\\p{L}\\p{N}_.-]{1,32})(?:\\s*\\((private|in\\s+[\\p{L}\\p{N}_. -]{1,40})\\))?:\\s?(.*)$", Pattern.DOTALL);

    ConsoleLine(String speaker, String text) {
        this(speaker, text, null);
    }

    static ConsoleLine parse(String line, String previousSpeaker) {
        return parse(line, previousSpeaker, null);
    }

    static ConsoleLine parse(String line, String previousSpeaker, String previousPlace) {
        Matcher m = NAMED.matcher(line);
        if (!m.matches()) return new ConsoleLine(previousSpeaker, line, previousPlace);
        String place = m.group(2) == null ? null : m.group(2).equals(PRIVATE) ? PRIVATE : m.group(2).substring(2).strip();
        return new ConsoleLine(m.group(1), m.group(3), place);
    }
}

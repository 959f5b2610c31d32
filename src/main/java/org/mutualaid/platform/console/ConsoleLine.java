package org.mutualaid.platform.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One typed line: "ana: /need ..." speaks as ana; a line without a name speaks as the previous speaker. */
record ConsoleLine(String speaker, String text) {

    private static final Pattern NAMED = Pattern.compile("^([\\p{L}\\p{N}_.-]{1,32}):\\s?(.*)$", Pattern.DOTALL);

    static ConsoleLine parse(String line, String previousSpeaker) {
        Matcher m = NAMED.matcher(line);
        if (m.matches()) return new ConsoleLine(m.group(1), m.group(2));
        return new ConsoleLine(previousSpeaker, line);
    }
}

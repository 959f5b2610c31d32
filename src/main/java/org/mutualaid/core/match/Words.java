package org.mutualaid.core.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits text into lower-case words without accents, the way the taxonomy and the search see them. */
public final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Words() {}

    public static List<String> of(String text) {
        // plain ASCII, most posts, has no accents to take off: decomposing it and searching for marks is a third of the work
        String folded = (isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll(""))
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c);
            if (wordChar && start < 0) start = i;
            if (!wordChar && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) words.add(folded.substring(start));
        return words;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 0x80) return false;
        return true;
    }
}

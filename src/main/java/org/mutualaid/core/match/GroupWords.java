package org.mutualaid.core.match;

import java.util.List;
import java.util.Map;

/**
 * Words a group taught the bot (/synonym), by stem. A word counts either as a category alone
 * ("lumber" as home repairs) or as a word the bot knows ("kinderwagen" as "pram"), which brings
 * that word's category and its specifics: a kinderwagen is a stroller, not any baby item.
 */
public record GroupWords(Map<String, String> categories, Map<String, String> meanings) {

    public static final GroupWords NONE = new GroupWords(Map.of(), Map.of());

    public boolean isEmpty() {
        return categories.isEmpty() && meanings.isEmpty();
    }

    /** The text with each taught word that stands for a known one replaced by it; the rest as written. */
    String rewrite(String text) {
        if (meanings.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length() && isWordChar(text.charAt(end))) end++;
            String token = text.substring(i, end);
            List<String> words = Words.of(token);
            String meaning = words.size() == 1 ? meanings.get(stemOf(words.get(0))) : null;
            out.append(meaning != null ? meaning : token);
            i = end;
        }
        return out.toString();
    }

    /** Letters, digits and the accents a decomposed letter carries: what Words reads as one word. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * What a taught word is kept and found under: its stem as Words and the matcher read it,
     * without accents, so "kinderwagens" is found too. A stem shorter than four letters is too
     * likely another word's ("care" and "car"): such a word is kept as it is written.
     */
    public static String stemOf(String word) {
        List<String> words = Words.of(word);
        String folded = words.isEmpty() ? word : words.get(0);
        String stem = Stemmer.stem(folded);
        return stem.length() >= MIN_STEM ? stem : folded;
    }

    private static final int MIN_STEM = 4;
}

package org.mutualaid.core.match;

/**
 * A light English stemmer, enough for "rides" to meet "ride", "snows" to meet "snow" and "moving"
 * to meet "move". It only cuts endings, so a stem always starts with its word's first letters.
 */
public final class Stemmer {

    private Stemmer() {}

    public static String stem(String w) {
        String s = singular(w);
        if (s.length() > 5 && s.endsWith("ing")) return trimE(undouble(s.substring(0, s.length() - 3)));
        if (s.length() > 4 && s.endsWith("ed")) return trimE(undouble(s.substring(0, s.length() - 2)));
        return trimE(s);
    }

    /** The plural goes first, so that "mornings" meets "morning" and "rides" meets "riding". */
    private static String singular(String w) {
        if (w.length() > 5 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** "shopp" → "shop", so that "shopping" meets "shop"; but "fill" stays. */
    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) return w.substring(0, n - 1);
        return w;
    }

    private static String trimE(String w) {
        return w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }
}

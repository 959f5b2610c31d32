package org.mutualaid.core.match;

/**
 * A light English stemmer, enough for "rides" to meet "ride", "snows" to meet "snow" and "moving"
 * to meet "move". It only cuts endings, so a stem always starts with its word's first letters.
 */
public final class Stemmer {

    private Stemmer() {}

    public static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 5 && w.endsWith("ing")) return trimE(undouble(w.substring(0, w.length() - 3)));
        if (w.length() > 4 && w.endsWith("ed")) return trimE(undouble(w.substring(0, w.length() - 2)));
        if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return trimE(w.substring(0, w.length() - 1));
        }
        return trimE(w);
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

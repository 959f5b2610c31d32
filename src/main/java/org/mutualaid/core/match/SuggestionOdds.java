package org.mutualaid.core.match;

/**
 * The chance that a coordinator would make a suggestion, from what the matcher saw (Evidence): a
 * logistic model over a few plain quantities. Hand-set weights did well on the posts they were
 * set on and worse on new ones; these are fitted by match-fit (README, Matching) to all the judged
 * sets that were studied, while the unseen and check sets are kept out to measure them with.
 */
public final class SuggestionOdds {

    /** What each weight is of, in the order of features(): match-fit prints them so. */
    public static final String[] FEATURES = {
        "category", "related", "text", "sharedValues", "uncovered", "modeMismatch", "sharedKinds",
        "needKinds", "offerKinds", "needMainShared", "offerMainShared", "needFocus", "needSpecifics", "offerSpecifics",
        "logRuleScore", "categoryIfNeedMainShared", "textTimesCategory", "timeFits", "wordsOnly", "textIfWordsOnly", "relatedIfWordsOnly", "coverageIfWordsOnly",
    };

    // Fitted by match-fit on the judged sets the README names; regenerate them after changing the matcher.
    private static final double INTERCEPT = -7.2742;
    private static final double[] WEIGHTS = {
        7.2297, // category
        1.4694, // related
        7.6674, // text
        1.1575, // sharedValues
        -1.1850, // uncovered
        -2.2794, // modeMismatch
        -0.1848, // sharedKinds
        0.0004, // needKinds
        0.0673, // offerKinds
        0.3893, // needMainShared
        0.9156, // offerMainShared
        -0.7929, // needFocus
        -0.1000, // needSpecifics
        -0.2215, // offerSpecifics
        -0.2013, // logRuleScore
        0.2797, // categoryIfNeedMainShared
        -4.2828, // textTimesCategory
        1.0050, // timeFits
        -1.2177, // wordsOnly
        1.1811, // textIfWordsOnly
        0.0888, // relatedIfWordsOnly
        5.0517, // coverageIfWordsOnly
    };

    private SuggestionOdds() {}

    /** The weights in use, in the order of FEATURES: a test checks that match-fit gives them. */
    public static double[] weights() {
        return WEIGHTS.clone();
    }

    public static double intercept() {
        return INTERCEPT;
    }

    public static double of(Evidence e) {
        double[] x = features(e);
        double z = INTERCEPT;
        for (int i = 0; i < x.length; i++) z += WEIGHTS[i] * x[i];
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The quantities weighed, capped where a few more say nothing new (a third shared specific).
     * The hand-made score enters by its logarithm: its factors multiply.
     */
    public static double[] features(Evidence e) {
        // a pair that shares no kind of help and no specific, only words or neighbouring kinds, is
        // mostly wrong: it gets terms of its own rather than moving the weights of the rest
        boolean wordsOnly = e.sharedKinds() == 0 && e.sharedValues() == 0;
        return new double[] {
            e.category(),
            Math.min(e.related(), 1.0),
            e.text(),
            Math.min(e.sharedValues(), 2),
            e.uncovered(),
            e.modeMismatch() ? 1 : 0,
            e.sharedKinds(),
            e.needKinds(),
            e.offerKinds(),
            e.needMainShared() ? 1 : 0,
            e.offerMainShared() ? 1 : 0,
            e.needFocus(),
            Math.min(e.needSpecifics(), 4),
            Math.min(e.offerSpecifics(), 4),
            Math.log(e.ruleScore() + 1e-3),
            e.needMainShared() ? e.category() : 0,
            e.text() * e.category(),
            e.timeFits() ? 1 : 0,
            wordsOnly ? 1 : 0,
            wordsOnly ? e.text() : 0,
            wordsOnly ? Math.min(e.related(), 1.0) : 0,
            wordsOnly ? e.needWordsShared() : 0,
        };
    }
}

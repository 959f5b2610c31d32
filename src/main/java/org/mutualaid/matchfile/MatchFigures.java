package org.mutualaid.matchfile;

import java.util.List;
import java.util.Locale;

/**
 * The matcher's figures over needs with judgements: precision@1 (the first suggestion is in gold),
 * recall@3 (a gold post among the first three) and silence (no suggestion when gold is empty).
 */
public record MatchFigures(double precisionAt1, double recallAt3, double silence, int needsWithGold, int needsWithoutGold) {

    public static MatchFigures of(List<MatchFile.Result> results) {
        int withGold = 0, firstRight = 0, anyRight = 0, withoutGold = 0, silent = 0;
        for (MatchFile.Result r : results) {
            List<String> gold = r.entry().gold();
            if (!r.entry().kind().equals("need") || gold == null) continue;
            List<String> s = r.suggested();
            if (gold.isEmpty()) {
                withoutGold++;
                if (s.isEmpty()) silent++;
                continue;
            }
            withGold++;
            if (!s.isEmpty() && gold.contains(s.get(0))) firstRight++;
            if (s.stream().limit(3).anyMatch(gold::contains)) anyRight++;
        }
        return new MatchFigures(ratio(firstRight, withGold), ratio(anyRight, withGold), ratio(silent, withoutGold),
                withGold, withoutGold);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "precision@1 %.2f, recall@3 %.2f, silence %.2f (%d needs with gold, %d without)",
                precisionAt1, recallAt3, silence, needsWithGold, needsWithoutGold);
    }
}

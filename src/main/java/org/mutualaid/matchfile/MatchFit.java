package org.mutualaid.matchfile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.mutualaid.config.UsageException;
import org.mutualaid.core.match.Evidence;
import org.mutualaid.core.match.Matcher;
import org.mutualaid.core.match.StopWords;
import org.mutualaid.core.match.SuggestionOdds;
import org.mutualaid.core.match.Taxonomy;

/**
 * Learns SuggestionOdds from judged files: each file is replayed as match-file does, and every
 * offer that shares something with a need when it is posted becomes a row, positive when the
 * need's gold holds it.
 */
public final class MatchFit {

    /** The fit, with what it was fitted on, and figures at a few thresholds for weights fitted without each need's file. */
    public record Fitted(LogisticFit.Model model, int needs, int rows, int positives, Map<Double, MatchFigures> crossValidated) {}

    private record Seen(int need, int offer, Evidence evidence) {}

    /** A judged need and the offers that shared something with it, newest first as the matcher breaks ties. */
    private record Judged(int file, boolean hasGold, List<LogisticFit.Row> offers) {}

    static final double[] THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5};
    private static final int FOLDS = 6;

    private MatchFit() {}

    public static Fitted fit(List<Path> files) throws IOException {
        List<Judged> judged = new ArrayList<>();
        int needs = 0;
        for (int f = 0; f < files.size(); f++) {
            Path file = files.get(f);
            List<MatchFile.Entry> entries = MatchFile.read(file);
            List<Seen> seen = new ArrayList<>();
            Matcher matcher = new Matcher(Taxonomy.builtIn(), StopWords.builtIn(),
                    (need, offer, evidence) -> seen.add(new Seen(need.number(), offer.number(), evidence)));
            Map<Integer, MatchFile.Entry> byNumber = new HashMap<>();
            for (MatchFile.Result r : new MatchFile(matcher).run(entries)) {
                if (r.number() > 0) byNumber.put(r.number(), r.entry());
                if (r.entry().kind().equals("need") && r.entry().gold() != null) needs++;
            }
            Map<Integer, List<LogisticFit.Row>> offersByNeed = new HashMap<>();
            for (Seen s : seen) {
                List<String> gold = byNumber.get(s.need()).gold();
                if (gold == null) continue;
                boolean positive = gold.contains(byNumber.get(s.offer()).id());
                offersByNeed.computeIfAbsent(s.need(), n -> new ArrayList<>())
                        .add(new LogisticFit.Row(SuggestionOdds.features(s.evidence()), positive));
            }
            for (Map.Entry<Integer, MatchFile.Entry> e : byNumber.entrySet()) {
                MatchFile.Entry entry = e.getValue();
                if (!entry.kind().equals("need") || entry.gold() == null) continue;
                List<LogisticFit.Row> offers = offersByNeed.getOrDefault(e.getKey(), List.of());
                judged.add(new Judged(f, !entry.gold().isEmpty(), offers));
            }
        }
        List<LogisticFit.Row> rows = rowsOf(judged, j -> true);
        long positives = rows.stream().filter(LogisticFit.Row::positive).count();
        if (positives == 0 || positives == rows.size()) {
            throw new UsageException("match-fit needs files with judged needs (\"gold\"), some met and some not");
        }
        return new Fitted(LogisticFit.fit(rows), needs, rows.size(), (int) positives, crossValidate(judged));
    }

    private static List<LogisticFit.Row> rowsOf(List<Judged> judged, Predicate<Judged> which) {
        List<LogisticFit.Row> rows = new ArrayList<>();
        for (Judged j : judged) if (which.test(j)) rows.addAll(j.offers());
        return rows;
    }

    /**
     * The figures each threshold would give on needs the weights were not fitted on: the files fall
     * into folds, and each fold's needs are scored by weights fitted on the others. Fitting and
     * choosing a threshold on the same needs would flatter both.
     */
    private static Map<Double, MatchFigures> crossValidate(List<Judged> judged) {
        Map<Double, int[]> counts = new TreeMap<>();
        for (double t : THRESHOLDS) counts.put(t, new int[5]);
        for (int fold = 0; fold < FOLDS; fold++) {
            int held = fold;
            List<LogisticFit.Row> training = rowsOf(judged, j -> j.file() % FOLDS != held);
            if (training.stream().noneMatch(LogisticFit.Row::positive) || training.stream().allMatch(LogisticFit.Row::positive)) continue;
            LogisticFit.Model model = LogisticFit.fit(training);
            for (Judged j : judged) {
                if (j.file() % FOLDS != held) continue;
                for (double t : THRESHOLDS) count(j, model, t, counts.get(t));
            }
        }
        Map<Double, MatchFigures> out = new TreeMap<>();
        counts.forEach((t, c) -> out.put(t, new MatchFigures(ratio(c[1], c[0]), ratio(c[2], c[0]), ratio(c[4], c[3]), c[0], c[3])));
        return out;
    }

    /** counts: needs with gold, first right, any of three right, needs without gold, silent. */
    private static void count(Judged j, LogisticFit.Model model, double threshold, int[] counts) {
        // offers arrive newest last; the matcher puts the newest first among equal chances
        List<LogisticFit.Row> offers = new ArrayList<>(j.offers());
        Collections.reverse(offers);
        List<LogisticFit.Row> shown = offers.stream().filter(o -> model.chance(o.x()) >= threshold)
                .sorted(Comparator.comparingDouble((LogisticFit.Row o) -> model.chance(o.x())).reversed())
                .limit(Matcher.MAX_SUGGESTIONS).toList();
        if (j.hasGold()) {
            counts[0]++;
            if (!shown.isEmpty() && shown.get(0).positive()) counts[1]++;
            if (shown.stream().anyMatch(LogisticFit.Row::positive)) counts[2]++;
        } else {
            counts[3]++;
            if (shown.isEmpty()) counts[4]++;
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** The fit as SuggestionOdds's constants, ready to paste. */
    public static void print(Fitted fitted, PrintStream out) {
        out.printf(Locale.ROOT, "// fitted on %d judged needs: %d offers shared something with one when it was posted, %d of them in its gold%n",
                fitted.needs(), fitted.rows(), fitted.positives());
        out.printf(Locale.ROOT, "// cross-validated (the files in %d folds, each scored by weights fitted on the others), by threshold:%n", FOLDS);
        fitted.crossValidated().forEach((t, f) -> out.printf(Locale.ROOT, "//   %.2f: precision@1 %.3f, recall@3 %.3f, silence %.3f%n",
                t, f.precisionAt1(), f.recallAt3(), f.silence()));
        out.printf(Locale.ROOT, "private static final double INTERCEPT = %.4f;%n", fitted.model().intercept());
        out.println("private static final double[] WEIGHTS = {");
        double[] w = fitted.model().weights();
        for (int i = 0; i < w.length; i++) out.printf(Locale.ROOT, "    %.4f, // %s%n", w[i], SuggestionOdds.FEATURES[i]);
        out.println("};");
        out.flush();
    }
}

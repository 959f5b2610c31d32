package org.mutualaid.matchfile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** An offer that shared something with a need when it was posted: its number in the chat breaks ties as the matcher does. */
    private record Offer(int number, String id, LogisticFit.Row row) {}

    /** A judged need of the file-th file and the offers that shared something with it. */
    private record Judged(int file, MatchFile.Entry entry, List<Offer> offers) {}

    static final double[] THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5};
    private static final int FOLDS = 6;

    private MatchFit() {}

    public static Fitted fit(List<Path> files) throws IOException {
        List<Judged> judged = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            List<Seen> seen = new ArrayList<>();
            Matcher matcher = new Matcher(Taxonomy.builtIn(), StopWords.builtIn(),
                    (need, offer, evidence) -> seen.add(new Seen(need.number(), offer.number(), evidence)));
            Map<Integer, MatchFile.Entry> byNumber = new HashMap<>();
            for (MatchFile.Result r : new MatchFile(matcher).run(MatchFile.read(files.get(f)))) {
                if (r.number() > 0) byNumber.put(r.number(), r.entry());
            }
            Map<Integer, List<Offer>> offersByNeed = new HashMap<>();
            for (Seen s : seen) {
                List<String> gold = byNumber.get(s.need()).gold();
                if (gold == null) continue;
                String offerId = byNumber.get(s.offer()).id();
                offersByNeed.computeIfAbsent(s.need(), n -> new ArrayList<>()).add(new Offer(s.offer(), offerId,
                        new LogisticFit.Row(SuggestionOdds.features(s.evidence()), gold.contains(offerId))));
            }
            for (Map.Entry<Integer, MatchFile.Entry> e : byNumber.entrySet()) {
                MatchFile.Entry entry = e.getValue();
                if (!entry.kind().equals("need") || entry.gold() == null) continue;
                judged.add(new Judged(f, entry, offersByNeed.getOrDefault(e.getKey(), List.of())));
            }
        }
        List<LogisticFit.Row> rows = rowsOf(judged, j -> true);
        long positives = rows.stream().filter(LogisticFit.Row::positive).count();
        if (positives == 0 || positives == rows.size()) {
            throw new UsageException("match-fit needs files with judged needs (\"gold\"), some met and some not");
        }
        return new Fitted(LogisticFit.fit(rows), judged.size(), rows.size(), (int) positives, crossValidate(judged, files.size()));
    }

    private static List<LogisticFit.Row> rowsOf(List<Judged> judged, Predicate<Judged> which) {
        List<LogisticFit.Row> rows = new ArrayList<>();
        for (Judged j : judged) if (which.test(j)) for (Offer o : j.offers()) rows.add(o.row());
        return rows;
    }

    private static boolean bothOutcomes(List<LogisticFit.Row> rows) {
        return rows.stream().anyMatch(LogisticFit.Row::positive) && !rows.stream().allMatch(LogisticFit.Row::positive);
    }

    /**
     * The figures each threshold would give on needs the weights were not fitted on: the files fall
     * into folds, and each fold's needs are scored by weights fitted on the others. Fitting and
     * choosing a threshold on the same needs would flatter both. Empty with fewer than two files.
     */
    private static Map<Double, MatchFigures> crossValidate(List<Judged> judged, int files) {
        if (files < 2) return Map.of();
        Map<Double, List<MatchFile.Result>> results = new TreeMap<>();
        for (double t : THRESHOLDS) results.put(t, new ArrayList<>());
        int folds = Math.min(FOLDS, files);
        for (int fold = 0; fold < folds; fold++) {
            int held = fold;
            List<Judged> scored = judged.stream().filter(j -> j.file() % folds == held).toList();
            List<LogisticFit.Row> training = rowsOf(judged, j -> j.file() % folds != held);
            if (scored.isEmpty()) continue;
            if (!bothOutcomes(training)) throw new UsageException("match-fit: a fold's training files have no met or no unmet need; give more files");
            LogisticFit.Model model = LogisticFit.fit(training);
            for (Judged j : scored) {
                // each chance once; the matcher shows the likeliest first, the newest among equals
                List<Map.Entry<Offer, Double>> chances = new ArrayList<>();
                for (Offer o : j.offers()) chances.add(Map.entry(o, model.chance(o.row().x())));
                chances.sort(Comparator.comparingDouble((Map.Entry<Offer, Double> e) -> e.getValue()).reversed()
                        .thenComparing(e -> -e.getKey().number()));
                for (double t : THRESHOLDS) {
                    List<String> shown = chances.stream().filter(e -> e.getValue() >= t).limit(Matcher.MAX_SUGGESTIONS)
                            .map(e -> e.getKey().id()).toList();
                    results.get(t).add(new MatchFile.Result(j.entry(), shown));
                }
            }
        }
        Map<Double, MatchFigures> out = new TreeMap<>();
        results.forEach((t, r) -> out.put(t, MatchFigures.of(r)));
        return out;
    }

    /** The fit as SuggestionOdds's constants, ready to paste. */
    public static void print(Fitted fitted, PrintStream out) {
        out.printf(Locale.ROOT, "// fitted on %d judged needs: %d offers shared something with one when it was posted, %d of them in its gold%n",
                fitted.needs(), fitted.rows(), fitted.positives());
        if (fitted.crossValidated().isEmpty()) {
            out.println("// no cross-validated figures: that needs at least two files");
        } else {
            out.printf(Locale.ROOT, "// cross-validated (the files in up to %d folds, each scored by weights fitted on the others), by threshold:%n", FOLDS);
            fitted.crossValidated().forEach((t, f) -> out.printf(Locale.ROOT, "//   %.2f: precision@1 %.3f, recall@3 %.3f, silence %.3f (%d needs with gold, %d without)%n",
                    t, f.precisionAt1(), f.recallAt3(), f.silence(), f.needsWithGold(), f.needsWithoutGold()));
        }
        out.printf(Locale.ROOT, "private static final double INTERCEPT = %.4f;%n", fitted.model().intercept());
        out.println("private static final double[] WEIGHTS = {");
        double[] w = fitted.model().weights();
        for (int i = 0; i < w.length; i++) out.printf(Locale.ROOT, "    %.4f, // %s%n", w[i], SuggestionOdds.FEATURES[i]);
        out.println("};");
        out.flush();
    }
}

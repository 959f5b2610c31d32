package org.mutualaid.matchfile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The fit, with what it was fitted on. */
    public record Fitted(LogisticFit.Model model, int needs, int rows, int positives) {}

    private record Seen(int need, int offer, Evidence evidence) {}

    private MatchFit() {}

    public static Fitted fit(List<Path> files) throws IOException {
        List<LogisticFit.Row> rows = new ArrayList<>();
        int needs = 0;
        int positives = 0;
        for (Path file : files) {
            List<MatchFile.Entry> entries = MatchFile.read(file);
            List<Seen> seen = new ArrayList<>();
            Matcher matcher = new Matcher(Taxonomy.builtIn(), StopWords.builtIn(),
                    (need, offer, evidence) -> seen.add(new Seen(need.number(), offer.number(), evidence)));
            Map<Integer, MatchFile.Entry> byNumber = new HashMap<>();
            for (MatchFile.Result r : new MatchFile(matcher).run(entries)) {
                if (r.number() > 0) byNumber.put(r.number(), r.entry());
                if (r.entry().kind().equals("need") && r.entry().gold() != null) needs++;
            }
            for (Seen s : seen) {
                List<String> gold = byNumber.get(s.need()).gold();
                if (gold == null) continue;
                boolean positive = gold.contains(byNumber.get(s.offer()).id());
                if (positive) positives++;
                rows.add(new LogisticFit.Row(SuggestionOdds.features(s.evidence()), positive));
            }
        }
        if (positives == 0 || positives == rows.size()) {
            throw new org.mutualaid.config.UsageException("match-fit needs files with judged needs (\"gold\"), some met and some not");
        }
        return new Fitted(LogisticFit.fit(rows), needs, rows.size(), positives);
    }

    /** The fit as SuggestionOdds's constants, ready to paste. */
    public static void print(Fitted fitted, PrintStream out) {
        out.printf(Locale.ROOT, "// fitted on %d judged needs: %d offers shared something with one when it was posted, %d of them in its gold%n",
                fitted.needs(), fitted.rows(), fitted.positives());
        out.printf(Locale.ROOT, "private static final double INTERCEPT = %.4f;%n", fitted.model().intercept());
        out.println("private static final double[] WEIGHTS = {");
        double[] w = fitted.model().weights();
        for (int i = 0; i < w.length; i++) out.printf(Locale.ROOT, "    %.4f, // %s%n", w[i], SuggestionOdds.FEATURES[i]);
        out.println("};");
        out.flush();
    }
}

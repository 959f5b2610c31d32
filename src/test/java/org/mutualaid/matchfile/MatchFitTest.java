package org.mutualaid.matchfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.config.UsageException;
import org.mutualaid.core.match.SuggestionOdds;

class MatchFitTest {

    @TempDir
    Path dir;

    /** The judged sets the weights are fitted on, as the README's match-fit command names them. */
    static List<Path> trainingSets() throws Exception {
        Path resources = Path.of("src", "test", "resources", "matching");
        List<Path> files = new ArrayList<>(List.of(MatchFileTest.DEV_SET, resources.resolve("holdout.jsonl"),
                resources.resolve("ours-hand.jsonl"), resources.resolve("ours-informal.jsonl")));
        for (String prefix : List.of("ours-blind", "ours-everyday-", "ours-fresh-")) {
            try (Stream<Path> s = Files.list(resources)) {
                s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    @DisplayName("The weights the matcher uses are the ones match-fit learns from the training sets: after a change to the matcher, fit again")
    void shippedWeightsAreTheFit() throws Exception {
        assumeTrue(Files.isRegularFile(MatchFileTest.DEV_SET), "the shared development set is not beside this clone");
        MatchFit.Fitted fitted = MatchFit.fit(trainingSets());
        double[] shipped = SuggestionOdds.weights();
        double[] learned = fitted.model().weights();
        assertEquals(SuggestionOdds.FEATURES.length, shipped.length);
        assertEquals(shipped.length, learned.length);
        // match-fit prints four decimals
        for (int i = 0; i < shipped.length; i++) assertEquals(learned[i], shipped[i], 6e-5, SuggestionOdds.FEATURES[i]);
        assertEquals(fitted.model().intercept(), SuggestionOdds.intercept(), 6e-5, "intercept");
    }

    @Test
    @DisplayName("match-fit prints the weights as the code holds them, one per feature with its name")
    void printsPastableWeights() throws Exception {
        Path file = dir.resolve("judged.jsonl");
        Files.writeString(file, """
                {"id": "o1", "kind": "offer", "author": "Maya", "text": "I can drive people to the hospital or clinic on weekdays"}
                {"id": "o2", "kind": "offer", "author": "Tom", "text": "Bike mechanic, I fix flats and brakes, can drive over"}
                {"id": "o3", "kind": "offer", "author": "Ana", "text": "Spare winter coats, kids sizes"}
                {"id": "n1", "kind": "need", "author": "Luis", "text": "need a ride to the hospital on Tuesday", "gold": ["o1"]}
                {"id": "n2", "kind": "need", "author": "Ben", "text": "my bike brakes are gone, can anyone fix them?", "gold": ["o2"]}
                {"id": "n3", "kind": "need", "author": "Cy", "text": "lift to the clinic on Thursday please", "gold": ["o1"]}
                {"id": "n4", "kind": "need", "author": "Di", "text": "a winter coat for my 6 year old?", "gold": ["o3"]}
                {"id": "n5", "kind": "need", "author": "Ed", "text": "someone to drive my bike to the repair shop", "gold": []}
                """);
        MatchFit.Fitted alone = MatchFit.fit(List.of(file));
        assertEquals(5, alone.needs());
        assertTrue(alone.positives() >= 3 && alone.rows() > alone.positives(), alone.toString());
        String out = printed(alone);
        assertTrue(out.contains("private static final double INTERCEPT = "), out);
        for (String feature : SuggestionOdds.FEATURES) assertTrue(out.contains(", // " + feature + "\n"), feature + " in " + out);
        assertTrue(alone.crossValidated().isEmpty(), "one file cannot be held out against itself");
        assertTrue(out.contains("no cross-validated figures: that needs at least two files"), out);

        Path again = dir.resolve("judged-again.jsonl");
        Files.copy(file, again);
        MatchFit.Fitted two = MatchFit.fit(List.of(file, again));
        assertEquals(MatchFit.THRESHOLDS.length, two.crossValidated().size());
        for (MatchFigures f : two.crossValidated().values()) {
            assertEquals(8, f.needsWithGold(), "every need of both files is scored once, by weights fitted on the other file");
            assertEquals(2, f.needsWithoutGold());
        }
        assertTrue(printed(two).contains("//   0.20: precision@1 "), printed(two));
    }

    private static String printed(MatchFit.Fitted fitted) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MatchFit.print(fitted, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("Files without judgements are refused with a plain reason")
    void needsJudgements() throws Exception {
        Path file = dir.resolve("plain.jsonl");
        Files.writeString(file, """
                {"id": "o1", "kind": "offer", "author": "Maya", "text": "I can drive people to the hospital"}
                {"id": "n1", "kind": "need", "author": "Luis", "text": "need a ride to the hospital"}
                """);
        UsageException e = assertThrows(UsageException.class, () -> MatchFit.fit(List.of(file)));
        assertTrue(e.getMessage().contains("judged needs"), e.getMessage());
    }
}

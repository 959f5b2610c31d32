package org.mutualaid.matchfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LogisticFitTest {

    /** Rows whose outcome follows the first feature (with noise) and ignores the second, which lives on another scale. */
    private static List<LogisticFit.Row> rows(long seed) {
        Random random = new Random(seed);
        List<LogisticFit.Row> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            double telling = random.nextDouble();
            double noise = random.nextDouble() * 100;
            double chance = 1 / (1 + Math.exp(-(8 * telling - 4)));
            rows.add(new LogisticFit.Row(new double[] {telling, noise}, random.nextDouble() < chance));
        }
        return rows;
    }

    @Test
    @DisplayName("The fit finds the feature that tells, gives the one that does not next to no weight, and returns weights in the features' own units")
    void findsTheTellingFeature() {
        LogisticFit.Model m = LogisticFit.fit(rows(1));
        // the rows were drawn from z = 8x - 4: a fit on 2,000 of them lands near it
        assertEquals(8, m.weights()[0], 1.5, "weight of the telling feature");
        assertEquals(-4, m.intercept(), 1.0);
        assertEquals(0, m.weights()[1] * 100, 0.6, "the noise feature over its whole range");
        assertTrue(m.chance(new double[] {0.95, 50}) > 0.9);
        assertTrue(m.chance(new double[] {0.05, 50}) < 0.1);
    }

    @Test
    @DisplayName("The same rows always give the same weights, and a feature that never varies gets none")
    void deterministicAndConstantSafe() {
        LogisticFit.Model a = LogisticFit.fit(rows(2));
        LogisticFit.Model b = LogisticFit.fit(rows(2));
        assertArrayEquals(a.weights(), b.weights());
        assertEquals(a.intercept(), b.intercept());
        List<LogisticFit.Row> withConstant = new ArrayList<>();
        for (LogisticFit.Row r : rows(3)) withConstant.add(new LogisticFit.Row(new double[] {r.x()[0], 1.0}, r.positive()));
        LogisticFit.Model c = LogisticFit.fit(withConstant);
        assertEquals(0, c.weights()[1], 1e-6);
        assertTrue(Double.isFinite(c.intercept()));
    }

    @Test
    @DisplayName("Nothing to fit is refused")
    void nothingToFit() {
        assertThrows(IllegalArgumentException.class, () -> LogisticFit.fit(List.of()));
    }
}

package org.mutualaid.matchfile;

import java.util.Arrays;
import java.util.List;

/**
 * Logistic regression by plain gradient descent, with a little L2 shrinkage: a handful of
 * features and a few thousand rows need nothing more, and the same rows always give the same
 * weights. Features are standardised while fitting, so one step size suits them all; the weights
 * come back in the features' own units.
 */
public final class LogisticFit {

    /** The fitted model: z = intercept + Σ weights[i]·x[i], chance = 1 / (1 + e^-z). */
    public record Model(double intercept, double[] weights) {
        public double chance(double[] x) {
            double z = intercept;
            for (int i = 0; i < x.length; i++) z += weights[i] * x[i];
            return 1 / (1 + Math.exp(-z));
        }
    }

    /** One row: the features and whether the outcome happened. */
    public record Row(double[] x, boolean positive) {}

    private static final int STEPS = 3_000;
    private static final double STEP_SIZE = 1.0;
    private static final double SHRINKAGE = 1.0;

    private LogisticFit() {}

    public static Model fit(List<Row> rows) {
        if (rows.isEmpty()) throw new IllegalArgumentException("nothing to fit");
        int n = rows.size();
        int k = rows.get(0).x().length;
        double[] mean = new double[k];
        double[] spread = new double[k];
        for (Row r : rows) for (int j = 0; j < k; j++) mean[j] += r.x()[j] / n;
        for (Row r : rows) for (int j = 0; j < k; j++) spread[j] += Math.pow(r.x()[j] - mean[j], 2) / n;
        for (int j = 0; j < k; j++) spread[j] = Math.sqrt(spread[j]);
        // a feature that never varies says nothing: it stays at 0 while fitting and gets no weight
        double[][] xs = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) xs[i][j] = spread[j] < 1e-9 ? 0 : (rows.get(i).x()[j] - mean[j]) / spread[j];
        }
        double[] w = new double[k];
        double b = 0;
        double[] grad = new double[k];
        for (int step = 0; step < STEPS; step++) {
            Arrays.fill(grad, 0);
            double gradB = 0;
            for (int i = 0; i < n; i++) {
                double z = b;
                for (int j = 0; j < k; j++) z += w[j] * xs[i][j];
                double err = 1 / (1 + Math.exp(-z)) - (rows.get(i).positive() ? 1 : 0);
                for (int j = 0; j < k; j++) grad[j] += err * xs[i][j];
                gradB += err;
            }
            for (int j = 0; j < k; j++) w[j] -= STEP_SIZE * (grad[j] + SHRINKAGE * w[j]) / n;
            b -= STEP_SIZE * gradB / n;
        }
        double[] raw = new double[k];
        double intercept = b;
        for (int j = 0; j < k; j++) {
            raw[j] = spread[j] < 1e-9 ? 0 : w[j] / spread[j];
            intercept -= raw[j] * mean[j];
        }
        return new Model(intercept, raw);
    }
}

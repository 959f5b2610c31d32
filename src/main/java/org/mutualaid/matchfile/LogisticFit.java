package org.mutualaid.matchfile;

import java.util.List;

/**
 * Logistic regression with a little L2 shrinkage, fitted by Newton's method to its optimum: a
 * handful of features and a few thousand rows need nothing more, the same rows always give the
 * same weights, and no step count decides where the fit stops. Features are standardised while
 * fitting, so the shrinkage weighs them alike; the weights come back in the features' own units.
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

    private static final double SHRINKAGE = 1.0;
    private static final int MAX_STEPS = 100;
    /** a step this small in every standardised weight: the optimum is reached */
    private static final double SETTLED = 1e-10;

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
        // a feature that never varies says nothing: it stays at 0 while fitting and gets no weight;
        // the last column is the intercept's, which is not shrunk
        int m = k + 1;
        double[][] xs = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) xs[i][j] = spread[j] < 1e-9 ? 0 : (rows.get(i).x()[j] - mean[j]) / spread[j];
            xs[i][k] = 1;
        }
        double[] w = new double[m];
        for (int step = 0; step < MAX_STEPS; step++) {
            double[] grad = new double[m];
            double[][] hessian = new double[m][m];
            for (int i = 0; i < n; i++) {
                double z = 0;
                for (int j = 0; j < m; j++) z += w[j] * xs[i][j];
                double p = 1 / (1 + Math.exp(-z));
                double err = p - (rows.get(i).positive() ? 1 : 0);
                double curve = p * (1 - p);
                for (int a = 0; a < m; a++) {
                    grad[a] += err * xs[i][a];
                    for (int c = 0; c < m; c++) hessian[a][c] += curve * xs[i][a] * xs[i][c];
                }
            }
            for (int j = 0; j < k; j++) {
                grad[j] += SHRINKAGE * w[j];
                hessian[j][j] += SHRINKAGE;
            }
            double[] delta = solve(hessian, grad);
            double largest = 0;
            for (int j = 0; j < m; j++) {
                w[j] -= delta[j];
                largest = Math.max(largest, Math.abs(delta[j]));
            }
            if (largest < SETTLED) break;
        }
        double[] raw = new double[k];
        double intercept = w[k];
        for (int j = 0; j < k; j++) {
            raw[j] = spread[j] < 1e-9 ? 0 : w[j] / spread[j];
            intercept -= raw[j] * mean[j];
        }
        return new Model(intercept, raw);
    }

    /** a·x = b by Gaussian elimination with partial pivoting (a is positive definite: the shrinkage keeps it so). */
    private static double[] solve(double[][] a, double[] b) {
        int m = b.length;
        double[][] t = new double[m][];
        double[] r = b.clone();
        for (int i = 0; i < m; i++) t[i] = a[i].clone();
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int i = col + 1; i < m; i++) if (Math.abs(t[i][col]) > Math.abs(t[pivot][col])) pivot = i;
            double[] row = t[col];
            t[col] = t[pivot];
            t[pivot] = row;
            double v = r[col];
            r[col] = r[pivot];
            r[pivot] = v;
            for (int i = col + 1; i < m; i++) {
                double f = t[i][col] / t[col][col];
                if (f == 0) continue;
                for (int c = col; c < m; c++) t[i][c] -= f * t[col][c];
                r[i] -= f * r[col];
            }
        }
        double[] x = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            double s = r[i];
            for (int c = i + 1; c < m; c++) s -= t[i][c] * x[c];
            x[i] = s / t[i][i];
        }
        return x;
    }
}

package com.storedesk.insight.forecast;

import java.util.Optional;

/**
 * Weighted least squares for the handful of coefficients a forecast needs (at most a dozen), by the
 * normal equations and a Gauss-Jordan inverse. The weights say how much each row counts (recent days
 * more), not how precise it is, so coefficient variances use the sandwich form.
 */
final class WeightedLeastSquares {

    private final double[] coefficients;
    private final double[][] inverse;
    private final double[][] rows;
    private final double[] weights;
    private final double[] residuals;

    private WeightedLeastSquares(double[] coefficients, double[][] inverse, double[][] rows, double[] weights,
            double[] residuals) {
        this.coefficients = coefficients;
        this.inverse = inverse;
        this.rows = rows;
        this.weights = weights;
        this.residuals = residuals;
    }

    /** Empty when the columns are not independent on the rows given (too few rows, a column all zero). */
    static Optional<WeightedLeastSquares> fit(double[][] rows, double[] y, double[] weights) {
        int p = rows.length == 0 ? 0 : rows[0].length;
        if (rows.length < p || p == 0) {
            return Optional.empty();
        }
        double[][] xtwx = new double[p][p];
        double[] xtwy = new double[p];
        for (int i = 0; i < rows.length; i++) {
            double[] x = rows[i];
            for (int a = 0; a < p; a++) {
                double wx = weights[i] * x[a];
                xtwy[a] += wx * y[i];
                for (int b = 0; b < p; b++) {
                    xtwx[a][b] += wx * x[b];
                }
            }
        }
        Optional<double[][]> inverse = invert(xtwx);
        if (inverse.isEmpty()) {
            return Optional.empty();
        }
        double[] beta = multiply(inverse.get(), xtwy);
        double[] residuals = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            residuals[i] = y[i] - dot(rows[i], beta);
        }
        return Optional.of(new WeightedLeastSquares(beta, inverse.get(), rows, weights, residuals));
    }

    double coefficient(int column) {
        return coefficients[column];
    }

    double predict(double[] x) {
        return dot(x, coefficients);
    }

    double residual(int row) {
        return residuals[row];
    }

    /** The row's weight in its own fitted value; the leave-one-out residual is {@code residual / (1 - leverage)}. */
    double leverage(int row) {
        return weights[row] * quadratic(rows[row], inverse);
    }

    /** The weighted mean of the squared residuals. */
    double residualVariance() {
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < residuals.length; i++) {
            sum += weights[i] * residuals[i] * residuals[i];
            weight += weights[i];
        }
        int p = coefficients.length;
        double effective = effectiveRows();
        return effective > p ? sum / weight * effective / (effective - p) : Double.POSITIVE_INFINITY;
    }

    /** How many equally weighted rows the weights are worth (Kish). */
    double effectiveRows() {
        double sum = 0;
        double squares = 0;
        for (double w : weights) {
            sum += w;
            squares += w * w;
        }
        return squares == 0 ? 0 : sum * sum / squares;
    }

    /** The variance of one coefficient for rows of equal variance {@code sigma2}: (X'WX)^-1 X'W²X (X'WX)^-1. */
    double coefficientVariance(int column, double sigma2) {
        int p = coefficients.length;
        double[] a = inverse[column];
        double variance = 0;
        for (int i = 0; i < rows.length; i++) {
            double ax = 0;
            for (int k = 0; k < p; k++) {
                ax += a[k] * rows[i][k];
            }
            variance += weights[i] * weights[i] * ax * ax;
        }
        return sigma2 * variance;
    }

    private static double quadratic(double[] x, double[][] matrix) {
        double sum = 0;
        for (int a = 0; a < x.length; a++) {
            for (int b = 0; b < x.length; b++) {
                sum += x[a] * matrix[a][b] * x[b];
            }
        }
        return sum;
    }

    private static double dot(double[] x, double[] beta) {
        double sum = 0;
        for (int k = 0; k < x.length; k++) {
            sum += x[k] * beta[k];
        }
        return sum;
    }

    private static double[] multiply(double[][] matrix, double[] vector) {
        double[] result = new double[vector.length];
        for (int a = 0; a < vector.length; a++) {
            result[a] = dot(matrix[a], vector);
        }
        return result;
    }

    /** Gauss-Jordan with partial pivoting; empty when the matrix is (nearly) singular. */
    private static Optional<double[][]> invert(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][2 * n];
        double scale = 0;
        for (int r = 0; r < n; r++) {
            System.arraycopy(matrix[r], 0, a[r], 0, n);
            a[r][n + r] = 1;
            scale = Math.max(scale, Math.abs(matrix[r][r]));
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) <= 1e-12 * Math.max(scale, 1e-300)) {
                return Optional.empty();
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double divisor = a[col][col];
            for (int k = 0; k < 2 * n; k++) {
                a[col][k] /= divisor;
            }
            for (int r = 0; r < n; r++) {
                if (r != col && a[r][col] != 0) {
                    double factor = a[r][col];
                    for (int k = 0; k < 2 * n; k++) {
                        a[r][k] -= factor * a[col][k];
                    }
                }
            }
        }
        double[][] inverse = new double[n][n];
        for (int r = 0; r < n; r++) {
            System.arraycopy(a[r], n, inverse[r], 0, n);
        }
        return Optional.of(inverse);
    }
}

package com.storedesk.insight.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The model of a day's total, in logarithms (effects multiply): first each weekday's effect, from the
 * whole window with a long half-life; then the recent level and trend of the totals with the weekday
 * taken out, with a short half-life. Days that stand out (a storm, a till failure, a dark sensor) are
 * found against a first fit and left out of the second, so they bend neither.
 */
final class DailyLevel {

    /** Weekday effects change slowly: eight weeks' half-life. */
    static final double SEASON_HALF_LIFE_DAYS = 56;
    /** The level follows the last few weeks. */
    static final double LEVEL_HALF_LIFE_DAYS = 21;
    /** Residuals beyond this many robust standard deviations mark a day as unusual. */
    static final double OUTLIER_SIGMAS = 3.0;
    /** Below this, a day-to-day spread is noise in the estimate of the spread, not the store's. */
    static final double MIN_SIGMA = 0.03;
    /** A trend needs three weeks to be told from a few lucky days. */
    static final int MIN_TREND_DAYS = 21;
    /** A trend is not extrapolated further than four weeks. */
    static final double MAX_TREND_WEEKS = 4;
    /** Fewer ordinary days than this is too little history. */
    static final int MIN_FIT_DAYS = 10;
    private static final double MAX_LEVERAGE = 0.8;
    /** A day with more weight than this in its own fit (its weekday's only one) cannot be judged by it. */
    private static final double MAX_JUDGED_LEVERAGE = 0.9;
    /** Huber's tuning constant: 95 % efficient when the days are normal after all. */
    private static final double HUBER_K = 1.345;
    private static final int ROBUST_ROUNDS = 5;

    private final TrainingDays days;
    private final boolean[] fitted;
    private final boolean[] outlier;
    private final double[] weekdayEffect;
    private final boolean[] knownWeekday;
    private final double level;
    private final double trendPerWeek;
    private final double[] leaveOneOutLog;

    private DailyLevel(TrainingDays days, boolean[] fitted, boolean[] outlier, Season season, double level,
            double trendPerWeek, double[] leverage) {
        this.days = days;
        this.fitted = fitted;
        this.outlier = outlier;
        this.weekdayEffect = season.effects;
        this.knownWeekday = season.known;
        this.level = level;
        this.trendPerWeek = trendPerWeek;
        this.leaveOneOutLog = new double[days.size()];
        for (int k = 0; k < days.size(); k++) {
            if (fitted[k]) {
                double residual = Math.log(days.total(k)) - fittedLog(k);
                leaveOneOutLog[k] = Math.log(days.total(k)) - residual / (1 - Math.min(leverage[k], MAX_LEVERAGE));
            } else {
                leaveOneOutLog[k] = knownWeekday[days.weekday(k)] ? fittedLog(k) : Double.NaN;
            }
        }
    }

    static Optional<DailyLevel> fit(TrainingDays days) {
        boolean[] use = new boolean[days.size()];
        for (int k = 0; k < days.size(); k++) {
            use[k] = days.kind(k) == DayKind.REGULAR;
        }
        Optional<Season> first = Season.robustFit(days, use);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        boolean[] outlier = first.get().outliers(days, use);
        boolean[] fitted = use.clone();
        for (int k = 0; k < days.size(); k++) {
            fitted[k] &= !outlier[k];
        }
        Optional<Season> season = Season.fit(days, fitted);
        if (season.isEmpty()) {
            return Optional.empty();
        }
        return levelAndTrend(days, fitted, season.get())
                .map(line -> new DailyLevel(days, fitted, outlier, season.get(), line.level, line.trend,
                        line.leverage));
    }

    /** The recent level and trend of log totals with the weekday effect taken out. */
    private static Optional<Line> levelAndTrend(TrainingDays days, boolean[] fitted, Season season) {
        List<Integer> rows = indices(fitted);
        int span = rows.isEmpty() ? 0 : rows.get(rows.size() - 1) - rows.get(0) + 1;
        boolean withTrend = span >= MIN_TREND_DAYS;
        double[][] x = new double[rows.size()][];
        double[] y = new double[rows.size()];
        double[] w = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            int k = rows.get(r);
            double t = days.weeksFromEnd(k);
            x[r] = withTrend ? new double[] {1, t} : new double[] {1};
            y[r] = Math.log(days.total(k)) - season.effects[days.weekday(k)];
            w[r] = halfLifeWeight(days.age(k), LEVEL_HALF_LIFE_DAYS);
        }
        return WeightedLeastSquares.fit(x, y, w).map(fit -> {
            double[] leverage = new double[days.size()];
            for (int r = 0; r < rows.size(); r++) {
                leverage[rows.get(r)] = fit.leverage(r) + season.leverage[rows.get(r)];
            }
            if (!withTrend) {
                return new Line(fit.coefficient(0), 0, leverage);
            }
            double trend = fit.coefficient(1);
            double kept = shrunkTrend(trend, fit.coefficientVariance(1, fit.residualVariance()));
            // Refit the level with the slope held at the kept value: the weighted means of y and t.
            double sumW = 0;
            double sumT = 0;
            for (int r = 0; r < rows.size(); r++) {
                sumW += w[r];
                sumT += w[r] * x[r][1];
            }
            double level = fit.coefficient(0) + (trend - kept) * (sumT / sumW);
            return new Line(level, kept, leverage);
        });
    }

    /**
     * A trend the noise could explain is shrunk toward flat: it is kept in proportion to how far its
     * estimate stands from zero, {@code 1 - 1/t²} (nothing at one standard error, three quarters at two).
     */
    static double shrunkTrend(double trend, double variance) {
        if (trend == 0 || !(variance < Double.POSITIVE_INFINITY)) {
            return 0;
        }
        return trend * Math.max(0, 1 - variance / (trend * trend));
    }

    static double halfLifeWeight(int ageDays, double halfLifeDays) {
        return Math.pow(0.5, (ageDays - 1) / halfLifeDays);
    }

    private static List<Integer> indices(boolean[] flags) {
        List<Integer> list = new ArrayList<>();
        for (int k = 0; k < flags.length; k++) {
            if (flags[k]) {
                list.add(k);
            }
        }
        return list;
    }

    boolean knows(DayOfWeek day) {
        return knownWeekday[day.getValue() - 1];
    }

    /** The expected total on {@code date}, a day after the history. */
    double expected(LocalDate date) {
        double weeks = Math.min(days.weeksFromEnd(date), MAX_TREND_WEEKS);
        return Math.exp(level + trendPerWeek * weeks + weekdayEffect[date.getDayOfWeek().getValue() - 1]);
    }

    /** Whether window day {@code k} taught the model (an ordinary day that did not stand out). */
    boolean fitted(int k) {
        return fitted[k];
    }

    boolean outlier(int k) {
        return outlier[k];
    }

    /**
     * What the model would have expected on window day {@code k} had it not seen that day (for the
     * ones it learned from, approximated through their leverage); NaN when it cannot say.
     */
    double leaveOneOut(int k) {
        return Math.exp(leaveOneOutLog[k]);
    }

    /** How much window day {@code k} counts toward the weekday and hour shapes. */
    double seasonWeight(int k) {
        return halfLifeWeight(days.age(k), SEASON_HALF_LIFE_DAYS);
    }

    /** Growth per week as a factor (1.02: two percent a week), after shrinking. */
    double weeklyGrowth() {
        return Math.exp(trendPerWeek);
    }

    private double fittedLog(int k) {
        return level + trendPerWeek * days.weeksFromEnd(k) + weekdayEffect[days.weekday(k)];
    }

    private record Line(double level, double trend, double[] leverage) {
    }

    /** Weekday effects (and a trend, so a growing store does not tilt them), from the days in {@code use}. */
    private static final class Season {

        final double[] effects = new double[7];
        final boolean[] known = new boolean[7];
        final double[] leverage;
        final double[] residuals;

        private Season(int size) {
            leverage = new double[size];
            residuals = new double[size];
        }

        /** Least squares on the days in {@code use}. */
        static Optional<Season> fit(TrainingDays days, boolean[] use) {
            return fit(days, use, null);
        }

        /**
         * Least squares with Huber weights: a day far from the others counts less, so that one till
         * failure among four Mondays does not drag the Monday effect down and make the other three
         * look odd. A few reweighting rounds settle it.
         */
        static Optional<Season> robustFit(TrainingDays days, boolean[] use) {
            Optional<Season> season = fit(days, use, null);
            for (int round = 0; round < ROBUST_ROUNDS && season.isPresent(); round++) {
                double sigma = season.get().sigma(use);
                double[] huber = new double[days.size()];
                for (int k = 0; k < days.size(); k++) {
                    double u = Math.abs(season.get().studentized(k)) / sigma;
                    huber[k] = u <= HUBER_K ? 1 : HUBER_K / u;
                }
                season = fit(days, use, huber);
            }
            return season;
        }

        private static Optional<Season> fit(TrainingDays days, boolean[] use, double[] robustWeights) {
            List<Integer> rows = indices(use);
            if (rows.size() < MIN_FIT_DAYS) {
                return Optional.empty();
            }
            Season season = new Season(days.size());
            int[] column = new int[7];
            int columns = 1;
            for (int k : rows) {
                season.known[days.weekday(k)] = true;
            }
            for (int d = 0; d < 7; d++) {
                column[d] = season.known[d] ? columns++ : -1;
            }
            double[][] x = new double[rows.size()][columns];
            double[] y = new double[rows.size()];
            double[] w = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                int k = rows.get(r);
                x[r][0] = days.weeksFromEnd(k);
                x[r][column[days.weekday(k)]] = 1;
                y[r] = Math.log(days.total(k));
                double robust = robustWeights == null ? 1 : robustWeights[k];
                w[r] = halfLifeWeight(days.age(k), SEASON_HALF_LIFE_DAYS) * robust;
            }
            Optional<WeightedLeastSquares> fit = WeightedLeastSquares.fit(x, y, w);
            if (fit.isEmpty()) {
                return Optional.empty();
            }
            double mean = 0;
            int known = 0;
            for (int d = 0; d < 7; d++) {
                if (season.known[d]) {
                    season.effects[d] = fit.get().coefficient(column[d]);
                    mean += season.effects[d];
                    known++;
                }
            }
            for (int d = 0; d < 7; d++) {
                if (season.known[d]) {
                    season.effects[d] -= mean / known;
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                season.leverage[rows.get(r)] = fit.get().leverage(r);
                season.residuals[rows.get(r)] = fit.get().residual(r);
            }
            return Optional.of(season);
        }

        /**
         * The residual as if the day had not been in the fit; 0 for a day the fit cannot judge (its
         * weekday's only one).
         */
        double studentized(int k) {
            return leverage[k] < MAX_JUDGED_LEVERAGE ? residuals[k] / Math.sqrt(1 - leverage[k]) : 0;
        }

        /** A robust standard deviation of the studentized residuals (median absolute deviation). */
        double sigma(boolean[] use) {
            List<Integer> rows = indices(use);
            double[] absolute = new double[rows.size()];
            int n = 0;
            for (int k : rows) {
                if (leverage[k] < MAX_JUDGED_LEVERAGE) {
                    absolute[n++] = Math.abs(studentized(k));
                }
            }
            return n == 0 ? MIN_SIGMA : Math.max(MIN_SIGMA, 1.4826 * Quantiles.median(Arrays.copyOf(absolute, n)));
        }

        /**
         * Days in {@code use} further from the fit than {@value #OUTLIER_SIGMAS} robust standard
         * deviations; never all of a weekday's days, which say more about the weekday than about the days.
         */
        boolean[] outliers(TrainingDays days, boolean[] use) {
            double sigma = sigma(use);
            boolean[] outlier = new boolean[days.size()];
            int[] daysOfWeekday = new int[7];
            int[] outliersOfWeekday = new int[7];
            for (int k : indices(use)) {
                outlier[k] = Math.abs(studentized(k)) > OUTLIER_SIGMAS * sigma;
                daysOfWeekday[days.weekday(k)]++;
                outliersOfWeekday[days.weekday(k)] += outlier[k] ? 1 : 0;
            }
            for (int k = 0; k < days.size(); k++) {
                int d = days.weekday(k);
                outlier[k] &= outliersOfWeekday[d] < daysOfWeekday[d];
            }
            return outlier;
        }
    }
}

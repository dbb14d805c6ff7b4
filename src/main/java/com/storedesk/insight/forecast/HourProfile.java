package com.storedesk.insight.forecast;

import static com.storedesk.data.facts.HourlyValues.HOURS;

import java.time.DayOfWeek;
import java.util.Arrays;

/**
 * How each weekday's total spreads over its hours. A weekday's own shape, from the days the day
 * model learned from, is pulled toward the common shape of the weekdays that trade the same hours
 * (Monday to Friday, usually) by as much as the difference between the two could be noise
 * (positive-part James-Stein): with a few noisy weeks, or weekdays that look alike, the common shape
 * steadies it; where a weekday's shape really differs (a busy Friday evening), its own wins. Weekdays
 * with other hours are not mixed in: their first and last hours would blur the edges of the day.
 */
final class HourProfile {

    /** An hour counts as a trading hour of a weekday when it had something on a third of those days. */
    static final double TRADING_SHARE_OF_DAYS = 1.0 / 3;

    private final TrainingDays days;
    private final DailyLevel level;
    private final double[][] sums = new double[7][HOURS];
    private final double[] totals = new double[7];
    private final boolean[][] trading = new boolean[7][HOURS];
    private final double[][] common = new double[7][HOURS];
    private final double[] pull = new double[7];

    private HourProfile(TrainingDays days, DailyLevel level) {
        this.days = days;
        this.level = level;
    }

    static HourProfile fit(TrainingDays days, DailyLevel level) {
        HourProfile profile = new HourProfile(days, level);
        profile.sum();
        for (int d = 0; d < 7; d++) {
            profile.pull[d] = profile.pullTowardPooled(d);
        }
        return profile;
    }

    private void sum() {
        int[][] nonZero = new int[7][HOURS];
        int[] count = new int[7];
        for (int k = 0; k < days.size(); k++) {
            if (!level.fitted(k)) {
                continue;
            }
            int d = days.weekday(k);
            double w = level.seasonWeight(k);
            for (int h = 0; h < HOURS; h++) {
                long value = days.value(k, h);
                sums[d][h] += w * value;
                nonZero[d][h] += value != 0 ? 1 : 0;
            }
            totals[d] += w * days.total(k);
            count[d]++;
        }
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < HOURS; h++) {
                trading[d][h] = sums[d][h] > 0 && nonZero[d][h] >= Math.max(1, TRADING_SHARE_OF_DAYS * count[d]);
            }
        }
        for (int d = 0; d < 7; d++) {
            double total = 0;
            for (int other = 0; other < 7; other++) {
                if (Arrays.equals(trading[d], trading[other])) {
                    total += totals[other];
                    for (int h = 0; h < HOURS; h++) {
                        common[d][h] += trading[d][h] ? sums[other][h] : 0;
                    }
                }
            }
            for (int h = 0; h < HOURS; h++) {
                common[d][h] = total > 0 ? common[d][h] / total : 0;
            }
        }
    }

    /**
     * The share of the way from the weekday's own shape to the common one: the noise in the own shape
     * (the variance of a ratio estimate, summed over the hours) over its squared distance from the
     * common shape, at most 1.
     */
    private double pullTowardPooled(int d) {
        if (!(totals[d] > 0)) {
            return 1;
        }
        double[] own = ownShares(d, -1);
        double[] common = commonShares(d);
        double noise = 0;
        for (int k = 0; k < days.size(); k++) {
            if (!level.fitted(k) || days.weekday(k) != d) {
                continue;
            }
            double w = level.seasonWeight(k);
            for (int h = 0; h < HOURS; h++) {
                if (trading[d][h]) {
                    double deviation = w * (days.value(k, h) - own[h] * days.total(k)) / totals[d];
                    noise += deviation * deviation;
                }
            }
        }
        double distance = 0;
        for (int h = 0; h < HOURS; h++) {
            distance += trading[d][h] ? (own[h] - common[h]) * (own[h] - common[h]) : 0;
        }
        return distance <= noise ? 1 : noise / distance;
    }

    /** The share of {@code day}'s total in each hour; zero for the hours it does not trade. Sums to 1. */
    double[] shares(DayOfWeek day) {
        return shares(day.getValue() - 1, -1);
    }

    /** The shares window day {@code k}'s weekday would have had without that day. */
    double[] sharesWithout(int k) {
        return shares(days.weekday(k), k);
    }

    private double[] shares(int d, int leftOut) {
        double[] own = ownShares(d, leftOut);
        double[] common = commonShares(d);
        double[] shares = new double[HOURS];
        double sum = 0;
        for (int h = 0; h < HOURS; h++) {
            shares[h] = Math.max(0, (1 - pull[d]) * own[h] + pull[d] * common[h]);
            sum += shares[h];
        }
        for (int h = 0; h < HOURS && sum > 0; h++) {
            shares[h] /= sum;
        }
        return shares;
    }

    /** The weekday's own shares on its trading hours, without window day {@code leftOut} (none if negative). */
    private double[] ownShares(int d, int leftOut) {
        double w = leftOut >= 0 && level.fitted(leftOut) ? level.seasonWeight(leftOut) : 0;
        double total = totals[d] - (w == 0 ? 0 : w * days.total(leftOut));
        double[] own = new double[HOURS];
        for (int h = 0; h < HOURS && total > 0; h++) {
            if (trading[d][h]) {
                own[h] = (sums[d][h] - (w == 0 ? 0 : w * days.value(leftOut, h))) / total;
            }
        }
        return own;
    }

    /** The shape of the weekdays trading the same hours as this one, summing to 1. */
    private double[] commonShares(int d) {
        return common[d];
    }
}

package com.storedesk.insight.forecast;

import static com.storedesk.data.facts.HourlyValues.HOURS;

import java.util.Arrays;

/**
 * The ends of the 80 % prediction band as ratios to the expected value: the 10th and 90th
 * percentiles of actual / expected over the training window, where "expected" is what the model
 * would have said without that day (leave-one-out), so the spread is an out-of-sample one. Days the
 * model left out as unusual are in it (rare is not impossible); holidays and closures are not. Hours
 * pool their ratios over the weekdays, and use all hours' ratios while they have fewer than
 * {@value #MIN_HOUR_RATIOS}.
 */
final class BandRatios {

    static final double LOW = 0.10;
    static final double HIGH = 0.90;
    static final int MIN_HOUR_RATIOS = 20;

    private final double dayLow;
    private final double dayHigh;
    private final double[] hourLows = new double[HOURS];
    private final double[] hourHighs = new double[HOURS];

    private BandRatios(double dayLow, double dayHigh) {
        this.dayLow = dayLow;
        this.dayHigh = dayHigh;
    }

    /** @param hoursWanted the hours a band is needed for (the others stay 1) */
    static BandRatios of(TrainingDays days, DailyLevel level, HourProfile profile, double[] hoursWanted) {
        double[] dayRatios = new double[days.size()];
        double[][] hourRatios = new double[HOURS][days.size()];
        int[] hourCounts = new int[HOURS];
        double[] allHours = new double[days.size() * HOURS];
        int dayCount = 0;
        int allCount = 0;
        for (int k = 0; k < days.size(); k++) {
            double expected = level.leaveOneOut(k);
            if (!(level.fitted(k) || level.outlier(k)) || !(expected > 0)) {
                continue;
            }
            dayRatios[dayCount++] = days.total(k) / expected;
            double[] shares = profile.sharesWithout(k);
            for (int h = 0; h < HOURS; h++) {
                if (shares[h] > 0) {
                    double ratio = days.value(k, h) / (expected * shares[h]);
                    hourRatios[h][hourCounts[h]++] = ratio;
                    allHours[allCount++] = ratio;
                }
            }
        }
        BandRatios band = dayCount == 0 ? new BandRatios(1, 1)
                : new BandRatios(quantile(dayRatios, dayCount, LOW), quantile(dayRatios, dayCount, HIGH));
        Arrays.sort(allHours, 0, allCount);
        for (int h = 0; h < HOURS; h++) {
            band.hourLows[h] = 1;
            band.hourHighs[h] = 1;
            if (!(hoursWanted[h] > 0)) {
                continue;
            }
            double[] source = allHours;
            int count = allCount;
            if (hourCounts[h] >= MIN_HOUR_RATIOS) {
                source = hourRatios[h];
                count = hourCounts[h];
                Arrays.sort(source, 0, count);
            }
            if (count > 0) {
                band.hourLows[h] = Quantiles.predictive(source, count, LOW);
                band.hourHighs[h] = Quantiles.predictive(source, count, HIGH);
            }
        }
        return band;
    }

    private static double quantile(double[] values, int count, double p) {
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return Quantiles.predictive(sorted, count, p);
    }

    double dayLow() {
        return dayLow;
    }

    double dayHigh() {
        return dayHigh;
    }

    double hourLow(int hour) {
        return hourLows[hour];
    }

    double hourHigh(int hour) {
        return hourHighs[hour];
    }
}

package com.storedesk.pos.demo;

import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A store-day's visitors per 15 minutes and who of them buys. Visitors browse for a while, so
 * those counted in one interval pay in the next (the last interval's shoppers pay before the
 * doors close) and leave one or two intervals after they came; the counter keeps counting
 * exits for half an hour after closing.
 */
final class Traffic {

    static final int INTERVAL_MINUTES = 15;
    static final int AFTER_CLOSE_INTERVALS = 2;
    private static final double LAST_CALL_SHARE = 0.3;
    private static final double LEAVE_NEXT_INTERVAL = 0.55;

    private final int intervals;
    private final int[] visitorsIn;
    private final int[] visitorsOut;
    private final int[] buyers;

    private Traffic(int intervals, int[] visitorsIn, int[] visitorsOut, int[] buyers) {
        this.intervals = intervals;
        this.visitorsIn = visitorsIn;
        this.visitorsOut = visitorsOut;
        this.buyers = buyers;
    }

    /**
     * @param expectedSales sales the day should bring
     * @param conversion the share of visitors who would buy on a normal day (sets how many come)
     * @param buyingShare the share who do buy today
     */
    static Traffic simulate(SplittableRandom random, StoreProfile profile, ZonedDateTime opening, int intervals,
            double expectedSales, double conversion, double buyingShare) {
        double[] weight = new double[intervals];
        double total = 0;
        for (int j = 1; j < intervals; j++) {
            weight[j] = profile.hourWeight(opening.plusMinutes((long) j * INTERVAL_MINUTES).getHour());
            total += weight[j];
        }
        int[] in = new int[intervals + AFTER_CLOSE_INTERVALS];
        int[] out = new int[intervals + AFTER_CLOSE_INTERVALS];
        int[] buyers = new int[intervals];
        for (int i = 0; i < intervals; i++) {
            boolean last = i == intervals - 1;
            double salesWeight = last ? weight[i] * LAST_CALL_SHARE : weight[i + 1];
            double mean = total == 0 ? 0 : expectedSales * salesWeight / total / conversion;
            in[i] = Draws.poisson(random, mean);
            buyers[last ? i : i + 1] += Draws.binomial(random, in[i], buyingShare);
            int soon = Draws.binomial(random, in[i], LEAVE_NEXT_INTERVAL);
            out[i + 1] += soon;
            out[i + 2] += in[i] - soon;
        }
        return new Traffic(intervals, in, out, buyers);
    }

    /** Intervals the counter reports: opening hours plus the exits after closing. */
    int reportedIntervals() {
        return visitorsIn.length;
    }

    int visitorsIn(int interval) {
        return visitorsIn[interval];
    }

    int visitorsOut(int interval) {
        return visitorsOut[interval];
    }

    /** When each buyer reaches the till, in seconds after opening, in order. */
    int[] saleSeconds(SplittableRandom random) {
        int count = 0;
        for (int b : buyers) {
            count += b;
        }
        int[] seconds = new int[count];
        int k = 0;
        for (int j = 0; j < intervals; j++) {
            for (int b = 0; b < buyers[j]; b++) {
                seconds[k++] = j * INTERVAL_MINUTES * 60 + random.nextInt(INTERVAL_MINUTES * 60);
            }
        }
        Arrays.sort(seconds);
        return seconds;
    }
}

package com.storedesk.pos.demo;

import java.util.List;
import java.util.SplittableRandom;

/** The few distributions the demo needs, drawn from a given stream. */
final class Draws {

    private Draws() {
    }

    /** Knuth's method for small means; a rounded normal above 30, where the two agree closely. */
    static int poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = rng.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= rng.nextDouble();
        }
        return count;
    }

    static int binomial(SplittableRandom rng, int trials, double p) {
        int successes = 0;
        for (int i = 0; i < trials; i++) {
            if (rng.nextDouble() < p) {
                successes++;
            }
        }
        return successes;
    }

    /** An index drawn in proportion to the weights whose running totals {@code cumulative} holds. */
    static int pick(SplittableRandom rng, double[] cumulative) {
        double target = rng.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    static double[] cumulative(double[] weights) {
        double[] running = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            running[i] = sum;
        }
        return running;
    }

    static <T> T oneOf(SplittableRandom rng, List<T> choices) {
        return choices.get(rng.nextInt(choices.size()));
    }

    static int oneOf(SplittableRandom rng, int[] choices) {
        return choices[rng.nextInt(choices.length)];
    }
}

package com.storedesk.pos.demo;

import java.time.LocalDate;
import java.time.Month;
import java.util.SplittableRandom;

/**
 * A day's weather in one region, drawn from the seed: mostly fair, a rainy day now and then and
 * a few storms (snow from December to March) that keep shoppers at home.
 *
 * @param factor traffic relative to a fair day, for a store fully exposed to the weather
 */
record Weather(Kind kind, double factor) {

    enum Kind { CLEAR, CLOUDY, RAIN, SNOW, STORM }

    static Weather on(long seed, String region, LocalDate date) {
        SplittableRandom random = Seeds.random(seed, Seeds.WEATHER, region.hashCode(), date.toEpochDay());
        double draw = random.nextDouble();
        if (draw < 0.55) {
            return new Weather(Kind.CLEAR, 1.03);
        }
        if (draw < 0.80) {
            return new Weather(Kind.CLOUDY, 1.0);
        }
        if (draw < 0.94) {
            return new Weather(Kind.RAIN, 0.86);
        }
        return winter(date.getMonth()) ? new Weather(Kind.SNOW, 0.60) : new Weather(Kind.STORM, 0.65);
    }

    /** The effect on a store: a mall hardly notices rain, an open-air outlet notices more than most. */
    double effectOn(StoreProfile profile) {
        return Math.max(0.2, 1 - profile.weatherSensitivity() * (1 - factor));
    }

    private static boolean winter(Month month) {
        return month == Month.DECEMBER || month.getValue() <= Month.MARCH.getValue();
    }
}

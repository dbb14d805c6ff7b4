package com.storedesk.insight.anomaly;

import com.storedesk.core.Money;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One number behind an alert, typed so that screens format it for the user's locale (money with its
 * currency, a share as a percentage, a time of day as the locale writes times). Money stays in minor
 * units; expected values from a forecast are rounded to them.
 */
public sealed interface AlertFigure {

    FigureType type();

    static AlertFigure money(Money money) {
        return new Amount(money);
    }

    static AlertFigure share(double fraction) {
        return new Share(fraction);
    }

    static AlertFigure count(long count) {
        return new Count(count);
    }

    static AlertFigure quantity(double value) {
        return new Quantity(value);
    }

    static AlertFigure time(LocalTime time) {
        return new TimeOfDay(time);
    }

    record Amount(Money money) implements AlertFigure {
        public Amount {
            Objects.requireNonNull(money, "money");
        }

        @Override
        public FigureType type() {
            return FigureType.MONEY;
        }
    }

    /** A fraction: 0.12 is 12 %. */
    record Share(double fraction) implements AlertFigure {
        public Share {
            requireFinite(fraction);
        }

        @Override
        public FigureType type() {
            return FigureType.PERCENT;
        }
    }

    record Count(long count) implements AlertFigure {
        @Override
        public FigureType type() {
            return FigureType.COUNT;
        }
    }

    record Quantity(double value) implements AlertFigure {
        public Quantity {
            requireFinite(value);
        }

        @Override
        public FigureType type() {
            return FigureType.DECIMAL;
        }
    }

    /** A store-local time of day; midnight at the end of a day is written as 00:00. */
    record TimeOfDay(LocalTime time) implements AlertFigure {
        public TimeOfDay {
            Objects.requireNonNull(time, "time");
        }

        @Override
        public FigureType type() {
            return FigureType.TIME_OF_DAY;
        }
    }

    private static void requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A figure must be a finite number: " + value);
        }
    }
}

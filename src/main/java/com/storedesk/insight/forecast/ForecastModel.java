package com.storedesk.insight.forecast;

import static com.storedesk.data.facts.HourlyValues.HOURS;

import com.storedesk.data.facts.HourlyValues;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Forecasts one store-day of one metric from the store's own hourly history, strictly before that day.
 *
 * <ul>
 * <li><b>Day total</b>: weekday effect × recent level × trend ({@link DailyLevel}), learned from the
 *     last twelve weeks' ordinary days. Holidays, unexpected closures and their eves, and days that
 *     stand out are left out of it ({@link TrainingDays}).</li>
 * <li><b>Hours</b>: the day total spread over the hours by the weekday's hour shape ({@link HourProfile}).</li>
 * <li><b>Holidays</b> ({@link HolidayCalendar}): the effect the same holiday had on this store a year
 *     before (closed, short hours, busier); without that year in the history, the ordinary forecast with
 *     a band down to zero.</li>
 * <li><b>Band</b>: an 80 % prediction band from the empirical 10th and 90th percentiles of
 *     leave-one-out ratios actual / expected over the training window, for the day's total (the day's
 *     own band, not a sum of hour bands) and for each hour of the day (ratios pooled over the weekdays;
 *     over all hours while an hour has too few); see {@link BandRatios}.</li>
 * </ul>
 *
 * With fewer than {@value #MIN_HISTORY_DAYS} days of history, or no ordinary day of the weekday asked
 * for, the forecast has no hours and a zero band. Stateless and thread-safe; pure computation.
 */
public final class ForecastModel {

    /** How far back the model looks: the weeks it learns from and the same holiday a year before. */
    public static final int LOOKBACK_DAYS = 400;
    /** Two weeks: each weekday seen twice. */
    public static final int MIN_HISTORY_DAYS = 14;

    private final HolidayCalendar calendar;

    public ForecastModel(HolidayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The forecast for {@code date} from the days of {@code history} before it (later days are ignored). */
    public DayForecast forecast(long storeId, ForecastMetric metric, HourlyValues history, LocalDate date) {
        HourlyValues past = history.slice(date.minusDays(LOOKBACK_DAYS), date);
        Optional<Learned> learned = Learned.from(past, date, calendar);
        HolidayAdjustment holiday = HolidayAdjustment.on(date, past, calendar);
        if (learned.isEmpty() || holiday.closed()) {
            return empty(storeId, date, metric);
        }
        double[] shares = holiday.onTradedHours(learned.get().profile().shares(date.getDayOfWeek()));
        BandRatios ratios = BandRatios.of(learned.get().days(), learned.get().level(), learned.get().profile(), shares);
        double expected = learned.get().level().expected(date) * holiday.ratio();
        ForecastBand day = holiday.widen(expected, ratios.dayLow(), ratios.dayHigh());
        List<HourForecast> hours = new ArrayList<>();
        for (int h = 0; h < HOURS; h++) {
            if (shares[h] > 0) {
                double hour = expected * shares[h];
                hours.add(new HourForecast(h, holiday.widen(hour, ratios.hourLow(h), ratios.hourHigh(h))));
            }
        }
        return new DayForecast(storeId, date, metric, day, hours);
    }

    /** No hours and a zero band: closed, or too little history to say (see {@link SalesForecaster}). */
    static DayForecast empty(long storeId, LocalDate date, ForecastMetric metric) {
        return new DayForecast(storeId, date, metric, ForecastBand.exactly(0), List.of());
    }

    /** What the history teaches about an ordinary day; empty when it is too short to say. */
    private record Learned(TrainingDays days, DailyLevel level, HourProfile profile) {

        static Optional<Learned> from(HourlyValues past, LocalDate date, HolidayCalendar calendar) {
            Optional<LocalDate> firstDay = past.firstDateWithData();
            if (firstDay.isEmpty() || ChronoUnit.DAYS.between(firstDay.get(), past.to()) < MIN_HISTORY_DAYS) {
                return Optional.empty();
            }
            TrainingDays days = TrainingDays.of(past, firstDay.get(), calendar);
            if (days.closedWeekday(date.getDayOfWeek())) {
                return Optional.empty();
            }
            return DailyLevel.fit(days)
                    .filter(level -> level.knows(date.getDayOfWeek()))
                    .map(level -> new Learned(days, level, HourProfile.fit(days, level)));
        }
    }

    /**
     * How a holiday changes the ordinary forecast: by what it did a year before (closed, fewer hours,
     * busier), with the band reaching the ordinary day too, since one year says little about the size of
     * an effect; a holiday the history does not reach keeps the ordinary forecast with a band down to
     * zero, since it may close the store.
     */
    private record HolidayAdjustment(double ratio, Optional<boolean[]> tradedHours, double widenDown, double widenUp) {

        static final HolidayAdjustment NONE = new HolidayAdjustment(1, Optional.empty(), 1, 1);

        static HolidayAdjustment on(LocalDate date, HourlyValues past, HolidayCalendar calendar) {
            Optional<Holiday> holiday = calendar.on(date);
            if (holiday.isEmpty()) {
                return NONE;
            }
            return HolidayEffect.lastYear(past, holiday.get(), calendar)
                    .map(effect -> new HolidayAdjustment(effect.ratio(), Optional.of(effect.tradedHours()),
                            Math.min(1, 1 / effect.ratio()), Math.max(1, 1 / effect.ratio())))
                    .orElse(new HolidayAdjustment(1, Optional.empty(), 0, 1));
        }

        boolean closed() {
            return ratio == 0;
        }

        /** The shares on the hours last year's holiday traded, unless it traded none of them. */
        double[] onTradedHours(double[] shares) {
            if (tradedHours.isEmpty()) {
                return shares;
            }
            double[] kept = new double[HOURS];
            double sum = 0;
            for (int h = 0; h < HOURS; h++) {
                kept[h] = tradedHours.get()[h] ? shares[h] : 0;
                sum += kept[h];
            }
            if (sum <= 0) {
                return shares;
            }
            for (int h = 0; h < HOURS; h++) {
                kept[h] /= sum;
            }
            return kept;
        }

        ForecastBand widen(double expected, double lowRatio, double highRatio) {
            double low = expected * Math.min(1, lowRatio) * widenDown;
            double high = expected * Math.max(1, highRatio) * widenUp;
            return new ForecastBand(expected, Math.min(low, expected), Math.max(high, expected));
        }
    }
}

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
        Optional<LocalDate> firstDay = past.firstDateWithData();
        if (firstDay.isEmpty() || ChronoUnit.DAYS.between(firstDay.get(), past.to()) < MIN_HISTORY_DAYS) {
            return empty(storeId, date, metric);
        }
        TrainingDays days = TrainingDays.of(past, firstDay.get(), calendar);
        if (days.closedWeekday(date.getDayOfWeek())) {
            return empty(storeId, date, metric);
        }
        Optional<DailyLevel> fitted = DailyLevel.fit(days);
        if (fitted.isEmpty() || !fitted.get().knows(date.getDayOfWeek())) {
            return empty(storeId, date, metric);
        }
        DailyLevel level = fitted.get();
        HourProfile profile = HourProfile.fit(days, level);
        Optional<Holiday> holiday = calendar.on(date);
        Optional<HolidayEffect> effect = holiday.flatMap(h -> HolidayEffect.lastYear(past, h, calendar));
        if (effect.isPresent() && effect.get().closed()) {
            return empty(storeId, date, metric);
        }
        double usual = level.expected(date);
        double[] shares = profile.shares(date.getDayOfWeek());
        if (effect.isPresent()) {
            shares = onlyTraded(shares, effect.get().tradedHours());
        }
        BandRatios residuals = BandRatios.of(days, level, profile, shares);
        double ratio = effect.map(HolidayEffect::ratio).orElse(1.0);
        // A holiday's effect is known from one year at most, so the band reaches the ordinary day too;
        // a holiday never seen may close the store.
        double widenDown = holiday.isEmpty() ? 1 : effect.isEmpty() ? 0 : Math.min(1, 1 / ratio);
        double widenUp = effect.isEmpty() ? 1 : Math.max(1, 1 / ratio);
        double expected = usual * ratio;
        ForecastBand day = band(expected, residuals.dayLow(), residuals.dayHigh(), widenDown, widenUp);
        List<HourForecast> hours = new ArrayList<>();
        for (int h = 0; h < HOURS; h++) {
            if (shares[h] > 0) {
                hours.add(new HourForecast(h, band(expected * shares[h], residuals.hourLow(h), residuals.hourHigh(h),
                        widenDown, widenUp)));
            }
        }
        return new DayForecast(storeId, date, metric, day, hours);
    }

    private static ForecastBand band(double expected, double lowRatio, double highRatio, double widenDown,
            double widenUp) {
        double low = expected * Math.min(1, lowRatio) * widenDown;
        double high = expected * Math.max(1, highRatio) * widenUp;
        return new ForecastBand(expected, Math.min(low, expected), Math.max(high, expected));
    }

    /** The shares on the hours last year's holiday traded, unless it traded none of them. */
    private static double[] onlyTraded(double[] shares, boolean[] traded) {
        double[] kept = new double[HOURS];
        double sum = 0;
        for (int h = 0; h < HOURS; h++) {
            kept[h] = traded[h] ? shares[h] : 0;
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

    /** No hours and a zero band: closed, or too little history to say (see {@link SalesForecaster}). */
    static DayForecast empty(long storeId, LocalDate date, ForecastMetric metric) {
        return new DayForecast(storeId, date, metric, ForecastBand.exactly(0), List.of());
    }
}

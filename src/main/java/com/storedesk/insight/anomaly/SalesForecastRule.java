package com.storedesk.insight.anomaly;

import com.storedesk.data.facts.TradingHour;
import com.storedesk.insight.forecast.DayForecast;
import com.storedesk.insight.forecast.ForecastBand;
import com.storedesk.insight.forecast.HourForecast;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Net sales well outside the forecast's band (see {@link #ALERT_BAND_WIDTHS}). A complete day compares its total with the day's band.
 * Today compares the hours already past with what the forecast expected of them, once at least
 * {@value #MIN_SHARE_OF_DAY_PERCENT} % of the day's sales should be in: earlier, a slow first hour
 * says little about the day.
 */
public final class SalesForecastRule {

    static final int MIN_SHARE_OF_DAY_PERCENT = 20;
    /**
     * How far from the expected value, in half band widths, sales must be to alert. The band holds
     * 80 % of normal days, so its edge alone would alert on one normal day in five; half a band
     * width beyond it is about one in twenty, and a slow day still shows in the tiles.
     */
    static final double ALERT_BAND_WIDTHS = 1.5;
    /** Beyond this many band widths from the expected value, an alert is critical. */
    static final double CRITICAL_BAND_WIDTHS = 2;

    /** The day's hours, in any order; refunds lower an hour's net like the rollup says. */
    public Optional<Alert> check(StoreDay day, DayForecast forecast, List<TradingHour> dayHours) {
        if (forecast.hours().isEmpty()) {
            return Optional.empty(); // too little history to expect anything
        }
        int until = day.isComplete() ? closingHour(forecast, dayHours) : day.hoursPast();
        double expected = day.isComplete() ? forecast.day().expected() : forecast.expectedBefore(until);
        if (day.isComplete() ? expected <= 0
                : expected < forecast.day().expected() * MIN_SHARE_OF_DAY_PERCENT / 100.0) {
            return Optional.empty();
        }
        ForecastBand band = day.isComplete() ? forecast.day() : bandSoFar(forecast, until);
        long actual = dayHours.stream().filter(h -> h.hour() < until).mapToLong(TradingHour::netMinor).sum();
        if (band.contains(actual)) {
            return Optional.empty();
        }
        boolean below = actual < band.low();
        double edge = below ? band.low() : band.high();
        double halfWidth = Math.abs(expected - edge);
        if (Math.abs(actual - expected) <= ALERT_BAND_WIDTHS * halfWidth) {
            return Optional.empty();
        }
        Severity severity = Math.abs(actual - expected) > CRITICAL_BAND_WIDTHS * halfWidth
                ? Severity.CRITICAL : Severity.WARNING;
        return Optional.of(day.alert(below ? AlertKind.SALES_BELOW_FORECAST : AlertKind.SALES_ABOVE_FORECAST,
                severity, day.subject(),
                AlertFigure.money(day.money(actual)),
                AlertFigure.money(day.money(expected)),
                AlertFigure.share(Math.abs(actual - expected) / expected),
                AlertFigure.money(day.money(edge)),
                AlertFigure.time(until == 24 ? LocalTime.MIDNIGHT : LocalTime.of(until, 0))));
    }

    /** The end of the last hour the store traded or was expected to. */
    private static int closingHour(DayForecast forecast, List<TradingHour> dayHours) {
        int last = forecast.hours().stream().mapToInt(HourForecast::hour).max().orElse(23);
        for (TradingHour hour : dayHours) {
            last = Math.max(last, hour.hour());
        }
        return last + 1;
    }

    /**
     * The band for the hours before {@code until}. The day's band scaled to the share of the day
     * expected by then would be too narrow (a part of a day varies more, relatively, than the whole),
     * so each side is at least the hours' own band widths added as independent errors.
     */
    static ForecastBand bandSoFar(DayForecast forecast, int until) {
        ForecastBand day = forecast.day();
        double expected = forecast.expectedBefore(until);
        double share = day.expected() > 0 ? expected / day.expected() : 0;
        double below = 0;
        double above = 0;
        for (HourForecast hour : forecast.hours()) {
            if (hour.hour() < until) {
                below += square(hour.band().expected() - hour.band().low());
                above += square(hour.band().high() - hour.band().expected());
            }
        }
        double low = expected - Math.max((day.expected() - day.low()) * share, Math.sqrt(below));
        double high = expected + Math.max((day.high() - day.expected()) * share, Math.sqrt(above));
        return new ForecastBand(expected, low, high);
    }

    private static double square(double value) {
        return value * value;
    }
}

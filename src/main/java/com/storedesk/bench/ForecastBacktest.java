package com.storedesk.bench;

import static com.storedesk.data.facts.HourlyValues.HOURS;

import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.HourlyValues;
import com.storedesk.data.facts.SalesDays;
import com.storedesk.insight.forecast.DayForecast;
import com.storedesk.insight.forecast.ForecastBand;
import com.storedesk.insight.forecast.ForecastMetric;
import com.storedesk.insight.forecast.ForecastModel;
import com.storedesk.insight.forecast.MetricHistory;
import com.storedesk.insight.forecast.SeasonalNaive;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How good the forecasts are on a store's own recent past: each of its last {@code days} complete
 * days is forecast from the days before it only, by {@link ForecastModel} and by {@link SeasonalNaive},
 * and both are scored by MASE: the mean absolute error divided by the in-sample mean absolute error of
 * the seasonal naive (lag one week) on that day's training history. Hourly over all 24 hours of each
 * day, and daily totals. A store-day counts once; stores count by their days.
 */
public final class ForecastBacktest {

    public static final int DEFAULT_DAYS = 28;
    private static final int WARM_UP_ROUNDS = 10;

    /** @param hoursInBand share of the trading hours whose actual lay inside our hour band */
    public record Score(int days, double hourlyMase, double naiveHourlyMase, double dailyMase, double naiveDailyMase,
            double hoursInBand, double daysInBand) {

        /** Our hourly MASE as a fraction of the seasonal naive's: below 1 is better. */
        public double ratio() {
            return hourlyMase / naiveHourlyMase;
        }
    }

    /** @param score empty when the store has too little history for the backtest */
    public record StoreScore(StoreSummary store, Optional<Score> score) {
    }

    /**
     * @param forecastMillis the model's time per store-day once the history is loaded, ascending (after
     *     an untimed warm-up on the first store's days)
     */
    public record Result(ForecastMetric metric, int days, List<StoreScore> stores, Optional<Score> overall,
            double[] forecastMillis) {

        public double medianMillis() {
            return forecastMillis.length == 0 ? 0 : forecastMillis[forecastMillis.length / 2];
        }

        public double slowestMillis() {
            return forecastMillis.length == 0 ? 0 : forecastMillis[forecastMillis.length - 1];
        }
    }

    private final MetricHistory history;
    private final ForecastModel model;
    private final Clock clock;
    private final int days;

    public ForecastBacktest(MetricHistory history, ForecastModel model, Clock clock, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
        this.history = Objects.requireNonNull(history, "history");
        this.model = Objects.requireNonNull(model, "model");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.days = days;
    }

    /** The history a store needs: the backtest's days and two weeks before the first. */
    public int daysNeeded() {
        return days + ForecastModel.MIN_HISTORY_DAYS;
    }

    /** @param salesDays each store's first and last day of sales; stores without are skipped */
    public Result run(ForecastMetric metric, List<StoreSummary> stores, List<SalesDays> salesDays) {
        Map<Long, SalesDays> spans =
                salesDays.stream().collect(Collectors.toMap(SalesDays::storeId, Function.identity()));
        List<StoreScore> scores = new ArrayList<>();
        Tally overall = new Tally();
        List<Double> millis = new ArrayList<>();
        for (StoreSummary store : stores) {
            Optional<Score> score = Optional.ofNullable(spans.get(store.id()))
                    .flatMap(span -> backtest(metric, store, span, overall, millis));
            scores.add(new StoreScore(store, score));
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(metric, days, List.copyOf(scores), overall.score(), sorted);
    }

    private Optional<Score> backtest(ForecastMetric metric, StoreSummary store, SalesDays span, Tally overall,
            List<Double> millis) {
        LocalDate yesterday = LocalDate.now(clock.withZone(store.timeZone())).minusDays(1);
        LocalDate last = span.last().isBefore(yesterday) ? span.last() : yesterday;
        LocalDate firstTarget = last.minusDays(days - 1L);
        if (span.first().plusDays(ForecastModel.MIN_HISTORY_DAYS).isAfter(firstTarget)) {
            return Optional.empty();
        }
        HourlyValues values = history.read(store.id(), metric, span.first(), last.plusDays(1));
        if (millis.isEmpty()) {
            warmUp(metric, store, values, firstTarget, last);
        }
        NaiveScale scale = new NaiveScale(values);
        Tally tally = new Tally();
        for (LocalDate date = firstTarget; !date.isAfter(last); date = date.plusDays(1)) {
            int index = values.dayIndex(date);
            if (!scale.defined(index)) {
                continue;
            }
            long started = System.nanoTime();
            DayForecast ours = model.forecast(store.id(), metric, values, date);
            millis.add((System.nanoTime() - started) / 1e6);
            DayForecast naive = SeasonalNaive.forecast(store.id(), metric, values, date);
            DayScore day = DayScore.of(values, index, ours, naive, scale);
            tally.add(day);
            overall.add(day);
        }
        return tally.score();
    }

    /** The first store's days once untimed, so the times are not those of a cold JVM. */
    private void warmUp(ForecastMetric metric, StoreSummary store, HourlyValues values, LocalDate first,
            LocalDate last) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
                model.forecast(store.id(), metric, values, date);
            }
        }
    }

    /** MASE's yardstick: the seasonal naive's in-sample mean absolute error on the days before each day. */
    private static final class NaiveScale {

        private final double[] hourlySums;
        private final double[] dailySums;

        NaiveScale(HourlyValues values) {
            int n = values.days();
            hourlySums = new double[n + 1];
            dailySums = new double[n + 1];
            for (int d = 0; d < n; d++) {
                double hourly = 0;
                for (int h = 0; h < HOURS && d >= 7; h++) {
                    hourly += Math.abs(values.get(d, h) - values.get(d - 7, h));
                }
                hourlySums[d + 1] = hourlySums[d] + hourly;
                dailySums[d + 1] = dailySums[d] + (d >= 7 ? Math.abs(values.dayTotal(d) - values.dayTotal(d - 7)) : 0);
            }
        }

        /** The mean absolute hourly error of the lag-one-week forecast on the days before {@code day}. */
        double hourly(int day) {
            return hourlySums[day] / ((day - 7) * (double) HOURS);
        }

        double daily(int day) {
            return dailySums[day] / (day - 7);
        }

        boolean defined(int day) {
            return day > 7 && hourly(day) > 0 && daily(day) > 0;
        }
    }

    private record DayScore(double hourly, double naiveHourly, double daily, double naiveDaily, int hoursInBand,
            int tradingHours, boolean dayInBand) {

        static DayScore of(HourlyValues values, int index, DayForecast ours, DayForecast naive, NaiveScale scale) {
            double oursError = 0;
            double naiveError = 0;
            int inBand = 0;
            int trading = 0;
            for (int h = 0; h < HOURS; h++) {
                long actual = values.get(index, h);
                Optional<ForecastBand> band = ours.hour(h);
                oursError += Math.abs(actual - band.map(ForecastBand::expected).orElse(0.0));
                naiveError += Math.abs(actual - naive.hour(h).map(ForecastBand::expected).orElse(0.0));
                if (band.isPresent() || actual != 0) {
                    trading++;
                    inBand += band.map(b -> b.contains(actual)).orElse(false) ? 1 : 0;
                }
            }
            long total = values.dayTotal(index);
            return new DayScore(oursError / HOURS / scale.hourly(index), naiveError / HOURS / scale.hourly(index),
                    Math.abs(total - ours.day().expected()) / scale.daily(index),
                    Math.abs(total - naive.day().expected()) / scale.daily(index), inBand, trading,
                    ours.day().contains(total));
        }
    }

    private static final class Tally {

        private final double[] sums = new double[4];
        private int days;
        private int hoursInBand;
        private int tradingHours;
        private int daysInBand;

        void add(DayScore day) {
            sums[0] += day.hourly();
            sums[1] += day.naiveHourly();
            sums[2] += day.daily();
            sums[3] += day.naiveDaily();
            days++;
            hoursInBand += day.hoursInBand();
            tradingHours += day.tradingHours();
            daysInBand += day.dayInBand() ? 1 : 0;
        }

        Optional<Score> score() {
            if (days == 0) {
                return Optional.empty();
            }
            double[] mean = Arrays.stream(sums).map(sum -> sum / days).toArray();
            return Optional.of(new Score(days, mean[0], mean[1], mean[2], mean[3],
                    tradingHours == 0 ? 0 : hoursInBand / (double) tradingHours, daysInBand / (double) days));
        }
    }
}

package com.storedesk.insight.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import com.storedesk.app.AppContext;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.HourlyValues;
import com.storedesk.data.facts.StoreHourHistory;
import com.storedesk.testing.SeededDemo;
import com.storedesk.testing.TestInstallation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The forecaster on the seeded demo chain (read only), with the test installations' clock: 23 Nov 2026. */
class HistoryForecasterTest {

    private static final AppContext DEMO = SeededDemo.context();
    private static final Clock CLOCK = Clock.fixed(TestInstallation.NOW, ZoneOffset.UTC);
    private static final StoreHourHistory HISTORY = new StoreHourHistory(DEMO.database());
    private static final ForecastModel MODEL = new ForecastModel(new UsHolidays());

    @ParameterizedTest
    @EnumSource(ForecastMetric.class)
    void forecastsTodayForEveryMetricInTheStoresOwnHours(ForecastMetric metric) {
        HistoryForecaster forecaster = new HistoryForecaster(HISTORY, MODEL, CLOCK);
        StoreSummary mall = store("S02");
        LocalDate today = LocalDate.of(2026, 11, 23);

        DayForecast forecast = forecaster.forecast(mall.id(), today, metric);

        assertThat(forecast.storeId()).isEqualTo(mall.id());
        assertThat(forecast.metric()).isEqualTo(metric);
        assertThat(forecast.day().expected()).isPositive();
        assertThat(forecast.day().low()).isLessThan(forecast.day().expected());
        assertThat(forecast.day().high()).isGreaterThan(forecast.day().expected());
        // The mall opens 10-21 on Mondays: its hours are store-local, not UTC.
        assertThat(forecast.hours()).extracting(HourForecast::hour).first().isEqualTo(10);
        assertThat(forecast.hours()).extracting(HourForecast::hour).last().isEqualTo(20);
        assertThat(forecast.expectedBefore(24)).isCloseTo(forecast.day().expected(), withPercentage(1e-6));
    }

    @Test
    void aPastDayIsForecastFromTheDaysBeforeItOnly() {
        HistoryForecaster forecaster = new HistoryForecaster(HISTORY, MODEL, CLOCK);
        StoreSummary store = store("S03");
        LocalDate today = LocalDate.of(2026, 11, 23);
        LocalDate pastDay = SeededDemo.options().day(-3);
        forecaster.forecast(store.id(), today, ForecastMetric.NET_SALES);

        DayForecast forecast = forecaster.forecast(store.id(), pastDay, ForecastMetric.NET_SALES);

        HourlyValues before = HISTORY.sales(store.id(), pastDay.minusDays(ForecastModel.LOOKBACK_DAYS), pastDay)
                .netMinor();
        assertThat(forecast).isEqualTo(MODEL.forecast(store.id(), ForecastMetric.NET_SALES, before, pastDay));
    }

    @Test
    void aLaterDayIsForecastFromCompleteDaysOnly() {
        HistoryForecaster forecaster = new HistoryForecaster(HISTORY, MODEL, CLOCK);
        StoreSummary store = store("S01");
        LocalDate today = LocalDate.of(2026, 11, 23);
        LocalDate nextWeek = today.plusDays(7);

        DayForecast forecast = forecaster.forecast(store.id(), nextWeek, ForecastMetric.TRANSACTIONS);

        HourlyValues complete = HISTORY.sales(store.id(), today.minusDays(ForecastModel.LOOKBACK_DAYS), today)
                .transactions();
        assertThat(forecast).isEqualTo(MODEL.forecast(store.id(), ForecastMetric.TRANSACTIONS, complete, nextWeek));
        assertThat(forecast.hours()).isNotEmpty();
    }

    @Test
    void anUnknownStoreOrADayBeforeTheHistoryHasNoForecast() {
        HistoryForecaster forecaster = new HistoryForecaster(HISTORY, MODEL, CLOCK);

        DayForecast unknown = forecaster.forecast(-1, LocalDate.of(2026, 11, 23), ForecastMetric.NET_SALES);
        DayForecast early = forecaster.forecast(store("S01").id(), SeededDemo.options().firstHistoryDay().plusDays(3),
                ForecastMetric.NET_SALES);

        assertThat(unknown.hours()).isEmpty();
        assertThat(unknown.day()).isEqualTo(ForecastBand.exactly(0));
        assertThat(early.hours()).isEmpty();
    }

    @Test
    void theAppContextOffersTheForecaster() {
        assertThat(DEMO.forecasts().forecast(store("S04").id(), SeededDemo.options().day(0), ForecastMetric.TRAFFIC_IN)
                .hours()).isNotEmpty();
    }

    private static StoreSummary store(String code) {
        return DEMO.stores().listStores().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }
}

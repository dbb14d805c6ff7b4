package com.storedesk.insight.anomaly;

import static com.storedesk.insight.anomaly.TestStore.DAY;
import static com.storedesk.insight.anomaly.TestStore.USD;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.Money;
import com.storedesk.data.facts.TradingHour;
import com.storedesk.insight.forecast.DayForecast;
import com.storedesk.insight.forecast.ForecastBand;
import com.storedesk.insight.forecast.ForecastMetric;
import com.storedesk.insight.forecast.HourForecast;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SalesForecastRuleTest {

    private final SalesForecastRule rule = new SalesForecastRule();

    /** Ten hours from 9:00 to 19:00, each expected at $1,000 (800-1,200); the day at $10,000 (8,500-11,500). */
    private static final DayForecast FORECAST = new DayForecast(7, DAY, ForecastMetric.NET_SALES,
            new ForecastBand(1_000_000, 850_000, 1_150_000),
            IntStream.range(9, 19).mapToObj(h -> new HourForecast(h, new ForecastBand(100_000, 80_000, 120_000)))
                    .toList());

    @Test
    void aDayInsideTheBandRaisesNothing() {
        assertThat(rule.check(TestStore.complete(DAY), FORECAST, hours(9, 19, 95_000))).isEmpty();
    }

    @Test
    void justOutsideTheBandIsANormalDayNotAnAlert() {
        // 840,000: below the band's 850,000 but within 1.5 half-widths (225,000) of the expected.
        assertThat(rule.check(TestStore.complete(DAY), FORECAST, hours(9, 19, 84_000))).isEmpty();
        assertThat(rule.check(TestStore.complete(DAY), FORECAST, hours(9, 19, 116_000))).isEmpty();
    }

    @Test
    void aDayBelowTheBandSaysByHowMuch() {
        Alert alert = rule.check(TestStore.complete(DAY), FORECAST, hours(9, 19, 70_000)).orElseThrow();

        assertThat(alert.kind()).isEqualTo(AlertKind.SALES_BELOW_FORECAST);
        assertThat(alert.severity()).isEqualTo(Severity.WARNING);
        assertThat(alert.subject().type()).isEqualTo(AlertSubject.Type.STORE);
        assertThat(alert.figures()).containsExactly(
                AlertFigure.money(new Money(700_000, USD)),
                AlertFigure.money(new Money(1_000_000, USD)),
                AlertFigure.share(0.3),
                AlertFigure.money(new Money(850_000, USD)),
                AlertFigure.time(LocalTime.of(19, 0)));
    }

    @Test
    void farBelowTheBandIsCritical() {
        // 40 % of the expected: 600,000 short against a band 150,000 wide.
        Alert alert = rule.check(TestStore.complete(DAY), FORECAST, hours(9, 19, 40_000)).orElseThrow();
        assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void aDayAboveTheBandIsAlertedToo() {
        Alert alert = rule.check(TestStore.complete(DAY), FORECAST, hours(9, 19, 130_000)).orElseThrow();
        assertThat(alert.kind()).isEqualTo(AlertKind.SALES_ABOVE_FORECAST);
        assertThat(alert.figures().get(3)).isEqualTo(AlertFigure.money(new Money(1_150_000, USD)));
    }

    @Test
    void noForecastMeansNoAlert() {
        DayForecast none = new DayForecast(7, DAY, ForecastMetric.NET_SALES, ForecastBand.exactly(0), List.of());
        assertThat(rule.check(TestStore.complete(DAY), none, List.of())).isEmpty();
    }

    @Test
    void todayComparesOnlyTheHoursAlreadyPast() {
        // 13:20: hours 9-12 are past, each at half the forecast; the running hour 13 does not count yet.
        List<TradingHour> soFar = new ArrayList<>(hours(9, 13, 50_000));
        soFar.add(new TradingHour(DAY, 13, 5, 10_000));

        Alert alert = rule.check(TestStore.today(LocalTime.of(13, 20)), FORECAST, soFar).orElseThrow();

        assertThat(alert.kind()).isEqualTo(AlertKind.SALES_BELOW_FORECAST);
        assertThat(alert.figures().get(0)).isEqualTo(AlertFigure.money(new Money(200_000, USD)));
        assertThat(alert.figures().get(1)).isEqualTo(AlertFigure.money(new Money(400_000, USD)));
        assertThat(alert.figures().get(4)).isEqualTo(AlertFigure.time(LocalTime.of(13, 0)));
    }

    @Test
    void todayOnTrackSoFarRaisesNothing() {
        assertThat(rule.check(TestStore.today(LocalTime.of(13, 20)), FORECAST, hours(9, 13, 98_000))).isEmpty();
    }

    @Test
    void tooEarlyInTheDayToJudge() {
        // One hour past, 10 % of the day's sales: a slow first hour says little.
        assertThat(rule.check(TestStore.today(LocalTime.of(10, 30)), FORECAST, hours(9, 10, 10_000))).isEmpty();
    }

    @Test
    void thePartOfTheDayGetsAWiderBandThanTheDayScaledDown() {
        ForecastBand soFar = SalesForecastRule.bandSoFar(FORECAST, 13);
        // Scaled: 400,000 +- 60,000; the four hours' own widths add up to +- 40,000: the wider wins.
        assertThat(soFar.expected()).isEqualTo(400_000);
        assertThat(soFar.low()).isEqualTo(340_000);
        ForecastBand oneHour = SalesForecastRule.bandSoFar(FORECAST, 10);
        // One hour: scaled +- 15,000, its own band +- 20,000.
        assertThat(oneHour.low()).isEqualTo(80_000);
        assertThat(oneHour.high()).isEqualTo(120_000);
    }

    private static List<TradingHour> hours(int from, int until, long netEach) {
        return IntStream.range(from, until).mapToObj(h -> new TradingHour(DAY, h, 20, netEach)).toList();
    }
}

package com.storedesk.insight.anomaly;

import static com.storedesk.insight.anomaly.TestStore.DAY;
import static com.storedesk.insight.anomaly.TestStore.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.facts.TradingHour;
import com.storedesk.data.facts.TrafficInterval;
import com.storedesk.data.facts.TrafficSensor;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SensorDarkRuleTest {

    private static final TrafficSensor DOOR = new TrafficSensor("door-1", 400, at(19, 45));
    /** Open 10:00-20:00 with 20 sales an hour. */
    private static final List<TradingHour> HOURS =
            IntStream.range(10, 20).mapToObj(h -> new TradingHour(DAY, h, 20, 100_000)).toList();

    private final SensorDarkRule rule = new SensorDarkRule();

    @Test
    void anAfternoonWithoutCountsWhileSalesGoOnIsAlerted() {
        List<TrafficInterval> counts = quarters(LocalTime.of(10, 0), LocalTime.of(20, 0), 12,
                LocalTime.of(12, 0), LocalTime.of(18, 0));

        List<Alert> alerts = rule.check(TestStore.complete(DAY), HOURS, List.of(DOOR), counts);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.SENSOR_DARK);
            assertThat(alert.subject()).isEqualTo(AlertSubject.sensor("door-1"));
            assertThat(alert.figures()).containsExactly(AlertFigure.time(LocalTime.of(12, 0)),
                    AlertFigure.time(LocalTime.of(18, 0)), AlertFigure.count(120));
        });
    }

    @Test
    void aSensorCountingEveryQuarterIsFine() {
        List<TrafficInterval> counts = quarters(LocalTime.of(10, 0), LocalTime.of(20, 0), 12, null, null);
        assertThat(rule.check(TestStore.complete(DAY), HOURS, List.of(DOOR), counts)).isEmpty();
    }

    @Test
    void zerosWhileTheStoreSellsCountAsDark() {
        List<TrafficInterval> counts = new ArrayList<>(quarters(LocalTime.of(10, 0), LocalTime.of(20, 0), 12,
                LocalTime.of(14, 0), LocalTime.of(16, 0)));
        counts.addAll(quarters(LocalTime.of(14, 0), LocalTime.of(16, 0), 0, null, null));
        assertThat(rule.check(TestStore.complete(DAY), HOURS, List.of(DOOR), counts)).singleElement()
                .satisfies(alert -> assertThat(alert.figures().get(0))
                        .isEqualTo(AlertFigure.time(LocalTime.of(14, 0))));
    }

    @Test
    void lessThanAnHourDarkIsNotAlerted() {
        List<TrafficInterval> counts = quarters(LocalTime.of(10, 0), LocalTime.of(20, 0), 12,
                LocalTime.of(12, 0), LocalTime.of(12, 45));
        assertThat(rule.check(TestStore.complete(DAY), HOURS, List.of(DOOR), counts)).isEmpty();
    }

    @Test
    void hoursWithoutSalesAreNotOpenHours() {
        // Counts only while open: nothing before 10:00 or after 20:00 is expected.
        List<TrafficInterval> counts = quarters(LocalTime.of(10, 0), LocalTime.of(20, 0), 12, null, null);
        List<TradingHour> withLateRefund = new ArrayList<>(HOURS);
        withLateRefund.add(new TradingHour(DAY, 21, 0, -5_000));
        assertThat(rule.check(TestStore.complete(DAY), withLateRefund, List.of(DOOR), counts)).isEmpty();
    }

    @Test
    void todayOnlyQuartersLongEnoughAgoAreJudged() {
        List<TrafficInterval> morning = quarters(LocalTime.of(10, 0), LocalTime.of(12, 0), 12, null, null);
        List<TradingHour> soFar = HOURS.subList(0, 5);

        // 12:50: only 12:00-12:15 is old enough to judge, less than an hour.
        assertThat(rule.check(TestStore.today(LocalTime.of(12, 50)), soFar, List.of(DOOR), morning)).isEmpty();
        // 14:10: 12:00-13:30 is past the grace period and dark.
        assertThat(rule.check(TestStore.today(LocalTime.of(14, 10)), soFar, List.of(DOOR), morning)).singleElement()
                .satisfies(alert -> assertThat(alert.figures().get(1))
                        .isEqualTo(AlertFigure.time(LocalTime.of(13, 30))));
    }

    @Test
    void hourlyCountsCoverTheirQuarters() {
        List<TrafficInterval> hourly = IntStream.range(10, 20).mapToObj(h -> new TrafficInterval(DAY, "door-1",
                at(h, 0), 60, 50, 48)).toList();
        assertThat(rule.check(TestStore.complete(DAY), HOURS, List.of(DOOR), hourly)).isEmpty();
    }

    @Test
    void aStoreWithoutSensorsHasNothingDark() {
        assertThat(rule.check(TestStore.complete(DAY), HOURS, List.of(), List.of())).isEmpty();
    }

    @Test
    void aSensorWithoutAnIdIsNamedAfterTheStore() {
        TrafficSensor unnamed = new TrafficSensor(null, 400, at(19, 45));
        assertThat(rule.check(TestStore.complete(DAY), HOURS, List.of(unnamed), List.of())).singleElement()
                .satisfies(alert -> assertThat(alert.subject().label()).isEqualTo("Corner Store"));
    }

    /** Quarter-hour counts of {@code visitors} from {@code from} until {@code until}, none in [darkFrom, darkUntil). */
    private static List<TrafficInterval> quarters(LocalTime from, LocalTime until, int visitors, LocalTime darkFrom,
            LocalTime darkUntil) {
        List<TrafficInterval> counts = new ArrayList<>();
        for (LocalTime t = from; t.isBefore(until); t = t.plusMinutes(15)) {
            if (darkFrom == null || t.isBefore(darkFrom) || !t.isBefore(darkUntil)) {
                counts.add(new TrafficInterval(DAY, "door-1", at(t.getHour(), t.getMinute()), 15, visitors, visitors));
            }
        }
        return counts;
    }

    private static Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(ZONE).toInstant();
    }
}

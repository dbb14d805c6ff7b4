package com.storedesk.insight.anomaly;

import com.storedesk.data.facts.TradingHour;
import com.storedesk.data.facts.TrafficInterval;
import com.storedesk.data.facts.TrafficSensor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A door counter that counted nothing for at least {@value #MIN_DARK_QUARTERS} quarter hours in a row
 * while the store was selling. The store table has no opening hours, so the hours with sales are the
 * open hours; a quarter hour counts as dark when the sensor sent no count covering it, or counted
 * nobody coming in. Today, only quarters that ended {@link #REPORTING_GRACE} ago or more are judged:
 * counts arrive a little after their interval ends, and hours that have not happened are not dark.
 */
public final class SensorDarkRule {

    static final int MIN_DARK_QUARTERS = 4;
    /** Fewer sales than this in the dark stretch say too little about people being in the store. */
    static final int MIN_SALES_WHILE_DARK = 5;
    static final Duration REPORTING_GRACE = Duration.ofMinutes(30);
    private static final Duration QUARTER = Duration.ofMinutes(15);

    /**
     * @param dayHours the day's sales per hour
     * @param sensors the counters the store had lately: a sensor that never reported is not missed
     * @param dayIntervals the day's counts from every sensor
     */
    public List<Alert> check(StoreDay day, List<TradingHour> dayHours, List<TrafficSensor> sensors,
            List<TrafficInterval> dayIntervals) {
        List<Quarter> quarters = openQuarters(day, dayHours);
        List<Alert> alerts = new ArrayList<>();
        for (TrafficSensor sensor : sensors) {
            List<TrafficInterval> counts = dayIntervals.stream()
                    .filter(c -> Objects.equals(c.sensorId(), sensor.sensorId())).toList();
            longestDarkRun(quarters, counts).ifPresent(run -> {
                long sales = Math.round(run.stream().mapToDouble(Quarter::sales).sum());
                if (run.size() >= MIN_DARK_QUARTERS && sales >= MIN_SALES_WHILE_DARK) {
                    ZoneId zone = day.store().timeZone();
                    LocalTime from = run.get(0).start().atZone(zone).toLocalTime();
                    LocalTime until = run.get(run.size() - 1).start().plus(QUARTER).atZone(zone).toLocalTime();
                    AlertSubject subject = sensor.sensorId() == null
                            ? new AlertSubject(AlertSubject.Type.SENSOR, "", day.store().name())
                            : AlertSubject.sensor(sensor.sensorId());
                    alerts.add(day.alert(AlertKind.SENSOR_DARK, Severity.WARNING, subject,
                            AlertFigure.time(from), AlertFigure.time(until), AlertFigure.count(sales)));
                }
            });
        }
        return alerts;
    }

    /** A quarter hour of an hour with sales, carrying its share of the hour's sales. */
    private record Quarter(Instant start, double sales) {
    }

    private static List<Quarter> openQuarters(StoreDay day, List<TradingHour> dayHours) {
        Map<Integer, Integer> salesByHour = new TreeMap<>();
        for (TradingHour hour : dayHours) {
            if (hour.date().equals(day.date()) && hour.transactions() > 0) {
                salesByHour.merge(hour.hour(), hour.transactions(), Integer::sum);
            }
        }
        Instant judgedUntil = day.isComplete() ? day.reached() : day.reached().minus(REPORTING_GRACE);
        List<Quarter> quarters = new ArrayList<>();
        salesByHour.forEach((hour, sales) -> {
            ZonedDateTime hourStart = day.date().atTime(hour, 0).atZone(day.store().timeZone());
            for (int q = 0; q < 4; q++) {
                Instant start = hourStart.plus(QUARTER.multipliedBy(q)).toInstant();
                if (!start.plus(QUARTER).isAfter(judgedUntil)) {
                    quarters.add(new Quarter(start, sales / 4.0));
                }
            }
        });
        return quarters;
    }

    /** The longest stretch of back-to-back quarters the sensor left dark. */
    private static Optional<List<Quarter>> longestDarkRun(List<Quarter> quarters, List<TrafficInterval> counts) {
        List<Quarter> longest = List.of();
        List<Quarter> run = new ArrayList<>();
        for (Quarter quarter : quarters) {
            boolean adjacent = !run.isEmpty() && run.get(run.size() - 1).start().plus(QUARTER).equals(quarter.start());
            if (!dark(quarter, counts)) {
                run = new ArrayList<>();
                continue;
            }
            if (!adjacent) {
                run = new ArrayList<>();
            }
            run.add(quarter);
            if (run.size() > longest.size()) {
                longest = run;
            }
        }
        return longest.isEmpty() ? Optional.empty() : Optional.of(longest);
    }

    private static boolean dark(Quarter quarter, List<TrafficInterval> counts) {
        return counts.stream().filter(c -> c.covers(quarter.start())).allMatch(c -> c.visitorsIn() == 0);
    }
}

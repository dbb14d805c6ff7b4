package com.storedesk.insight.kpi;

import com.storedesk.data.facts.HourSales;
import com.storedesk.data.facts.TrafficInterval;
import com.storedesk.data.facts.WorkedShift;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A store-day's inputs to its KPIs: the hourly rollup rows, the door counts and the clocked shifts. */
public record StoreDayFacts(List<HourSales> hours, List<TrafficInterval> traffic, List<WorkedShift> shifts) {

    private static final long HOUR_SECONDS = 3600;

    public StoreDayFacts {
        hours = List.copyOf(hours);
        traffic = List.copyOf(traffic);
        shifts = List.copyOf(shifts);
    }

    /**
     * The day as it stood at {@code cutoff}: later hours and intervals dropped, the one running at
     * the cutoff scaled by the share of it that had passed. A week-old day cut at today's local
     * time is the fair comparison for a day still in progress.
     */
    public StoreDayFacts cutAt(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        List<HourSales> cutHours = new ArrayList<>();
        for (HourSales hour : hours) {
            double share = shareBefore(hour.hourStart(), HOUR_SECONDS, cutoff);
            if (share >= 1) {
                cutHours.add(hour);
            } else if (share > 0) {
                cutHours.add(scaled(hour, share));
            }
        }
        List<TrafficInterval> cutTraffic = new ArrayList<>();
        for (TrafficInterval interval : traffic) {
            double share = shareBefore(interval.start(), interval.minutes() * 60L, cutoff);
            if (share >= 1) {
                cutTraffic.add(interval);
            } else if (share > 0) {
                cutTraffic.add(new TrafficInterval(interval.date(), interval.sensorId(), interval.start(),
                        interval.minutes(), (int) Math.round(interval.visitorsIn() * share),
                        (int) Math.round(interval.visitorsOut() * share)));
            }
        }
        List<WorkedShift> cutShifts = shifts.stream().filter(shift -> shift.clockIn().isBefore(cutoff))
                .map(shift -> shift.clockOut() == null || shift.clockOut().isAfter(cutoff)
                        ? new WorkedShift(shift.clockIn(), cutoff) : shift)
                .toList();
        return new StoreDayFacts(cutHours, cutTraffic, cutShifts);
    }

    /** Hours worked up to {@code until}, shifts still running counted to then. */
    public Duration laborUntil(Instant until) {
        return shifts.stream().map(shift -> shift.workedUntil(until)).reduce(Duration.ZERO, Duration::plus);
    }

    private static double shareBefore(Instant start, long lengthSeconds, Instant cutoff) {
        long seconds = Duration.between(start, cutoff).getSeconds();
        return Math.max(0, Math.min(1, seconds / (double) lengthSeconds));
    }

    private static HourSales scaled(HourSales hour, double share) {
        BigDecimal factor = BigDecimal.valueOf(share);
        return new HourSales(hour.hourStart(), (int) Math.round(hour.transactions() * share),
                hour.units().multiply(factor, MathContext.DECIMAL64).setScale(3, RoundingMode.HALF_EVEN),
                Math.round(hour.grossMinor() * share), Math.round(hour.discountMinor() * share),
                Math.round(hour.refundMinor() * share), Math.round(hour.netMinor() * share),
                Math.round(hour.costMinor() * share));
    }
}

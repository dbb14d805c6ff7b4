package com.storedesk.insight.forecast;

import static com.storedesk.data.facts.HourlyValues.HOURS;

import com.storedesk.data.facts.HourlyValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a holiday did to a store the year before: its total against the same weekday in the three
 * weeks either side (a median, so one odd day does not decide), and which hours it traded.
 *
 * @param ratio the day's total over its usual one: 0 closed, 1.6 a busy eve
 * @param tradedHours the hours that had anything that day
 */
record HolidayEffect(double ratio, boolean[] tradedHours) {

    private static final int AROUND_WEEKS = 3;
    private static final int MIN_USUAL_DAYS = 2;

    /** Empty when the history does not reach last year's holiday or the weeks around it. */
    static Optional<HolidayEffect> lastYear(HourlyValues past, Holiday holiday, HolidayCalendar calendar) {
        Optional<LocalDate> firstDay = past.firstDateWithData();
        Optional<Holiday> before = calendar.find(holiday.key(), holiday.date().getYear() - 1);
        if (firstDay.isEmpty() || before.isEmpty()) {
            return Optional.empty();
        }
        LocalDate then = before.get().date();
        if (then.isBefore(firstDay.get()) || !past.covers(then)) {
            return Optional.empty();
        }
        List<Double> usual = new ArrayList<>();
        for (int week = -AROUND_WEEKS; week <= AROUND_WEEKS; week++) {
            LocalDate day = then.plusWeeks(week);
            if (week != 0 && past.covers(day) && calendar.on(day).isEmpty() && past.dayTotal(day) > 0) {
                usual.add((double) past.dayTotal(day));
            }
        }
        if (usual.size() < MIN_USUAL_DAYS) {
            return Optional.empty();
        }
        double median = Quantiles.median(usual.stream().mapToDouble(Double::doubleValue).toArray());
        boolean[] traded = new boolean[HOURS];
        for (int h = 0; h < HOURS; h++) {
            traded[h] = past.get(then, h) != 0;
        }
        return Optional.of(new HolidayEffect(Math.max(0, past.dayTotal(then) / median), traded));
    }
}

package com.storedesk.insight.forecast;

import com.storedesk.data.facts.HourlyValues;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The last {@value #WINDOW_DAYS} days of a store's history before the forecast date (fewer for a
 * young store), each with its total and its {@link DayKind}. Index {@code k} is the k-th day of the
 * window; the last day of the history has {@code k = size() - 1}.
 */
final class TrainingDays {

    /** Twelve weeks: enough Mondays to learn a Monday, recent enough to be this season's. */
    static final int WINDOW_DAYS = 84;

    private final HourlyValues past;
    private final int start;
    private final double[] totals;
    private final DayKind[] kinds;
    private final int[] weekdays;
    private final boolean[] closedWeekdays = new boolean[7];

    private TrainingDays(HourlyValues past, int start) {
        this.past = past;
        this.start = start;
        int size = past.days() - start;
        this.totals = new double[size];
        this.kinds = new DayKind[size];
        this.weekdays = new int[size];
        int first = size == 0 ? 0 : past.date(start).getDayOfWeek().getValue() - 1;
        for (int k = 0; k < size; k++) {
            weekdays[k] = (first + k) % 7;
        }
    }

    /**
     * @param past the history, ending the day before the forecast date (or earlier)
     * @param firstDay the store's first day with data: days before it are not history
     */
    static TrainingDays of(HourlyValues past, LocalDate firstDay, HolidayCalendar calendar) {
        int start = Math.max(past.dayIndex(firstDay), past.days() - WINDOW_DAYS);
        TrainingDays days = new TrainingDays(past, Math.max(start, 0));
        days.classify(calendar);
        return days;
    }

    private void classify(HolidayCalendar calendar) {
        int[] zeros = new int[7];
        int[] counted = new int[7];
        boolean[] holiday = new boolean[size()];
        for (int k = 0; k < size(); k++) {
            totals[k] = past.dayTotal(start + k);
            holiday[k] = calendar.on(date(k)).isPresent();
            if (!holiday[k]) {
                counted[weekday(k)]++;
                zeros[weekday(k)] += totals[k] <= 0 ? 1 : 0;
            }
        }
        for (int d = 0; d < 7; d++) {
            closedWeekdays[d] = counted[d] > 0 && zeros[d] * 2 > counted[d];
        }
        for (int k = 0; k < size(); k++) {
            kinds[k] = holiday[k] ? DayKind.HOLIDAY
                    : totals[k] > 0 ? DayKind.REGULAR
                    : closedWeekdays[weekday(k)] ? DayKind.WEEKLY_CLOSED : DayKind.CLOSED;
        }
        for (int k = 0; k + 1 < size(); k++) {
            boolean closedNext = kinds[k + 1] == DayKind.CLOSED
                    || kinds[k + 1] == DayKind.HOLIDAY && totals[k + 1] <= 0;
            if (kinds[k] == DayKind.REGULAR && closedNext) {
                kinds[k] = DayKind.EVE;
            }
        }
    }

    int size() {
        return totals.length;
    }

    HourlyValues past() {
        return past;
    }

    /** The index of window day {@code k} in {@link #past()}. */
    int pastIndex(int k) {
        return start + k;
    }

    LocalDate date(int k) {
        return past.date(start + k);
    }

    /** 0 for Monday to 6 for Sunday. */
    int weekday(int k) {
        return weekdays[k];
    }

    double total(int k) {
        return totals[k];
    }

    long value(int k, int hour) {
        return past.get(start + k, hour);
    }

    DayKind kind(int k) {
        return kinds[k];
    }

    /** Weeks from the day after the history to window day {@code k} (negative: the last day is -1/7). */
    double weeksFromEnd(int k) {
        return (start + k - past.days()) / 7.0;
    }

    /** Weeks from the day after the history to {@code date} (0 for the day right after it). */
    double weeksFromEnd(LocalDate date) {
        return (past.dayIndex(date) - past.days()) / 7.0;
    }

    /** Days from window day {@code k} to the end of the history (1 for the last day). */
    int age(int k) {
        return past.days() - (start + k);
    }

    /** Whether most of this weekday's days in the window had nothing: the store does not trade then. */
    boolean closedWeekday(DayOfWeek day) {
        return closedWeekdays[day.getValue() - 1];
    }
}

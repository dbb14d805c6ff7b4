package com.storedesk.insight.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The US days retail trades differently on, placed by rule for any year: the eleven federal holidays
 * (on the day itself: shops do not move a holiday to the Friday or Monday the way offices do), and
 * Easter Sunday, Black Friday, Christmas Eve and New Year's Eve. Whether a store closes, opens
 * short or is busier than usual on them is learned from its own history, not assumed here.
 */
public final class UsHolidays implements HolidayCalendar {

    private final Map<Integer, Map<LocalDate, Holiday>> years = new ConcurrentHashMap<>();

    @Override
    public Optional<Holiday> on(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).get(date));
    }

    @Override
    public Optional<Holiday> find(String key, int year) {
        return year(year).values().stream().filter(h -> h.key().equals(key)).findFirst();
    }

    private Map<LocalDate, Holiday> year(int year) {
        return years.computeIfAbsent(year, UsHolidays::place);
    }

    private static Map<LocalDate, Holiday> place(int year) {
        Map<LocalDate, Holiday> days = new LinkedHashMap<>();
        LocalDate thanksgiving = nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4);
        add(days, "new-years-day", LocalDate.of(year, 1, 1));
        add(days, "martin-luther-king-day", nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
        add(days, "washingtons-birthday", nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
        add(days, "easter-sunday", easterSunday(year));
        add(days, "memorial-day", LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        add(days, "juneteenth", LocalDate.of(year, 6, 19));
        add(days, "independence-day", LocalDate.of(year, 7, 4));
        add(days, "labor-day", nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
        add(days, "columbus-day", nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));
        add(days, "veterans-day", LocalDate.of(year, 11, 11));
        add(days, "thanksgiving", thanksgiving);
        add(days, "black-friday", thanksgiving.plusDays(1));
        add(days, "christmas-eve", LocalDate.of(year, 12, 24));
        add(days, "christmas-day", LocalDate.of(year, 12, 25));
        add(days, "new-years-eve", LocalDate.of(year, 12, 31));
        return Map.copyOf(days);
    }

    private static void add(Map<LocalDate, Holiday> days, String key, LocalDate date) {
        days.put(date, new Holiday(key, date));
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** The Gregorian computus (the anonymous algorithm published by Meeus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}

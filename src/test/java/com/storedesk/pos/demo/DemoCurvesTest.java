package com.storedesk.pos.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.ShiftClocked;
import com.storedesk.core.event.TrafficCounted;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Days and hours are busy when real stores are busy. */
class DemoCurvesTest {

    private final DemoHistory history = DemoHistory.standard();
    private final List<SaleRecorded> sales = history.completedSales();

    @Test
    void peakHoursAreBusierThanTheOpeningHour() {
        for (DemoStore store : history.chain.stores()) {
            Map<Integer, Long> byHour = sales.stream()
                    .filter(s -> s.storeExternalId().equals(store.externalId()))
                    .filter(s -> history.dateOf(s).getDayOfWeek().getValue() <= 5)
                    .collect(Collectors.groupingBy(s -> s.occurredAt().atZone(store.zone()).getHour(),
                            Collectors.counting()));
            int opening = store.profile().openingHours().open(DayOfWeek.WEDNESDAY);
            long peak = byHour.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            assertThat(peak).as(store.code()).isGreaterThan(2 * byHour.get(opening));
            assertThat(byHour.keySet()).as(store.code()).allSatisfy(hour -> assertThat(hour)
                    .isBetween(opening, store.profile().openingHours().close(DayOfWeek.WEDNESDAY) - 1));
        }
    }

    @Test
    void saturdaysAreBusierThanTuesdays() {
        for (DemoStore store : history.chain.stores()) {
            Map<DayOfWeek, Long> byDay = sales.stream()
                    .filter(s -> s.storeExternalId().equals(store.externalId()))
                    .collect(Collectors.groupingBy(s -> history.dateOf(s).getDayOfWeek(), Collectors.counting()));
            assertThat(byDay.get(DayOfWeek.SATURDAY)).as(store.code()).isGreaterThan(byDay.get(DayOfWeek.TUESDAY));
        }
    }

    @Test
    void sundaysCloseEarlier() {
        DemoStore mall = history.store("S02");
        int latest = sales.stream()
                .filter(s -> s.storeExternalId().equals(mall.externalId()))
                .map(s -> s.occurredAt().atZone(mall.zone()))
                .filter(t -> t.getDayOfWeek() == DayOfWeek.SUNDAY)
                .mapToInt(ZonedDateTime::getHour).max().orElseThrow();
        assertThat(latest).isLessThan(18);
    }

    @Test
    void theHolidayIsClosedAndItsEveIsTheBusiestDay() {
        LocalDate holiday = history.options.day(DemoCalendar.HOLIDAY_OFFSET);
        Map<LocalDate, Long> perDay = sales.stream()
                .collect(Collectors.groupingBy(history::dateOf, Collectors.counting()));
        assertThat(perDay).doesNotContainKey(holiday);
        assertThat(history.all(TrafficCounted.class)).noneSatisfy(t -> assertThat(history.dateOf(t)).isEqualTo(holiday));
        assertThat(history.all(ShiftClocked.class)).noneSatisfy(
                s -> assertThat(history.localDate(s.storeExternalId(),
                        s.scheduledStart() != null ? s.scheduledStart() : s.clockIn())).isEqualTo(holiday));
        LocalDate eve = holiday.minusDays(1);
        List<Long> sameWeekday = new ArrayList<>();
        perDay.forEach((day, count) -> {
            if (day.getDayOfWeek() == eve.getDayOfWeek() && !day.equals(eve)) {
                sameWeekday.add(count);
            }
        });
        assertThat(perDay.get(eve)).isGreaterThan((long) (1.3 * DemoHistory.median(sameWeekday)));
    }

    @Test
    void trafficLeadsSalesByOneInterval() {
        DemoStore store = history.store("S03");
        LocalDate day = history.options.day(-3);
        List<TrafficCounted> traffic = history.all(TrafficCounted.class).stream()
                .filter(t -> t.storeExternalId().equals(store.externalId()) && history.dateOf(t).equals(day))
                .toList();
        List<SaleRecorded> daySales = sales.stream()
                .filter(s -> s.storeExternalId().equals(store.externalId()) && history.dateOf(s).equals(day)).toList();
        ZonedDateTime opening = store.opening(day);
        assertThat(traffic.get(0).intervalStart()).isEqualTo(opening.toInstant());
        long firstInterval = daySales.stream()
                .filter(s -> s.occurredAt().isBefore(opening.plusMinutes(15).toInstant())).count();
        assertThat(firstInterval).as("nobody has browsed long enough to pay in the first quarter hour").isZero();
        int visitors = traffic.stream().mapToInt(TrafficCounted::visitorsIn).sum();
        assertThat(traffic.stream().mapToInt(TrafficCounted::visitorsOut).sum()).isEqualTo(visitors);
        assertThat(daySales.size() / (double) visitors).isBetween(0.25, 0.45);
    }
}

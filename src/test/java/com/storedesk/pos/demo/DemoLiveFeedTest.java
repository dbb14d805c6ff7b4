package com.storedesk.pos.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.ShiftClocked;
import com.storedesk.core.event.StockCounted;
import com.storedesk.core.event.TrafficCounted;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Live mode: today so far first, then a steady stream that depends on the seed and the window alone. */
class DemoLiveFeedTest {

    /** Monday 2026-03-16, 11:00 in New York, 10:00 in Chicago: every store is open. */
    private static final Instant ORIGIN = Instant.parse("2026-03-16T15:00:00Z");
    private static final DemoOptions OPTIONS = DemoHistory.options(4, 30);

    private final DemoChain chain = new DemoChain(OPTIONS);

    @Test
    void theCatchUpIsTodayUpToNowAsTheHistoryWouldHaveIt() {
        DemoLiveFeed feed = new DemoLiveFeed(chain, ORIGIN);
        List<SaleRecorded> caughtUp = sales(feed.catchUp());
        assertThat(caughtUp).isNotEmpty().allSatisfy(s -> assertThat(s.updatedAt()).isBeforeOrEqualTo(ORIGIN));
        assertThat(caughtUp).extracting(SaleRecorded::storeExternalId).contains("store-S01", "store-S03");
        List<SaleRecorded> thatDay = sales(new ChainHistory(chain).day(LocalDate.of(2026, 3, 16))).stream()
                .filter(s -> !s.updatedAt().isAfter(ORIGIN)).toList();
        assertThat(caughtUp).isEqualTo(thatDay);
        assertThat(feed.catchUp()).filteredOn(ShiftClocked.class::isInstance).isNotEmpty();
    }

    @Test
    void aWindowGivesTheSameEventsWhetherAskedWholeOrInPieces() {
        Instant end = ORIGIN.plus(Duration.ofMinutes(37));
        List<RetailEvent> whole = new DemoLiveFeed(chain, ORIGIN).between(ORIGIN, end);
        DemoLiveFeed pieces = new DemoLiveFeed(chain, ORIGIN);
        List<RetailEvent> joined = new ArrayList<>();
        Instant from = ORIGIN;
        for (Instant to : List.of(ORIGIN.plusSeconds(1), ORIGIN.plusSeconds(61), ORIGIN.plusSeconds(900),
                ORIGIN.plusSeconds(901), ORIGIN.plusSeconds(1500), end)) {
            joined.addAll(pieces.between(from, to));
            from = to;
        }
        assertThat(whole).hasSizeGreaterThan(200);
        assertThat(sortedIds(joined)).isEqualTo(sortedIds(whole));
        assertThat(Set.copyOf(joined)).isEqualTo(Set.copyOf(whole));
        assertThat(new DemoLiveFeed(chain, ORIGIN).between(ORIGIN.plusSeconds(900), end))
                .as("a window asked out of order replays from the origin")
                .isEqualTo(pieces.between(ORIGIN.plusSeconds(900), end));
    }

    @Test
    void aFewSalesAMinutePerStoreTimesTheSpeed() {
        Instant end = ORIGIN.plus(Duration.ofMinutes(30));
        int normal = distinctSales(new DemoLiveFeed(chain, ORIGIN).between(ORIGIN, end));
        DemoChain fast = new DemoChain(OPTIONS.withSpeed(5));
        int faster = distinctSales(new DemoLiveFeed(fast, ORIGIN).between(ORIGIN, end));
        double perStoreMinute = normal / (4 * 30.0);
        assertThat(perStoreMinute).isBetween(1.5, 2.5);
        assertThat(faster / (double) normal).isBetween(4.0, 6.0);
    }

    @Test
    void itStaysAliveAtNightWithTrafficAndStockEveryQuarterHour() {
        Instant night = Instant.parse("2026-03-17T07:00:00Z");
        DemoLiveFeed feed = new DemoLiveFeed(chain, night);
        List<RetailEvent> hour = feed.between(night, night.plus(Duration.ofHours(1)));
        assertThat(distinctSales(hour)).isGreaterThan(4 * 60);
        List<TrafficCounted> traffic = hour.stream().filter(TrafficCounted.class::isInstance)
                .map(TrafficCounted.class::cast).toList();
        assertThat(traffic).hasSize(4 * 4);
        assertThat(traffic).allSatisfy(t -> assertThat(t.visitorsIn()).isPositive());
        assertThat(hour).filteredOn(StockCounted.class::isInstance).isNotEmpty();
    }

    @Test
    void theQuarterHourEndingAtTheOriginIsReportedOnce() {
        DemoLiveFeed feed = new DemoLiveFeed(chain, ORIGIN);
        List<String> ids = new ArrayList<>();
        feed.catchUp().stream().filter(TrafficCounted.class::isInstance).forEach(e -> ids.add(e.externalId()));
        feed.between(ORIGIN, ORIGIN.plus(Duration.ofMinutes(31))).stream().filter(TrafficCounted.class::isInstance)
                .forEach(e -> ids.add(e.externalId()));
        assertThat(ids).doesNotHaveDuplicates().contains("traffic-S01-202603161045", "traffic-S04-202603160945");
    }

    @Test
    void liveSaleIdsNeverCollideWithHistoryIds() {
        DemoLiveFeed feed = new DemoLiveFeed(chain, ORIGIN);
        Set<String> history = feed.catchUp().stream().filter(SaleRecorded.class::isInstance)
                .map(RetailEvent::externalId).collect(Collectors.toSet());
        List<String> live = sales(feed.between(ORIGIN, ORIGIN.plus(Duration.ofMinutes(20)))).stream()
                .map(SaleRecorded::externalId).toList();
        assertThat(live).isNotEmpty().allSatisfy(id -> assertThat(id).contains("-L").isNotIn(history));
        assertThat(history).allSatisfy(id -> assertThat(id).doesNotContain("-L"));
    }

    /** Every sale version in the events. */
    private static List<SaleRecorded> sales(List<RetailEvent> events) {
        return events.stream().filter(SaleRecorded.class::isInstance).map(SaleRecorded.class::cast).toList();
    }

    private static int distinctSales(List<RetailEvent> events) {
        return (int) sales(events).stream().map(SaleRecorded::externalId).distinct().count();
    }

    private static List<String> sortedIds(List<RetailEvent> events) {
        return events.stream().map(e -> e.getClass().getSimpleName() + ":" + e.externalId()).sorted().toList();
    }
}

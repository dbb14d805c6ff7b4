package com.storedesk.pos.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.event.RetailEvent;
import com.storedesk.pos.HistoryPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same seed and options give the same events, however the days are asked for. */
class DemoDeterminismTest {

    private static final DemoOptions OPTIONS = DemoHistory.options(2, 16);

    @Test
    void sameSeedAndOptionsGiveEqualEvents() {
        List<RetailEvent> first = DemoHistory.pull(OPTIONS).events().toList();
        List<RetailEvent> second = DemoHistory.pull(OPTIONS).events().toList();
        assertThat(first).hasSizeGreaterThan(10_000);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesOtherEvents() {
        List<HistoryPage> first = DemoHistory.pull(OPTIONS).pages;
        List<HistoryPage> other = DemoHistory.pull(OPTIONS.withSeed(43)).pages;
        assertThat(other).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(other.get(i).events()).as("page %d", i).isNotEqualTo(first.get(i).events());
        }
    }

    @Test
    void everyDayGeneratedAloneEqualsThatDayInAFullRun() {
        DemoHistory full = DemoHistory.pull(OPTIONS);
        List<LocalDate> days = full.days();
        for (int i = 0; i < days.size(); i++) {
            try (DemoConnector alone = new DemoConnector(OPTIONS, DemoHistory.CLOCK)) {
                HistoryPage page = alone.pullHistory(days.get(i).toString());
                assertThat(page.events()).as("day %s", days.get(i)).isEqualTo(full.pages.get(i + 1).events());
            }
        }
    }

    @Test
    void daysAskedInAnyOrderComeOutTheSame() {
        DemoHistory full = DemoHistory.pull(OPTIONS);
        List<LocalDate> days = new ArrayList<>(full.days());
        List<Integer> order = List.of(9, 3, 4, 15, 0, 10, 9);
        try (DemoConnector connector = new DemoConnector(OPTIONS, DemoHistory.CLOCK)) {
            for (int i : order) {
                assertThat(connector.pullHistory(days.get(i).toString()).events()).as("day %s", days.get(i))
                        .isEqualTo(full.pages.get(i + 1).events());
            }
        }
    }

    @Test
    void theCatalogAndAssortmentDoNotDependOnTheSeed() {
        DemoChain a = new DemoChain(OPTIONS);
        DemoChain b = new DemoChain(OPTIONS.withSeed(7));
        assertThat(b.catalog().products()).isEqualTo(a.catalog().products());
        assertThat(b.staff().all()).isNotEqualTo(a.staff().all());
    }
}

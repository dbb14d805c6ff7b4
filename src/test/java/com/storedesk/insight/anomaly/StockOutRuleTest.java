package com.storedesk.insight.anomaly;

import static com.storedesk.insight.anomaly.TestStore.DAY;
import static com.storedesk.insight.anomaly.TestStore.USD;
import static com.storedesk.insight.anomaly.TestStore.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.Money;
import com.storedesk.data.facts.SkuDaySales;
import com.storedesk.data.facts.StockFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StockOutRuleTest {

    private final StockOutRule rule = new StockOutRule();

    @Test
    void aBestSellerSilentForTwoTradingDaysIsAlerted() {
        List<Alert> alerts = rule.check(TestStore.complete(DAY), tradingDays(), List.of(
                espresso(2), cheese(0), card(0)));

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.STOCK_OUT);
            assertThat(alert.severity()).isEqualTo(Severity.WARNING);
            assertThat(alert.subject()).isEqualTo(AlertSubject.product("COF-1", "Espresso"));
            assertThat(alert.subject().label()).isEqualTo("Espresso (COF-1)");
            assertThat(alert.figures()).containsExactly(AlertFigure.quantity(30), AlertFigure.count(2),
                    AlertFigure.money(new Money(36_000, USD)));
        });
    }

    @Test
    void threeSilentDaysAreCritical() {
        assertThat(rule.check(TestStore.complete(DAY), tradingDays(), List.of(espresso(3), cheese(0))))
                .singleElement().extracting(Alert::severity).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void oneSilentDayWithoutACountIsLeftAlone() {
        assertThat(rule.check(TestStore.complete(DAY), tradingDays(), List.of(espresso(1), cheese(0)))).isEmpty();
    }

    @Test
    void oneSilentDayAfterACountFoundTheShelfShortIsAlerted() {
        StockFacts counted = withCount(espresso(1), at(DAY, 8), "-152", null);
        assertThat(rule.check(TestStore.complete(DAY), tradingDays(), List.of(counted, cheese(0)))).hasSize(1);
    }

    @Test
    void goodsReceivedAfterTheCountUndoTheEvidence() {
        StockFacts restocked = withCount(espresso(1), at(DAY, 8), "-152", at(DAY, 9));
        assertThat(rule.check(TestStore.complete(DAY), tradingDays(), List.of(restocked, cheese(0)))).isEmpty();
    }

    @Test
    void todayALevelCountedAtZeroWithNoSaleSinceIsAlerted() {
        StockFacts empty = withLevel(espresso(1), "0", at(DAY, 7));
        StoreDay elevenAm = TestStore.today(LocalTime.of(11, 0));

        assertThat(rule.check(elevenAm, tradingDays(), List.of(empty, cheese(0)))).singleElement()
                .satisfies(alert -> assertThat(alert.figures().get(1)).isEqualTo(AlertFigure.count(1)));
        assertThat(rule.check(elevenAm, tradingDays(), List.of(espresso(1), cheese(0))))
                .as("no count: an empty morning so far is not enough").isEmpty();
    }

    @Test
    void aCountAfterTheMomentJudgedIsNotUsed() {
        StockFacts countedLater = withLevel(espresso(1), "0", at(DAY, 15));
        assertThat(rule.check(TestStore.today(LocalTime.of(11, 0)), tradingDays(), List.of(countedLater, cheese(0))))
                .isEmpty();
    }

    @Test
    void beforeTheStoreHasTradedTodayOnlyEarlierDaysCount() {
        NavigableSet<LocalDate> notYetToday = new TreeSet<>(tradingDays().headSet(DAY));
        StoreDay sevenAm = TestStore.today(LocalTime.of(7, 0));

        assertThat(rule.check(sevenAm, notYetToday, List.of(espresso(2), cheese(0)))).isEmpty();
        assertThat(rule.check(sevenAm, notYetToday, List.of(espresso(3), cheese(0)))).singleElement()
                .satisfies(alert -> assertThat(alert.figures().get(1)).isEqualTo(AlertFigure.count(2)));
    }

    @Test
    void cheapOrSlowLinesAreNotWatched() {
        // The card sells daily but is a sliver of sales (not an A item); the machine is an A item but sells
        // about once a day, so a quiet day is no news.
        StockFacts machine = product(4, "GAD-1", "Espresso machine", 1, 50_000, 3);
        assertThat(rule.check(TestStore.complete(DAY), tradingDays(), List.of(machine, espresso(0), card(3))))
                .isEmpty();
    }

    @Test
    void aShortHistoryIsNotEnough() {
        NavigableSet<LocalDate> fewDays = new TreeSet<>(tradingDays().tailSet(DAY.minusDays(5)));
        assertThat(rule.check(TestStore.complete(DAY), fewDays, List.of(espresso(3), cheese(0)))).isEmpty();
    }

    @Test
    void aItemsAreTheBestSellersMakingUpHalfTheSales() {
        // Espresso 36,000 a day (37 %), cheese 30,000 (31 %), tea 25,000, card 800: the first two make half.
        List<StockFacts> products = List.of(espresso(0), cheese(0), product(5, "TEA-1", "Tea", 25, 1_000, 0), card(0));
        assertThat(StockOutRule.aItems(products, DAY.minusDays(28), DAY)).containsExactlyInAnyOrder(1L, 2L);
    }

    private static StockFacts espresso(int silentDays) {
        return product(1, "COF-1", "Espresso", 30, 1_200, silentDays);
    }

    private static StockFacts cheese(int silentDays) {
        return product(2, "CHE-1", "Cheese", 20, 1_500, silentDays);
    }

    private static StockFacts card(int silentDays) {
        return product(3, "GIF-1", "Card", 8, 100, silentDays);
    }

    /** Sells {@code perDay} units, one a sale, on the 28 days before and on the day, but not the last {@code silentDays}. */
    private static StockFacts product(long id, String sku, String name, int perDay, long unitNet, int silentDays) {
        List<SkuDaySales> sales = new ArrayList<>();
        for (int i = 28; i >= silentDays; i--) {
            sales.add(new SkuDaySales(DAY.minusDays(i), perDay, BigDecimal.valueOf(perDay), perDay * unitNet));
        }
        return new StockFacts(id, sku, name, BigDecimal.TEN, null, null, null, null, sales);
    }

    private static StockFacts withCount(StockFacts product, Instant countAt, String delta, Instant receivedAt) {
        return new StockFacts(product.productId(), product.sku(), product.name(), product.onHand(), null, receivedAt,
                countAt, new BigDecimal(delta), product.sales());
    }

    private static StockFacts withLevel(StockFacts product, String onHand, Instant countedAt) {
        return new StockFacts(product.productId(), product.sku(), product.name(), new BigDecimal(onHand), countedAt,
                null, null, null, product.sales());
    }

    private static NavigableSet<LocalDate> tradingDays() {
        NavigableSet<LocalDate> days = new TreeSet<>();
        for (int i = 0; i <= 28; i++) {
            days.add(DAY.minusDays(i));
        }
        return days;
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(ZONE).toInstant();
    }
}

package com.storedesk.pos.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.MovementType;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StockMoved;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.CommandLedger;
import com.storedesk.pos.ExecutionResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Approved actions applied to the demo chain: once per key, across restarts, in the sales that follow. */
class DemoActionsTest {

    private static final Instant NOW = Instant.parse("2026-03-16T15:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(3));
    private static final DemoOptions OPTIONS = DemoHistory.options(2, 30);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final CommandLedger ledger = CommandLedger.inMemory();
    private final DemoConnector connector = new DemoConnector(OPTIONS, CLOCK, ledger);

    @Test
    void aKeyAppliesOnceEvenAfterARestart() {
        String sku = bestSeller("store-S01");
        long price = connector.livePriceMinor("store-S01", sku, NOW);
        ActionCommand markdown = new ActionCommand("key-1", "store-S01",
                new ActionCommand.TemporaryPrice(sku, price / 2, LATER));

        assertThat(connector.execute(markdown).outcome()).isEqualTo(ExecutionResult.Outcome.APPLIED);
        assertThat(connector.execute(markdown).outcome()).isEqualTo(ExecutionResult.Outcome.ALREADY_APPLIED);
        assertThat(ledger.entries(DemoConnector.SOURCE)).hasSize(1);

        DemoConnector restarted = new DemoConnector(OPTIONS, CLOCK, ledger);
        assertThat(restarted.livePriceMinor("store-S01", sku, NOW.plusSeconds(60))).isEqualTo(price / 2);
        assertThat(restarted.livePriceMinor("store-S01", sku, LATER)).isEqualTo(price);
        assertThat(restarted.livePriceMinor("store-S02", sku, NOW.plusSeconds(60))).isEqualTo(price);
        assertThat(restarted.execute(markdown).outcome()).isEqualTo(ExecutionResult.Outcome.ALREADY_APPLIED);
        assertThat(ledger.entries(DemoConnector.SOURCE)).hasSize(1);
    }

    @Test
    void laterLiveSalesChargeTheMarkedDownPriceInThatStoreOnly() {
        String sku = bestSeller("store-S01");
        long price = connector.livePriceMinor("store-S01", sku, NOW);
        connector.execute(new ActionCommand("key-2", "store-S01", new ActionCommand.TemporaryPrice(sku, 99, LATER)));
        DemoChanges changes = new DemoChanges();
        ledger.entries(DemoConnector.SOURCE).forEach(changes::apply);

        List<SaleRecorded.Line> s01 = lines(new DemoLiveFeed(new DemoChain(OPTIONS), NOW, changes)
                .between(NOW, LATER), "store-S01", sku);
        List<SaleRecorded.Line> s02 = lines(new DemoLiveFeed(new DemoChain(OPTIONS), NOW, changes)
                .between(NOW, LATER), "store-S02", sku);

        assertThat(s01).isNotEmpty().allSatisfy(line -> assertThat(line.unitPriceMinor()).isEqualTo(99));
        assertThat(s02).isNotEmpty().allSatisfy(line -> assertThat(line.unitPriceMinor()).isEqualTo(price));
    }

    @Test
    void aClearanceDiscountsEachLineOfTheProductUntilItEnds() {
        String sku = bestSeller("store-S01");
        connector.execute(new ActionCommand("key-3", "store-S01",
                new ActionCommand.Discount(sku, BigDecimal.TEN, NOW.plus(Duration.ofHours(1)))));
        DemoChanges changes = new DemoChanges();
        ledger.entries(DemoConnector.SOURCE).forEach(changes::apply);

        List<SaleRecorded> sales = new DemoLiveFeed(new DemoChain(OPTIONS), NOW, changes).between(NOW, LATER).stream()
                .filter(SaleRecorded.class::isInstance).map(SaleRecorded.class::cast)
                .filter(sale -> sale.storeExternalId().equals("store-S01")).toList();
        List<SaleRecorded> withIt = sales.stream().filter(sale -> sale.lines().stream()
                .anyMatch(line -> line.productExternalId().equals("prod-" + sku))).toList();

        assertThat(withIt).filteredOn(sale -> sale.occurredAt().isBefore(NOW.plus(Duration.ofHours(1))))
                .isNotEmpty().allSatisfy(sale -> assertThat(sale.discounts())
                        .anyMatch(d -> d.name().equals(SaleMaker.CLEARANCE)
                                && d.percent().compareTo(BigDecimal.TEN) == 0));
        assertThat(sales).filteredOn(sale -> !sale.occurredAt().isBefore(NOW.plus(Duration.ofHours(1))))
                .allSatisfy(sale -> assertThat(sale.discounts()).noneMatch(d -> d.name().equals(SaleMaker.CLEARANCE)));
    }

    @Test
    void aStockAdjustmentIsOneMovementWhicheverWindowsTheFeedIsAsked() {
        String sku = bestSeller("store-S01");
        connector.execute(new ActionCommand("key-4", "store-S01",
                new ActionCommand.StockAdjustment(sku, BigDecimal.valueOf(-3))));
        DemoChanges changes = new DemoChanges();
        ledger.entries(DemoConnector.SOURCE).forEach(changes::apply);
        DemoLiveFeed feed = new DemoLiveFeed(new DemoChain(OPTIONS), NOW, changes);

        List<RetailEvent> first = feed.between(NOW, NOW.plusSeconds(600));
        List<RetailEvent> again = feed.between(NOW, NOW.plusSeconds(1200));

        for (List<RetailEvent> window : List.of(first, again)) {
            assertThat(window).filteredOn(StockMoved.class::isInstance).map(StockMoved.class::cast)
                    .filteredOn(move -> move.type() == MovementType.ADJUSTMENT).singleElement()
                    .satisfies(move -> {
                        assertThat(move.externalId()).isEqualTo("move-adj-key-4");
                        assertThat(move.quantityDelta()).isEqualByComparingTo("-3");
                    });
        }
    }

    @Test
    void whatTheChainDoesNotHaveIsRefusedAndNotRecorded() {
        ExecutionResult result = connector.execute(new ActionCommand("key-5", "store-S01",
                new ActionCommand.PermanentPrice("NO-SUCH-SKU", 100)));

        assertThat(result.outcome()).isEqualTo(ExecutionResult.Outcome.REFUSED);
        assertThat(result.reason()).contains("NO-SUCH-SKU");
        assertThat(ledger.entries(DemoConnector.SOURCE)).isEmpty();
    }

    /** The product most often on S01's live sales in the next three hours, so the test always sees it sold. */
    private static String bestSeller(String store) {
        Map<String, Long> counts = new DemoLiveFeed(new DemoChain(OPTIONS), NOW).between(NOW, LATER).stream()
                .filter(SaleRecorded.class::isInstance).map(SaleRecorded.class::cast)
                .filter(sale -> sale.storeExternalId().equals(store))
                .flatMap(sale -> sale.lines().stream()).map(SaleRecorded.Line::productExternalId)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()
                .substring("prod-".length());
    }

    private static List<SaleRecorded.Line> lines(List<RetailEvent> events, String store, String sku) {
        return events.stream().filter(SaleRecorded.class::isInstance).map(SaleRecorded.class::cast)
                .filter(sale -> sale.storeExternalId().equals(store)).flatMap(sale -> sale.lines().stream())
                .filter(line -> line.productExternalId().equals("prod-" + sku))
                .sorted(Comparator.comparing(SaleRecorded.Line::lineNo)).toList();
    }
}

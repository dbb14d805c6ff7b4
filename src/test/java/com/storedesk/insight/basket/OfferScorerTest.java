package com.storedesk.insight.basket;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.facts.CatalogItem;
import com.storedesk.data.facts.SaleBasket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scorer on a hand-made history: what it offers, what it leaves out, and why it says so. */
class OfferScorerTest {

    private static final long STORE = 1;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static final List<CatalogItem> CATALOG = List.of(
            new CatalogItem(1, "COF-1", "House Beans", "Coffee & Tea"),
            new CatalogItem(2, "COF-2", "Espresso Pods", "Coffee & Tea"),
            new CatalogItem(3, "BAK-1", "Butter Croissant", "Bakery"),
            new CatalogItem(4, "BAK-2", "Blueberry Muffin", "Bakery"),
            new CatalogItem(5, "CHE-1", "Brie", "Cheese & Deli"),
            new CatalogItem(6, "WIN-1", "Rioja", "Wine & Spirits"),
            new CatalogItem(7, "GAD-1", "Burr Grinder", "Small Electronics & Gadgets"),
            new CatalogItem(8, "GIF-1", "Linen Notebook", "Gifts & Stationery"));

    private BasketStats stats;
    private List<SaleBasket> history;
    private long saleIds;

    @BeforeEach
    void chain() {
        stats = new BasketStats(CATALOG);
        history = new ArrayList<>();
        repeat(300, null, 3);
        repeat(100, null, 5, 6);
        repeat(60, null, 1);
        repeat(60, null, 2);
        repeat(40, null, 4);
        repeat(40, null, 8);
        // Forty members buy a croissant twice (people re-buy it), forty others a grinder once.
        for (long member = 100; member < 140; member++) {
            add(member, 3);
            add(member, 3);
        }
        for (long member = 200; member < 240; member++) {
            add(member, 7);
            add(member, 8);
        }
    }

    @Test
    void whatTheCustomerBoughtIsOfferedAgainOnlyWhenPeopleRebuyIt() {
        assertThat(stats.rebuyRate(item(3))).isEqualTo(1.0);
        assertThat(stats.rebuyRate(item(7))).isZero();

        List<OfferScorer.Scored> ranked = rank(sale(1, 3), sale(2, 7));

        assertThat(products(ranked)).doesNotContain(7L).contains(3L);
        OfferScorer.Scored croissant = ranked.stream().filter(s -> s.item() == item(3)).findFirst().orElseThrow();
        assertThat(croissant.reason().kind()).isEqualTo(OfferReason.Kind.BUYS_AGAIN);
        assertThat(croissant.reason().anchorDate()).isEqualTo(DAY.plusDays(1));
        assertThat(ranked.get(0).item()).as("bought every time by those who bought it once").isEqualTo(item(3));
    }

    @Test
    void aProductThatGoesWithOneTheyBoughtSaysWhichAndWhen() {
        List<OfferScorer.Scored> ranked = rank(sale(4, 6));

        OfferScorer.Scored brie = ranked.stream().filter(s -> s.item() == item(5)).findFirst().orElseThrow();
        assertThat(brie.reason().kind()).isEqualTo(OfferReason.Kind.BOUGHT_WITH);
        assertThat(brie.reason().anchor().name()).isEqualTo("Rioja");
        assertThat(brie.reason().anchorDate()).isEqualTo(DAY.plusDays(4));
        assertThat(brie.reason().lift()).isGreaterThan(OfferScorer.REASON_LIFT);
        assertThat(products(ranked)).as("wine is not re-bought here").doesNotContain(6L);
    }

    @Test
    void aCategoryTheyBuyMoreOfRaisesItsProductsAboveBetterSellers() {
        List<OfferScorer.Scored> plain = rank(sale(1, 8));
        SaleBasket[] pods = new SaleBasket[15];
        for (int i = 0; i < pods.length; i++) {
            pods[i] = sale(1 + i % 9, 2);
        }
        List<OfferScorer.Scored> coffeeLover = rank(pods);

        assertThat(position(plain, 1)).isGreaterThan(position(plain, 3));
        assertThat(position(coffeeLover, 1)).as("beans before the croissant").isLessThan(position(coffeeLover, 3));
        OfferScorer.Scored beans = coffeeLover.get(position(coffeeLover, 1));
        assertThat(beans.reason().kind()).isEqualTo(OfferReason.Kind.FAVOURITE_CATEGORY);
        assertThat(beans.reason().category()).isEqualTo("Coffee & Tea");
    }

    @Test
    void theYardstickIsTheBestSellersNotBought() {
        CustomerHistory bought = new CustomerHistory(stats, List.of(sale(1, 3)), DAY.plusDays(10));

        List<OfferScorer.Scored> popular = new OfferScorer(stats).popular(bought);

        assertThat(products(popular).subList(0, 3)).containsExactly(5L, 6L, 8L);
        assertThat(products(popular)).doesNotContain(3L);
    }

    @Test
    void olderSalesWeighLess() {
        CustomerHistory history = new CustomerHistory(stats, List.of(sale(0, 1), sale(30, 2)), DAY.plusDays(30));

        assertThat(history.weight(item(2))).isEqualTo(1.0);
        assertThat(history.weight(item(1))).isEqualTo(0.5);
        assertThat(history.lastBought(item(1))).isEqualTo(DAY);
        assertThat(history.sales()).isEqualTo(2);
    }

    private List<OfferScorer.Scored> rank(SaleBasket... baskets) {
        return new OfferScorer(stats).rank(new CustomerHistory(stats, Arrays.asList(baskets), DAY.plusDays(10)),
                STORE);
    }

    private SaleBasket sale(int day, long... products) {
        return new SaleBasket(++saleIds, STORE, 999L, Instant.parse("2026-11-01T12:00:00Z").plusSeconds(day * 86_400L),
                DAY.plusDays(day), Arrays.stream(products).boxed().toList());
    }

    private void repeat(int times, Long member, long... products) {
        for (int i = 0; i < times; i++) {
            add(member, products);
        }
    }

    private void add(Long member, long... products) {
        SaleBasket basket = new SaleBasket(++saleIds, STORE, member, Instant.parse("2026-10-01T12:00:00Z"),
                LocalDate.of(2026, 10, 1), Arrays.stream(products).boxed().toList());
        stats.add(basket);
        history.add(basket);
    }

    private int item(long productId) {
        Optional<Integer> item = stats.item(productId);
        return item.orElseThrow();
    }

    private List<Long> products(List<OfferScorer.Scored> ranked) {
        return ranked.stream().map(s -> stats.catalogItem(s.item()).id()).toList();
    }

    private int position(List<OfferScorer.Scored> ranked, long productId) {
        List<Long> products = products(ranked);
        return products.indexOf(productId);
    }
}

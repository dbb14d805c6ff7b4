package com.storedesk.pos.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.event.SaleRecorded;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Items that go together show up together more often than chance. */
class DemoAffinityTest {

    private final DemoHistory history = DemoHistory.standard();
    private final Map<String, DemoProduct> products = new HashMap<>();
    private final List<SaleRecorded> sales = history.completedSales();

    DemoAffinityTest() {
        history.chain.catalog().products().forEach(p -> products.put(p.externalId(), p));
    }

    @Test
    void coffeeBuyersTakeMugsAndFrothers() {
        assertLift(category(DemoCategory.COFFEE_TEA), tag("mug"), 2.0);
        assertLift(tag("bean"), tag("frother"), 2.0);
    }

    @Test
    void wineCheeseAndCrackersGoTogether() {
        assertLift(category(DemoCategory.WINE_SPIRITS), category(DemoCategory.CHEESE_DELI), 1.8);
        assertLift(category(DemoCategory.CHEESE_DELI), tag("cracker"), 2.0);
    }

    @Test
    void chocolateComesWithACardOrWrapping() {
        assertLift(category(DemoCategory.CHOCOLATE_SWEETS), tag("card").or(tag("wrap")), 1.8);
    }

    /** P(target | basket has the anchor) against P(target | basket has not). */
    private void assertLift(Predicate<DemoProduct> anchor, Predicate<DemoProduct> target, double atLeast) {
        long with = 0;
        long withTarget = 0;
        long without = 0;
        long withoutTarget = 0;
        for (SaleRecorded sale : sales) {
            List<DemoProduct> basket = sale.lines().stream().map(l -> products.get(l.productExternalId())).toList();
            boolean hasAnchor = basket.stream().anyMatch(anchor);
            boolean hasTarget = basket.stream().anyMatch(target.and(anchor.negate()));
            if (hasAnchor) {
                with++;
                withTarget += hasTarget ? 1 : 0;
            } else {
                without++;
                withoutTarget += hasTarget ? 1 : 0;
            }
        }
        double conditional = withTarget / (double) with;
        double baseline = withoutTarget / (double) without;
        assertThat(conditional / baseline).isGreaterThan(atLeast);
    }

    private static Predicate<DemoProduct> category(DemoCategory category) {
        return p -> p.category() == category;
    }

    private static Predicate<DemoProduct> tag(String tag) {
        return p -> p.tags().contains(tag);
    }
}

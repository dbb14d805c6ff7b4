package com.storedesk.pos.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.DiscountType;
import com.storedesk.core.event.SaleRecorded;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Promotions discount automatically, and shoppers buy noticeably more of what is on promotion. */
class DemoPromotionTest {

    private final DemoHistory history = DemoHistory.standard();
    private final List<SaleRecorded> sales = history.completedSales();

    @Test
    void everyPromotionInsideTheHistoryLiftsItsUnits() {
        Map<String, DemoProduct> products = new HashMap<>();
        history.chain.catalog().products().forEach(p -> products.put(p.externalId(), p));
        List<Promotion> promotions = history.chain.calendar().promotions().stream()
                .filter(p -> !p.firstDay().isBefore(history.options.firstHistoryDay().plusDays(14))).toList();
        assertThat(promotions).hasSizeGreaterThanOrEqualTo(3);
        for (Promotion promotion : promotions) {
            Predicate<SaleRecorded.Line> promoted = line -> promotion.appliesTo(products.get(line.productExternalId()));
            double during = share(promoted, promotion.firstDay(), promotion.lastDay());
            double before = share(promoted, promotion.firstDay().minusDays(14), promotion.firstDay().minusDays(1));
            assertThat(during / before).as(promotion.name()).isGreaterThan(1.4);
        }
    }

    @Test
    void promotionDiscountsAreAutomaticAndOnlyWhileThePromotionRuns() {
        Promotion candles = history.chain.calendar().promotions().stream()
                .filter(p -> p.category() == DemoCategory.HOME_FRAGRANCE).findFirst().orElseThrow();
        List<SaleRecorded.Discount> discounts = sales.stream()
                .flatMap(s -> s.discounts().stream())
                .filter(d -> d.name().equals(candles.name()))
                .toList();
        assertThat(discounts).isNotEmpty().allSatisfy(d -> {
            assertThat(d.appliedByExternalId()).isNull();
            assertThat(d.type()).isEqualTo(DiscountType.PERCENT);
            assertThat(d.percent()).isEqualByComparingTo("20");
            assertThat(d.lineNo()).isNotNull();
        });
        assertThat(sales.stream().filter(s -> s.discounts().stream().anyMatch(d -> d.name().equals(candles.name()))))
                .allSatisfy(s -> assertThat(candles.runsOn(history.dateOf(s))).isTrue());
    }

    /** Promoted lines per sale line in the period. */
    private double share(Predicate<SaleRecorded.Line> promoted, LocalDate from, LocalDate to) {
        long all = 0;
        long hits = 0;
        for (SaleRecorded sale : sales) {
            LocalDate day = history.dateOf(sale);
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            for (SaleRecorded.Line line : sale.lines()) {
                all++;
                if (promoted.test(line)) {
                    hits++;
                }
            }
        }
        return hits / (double) all;
    }
}

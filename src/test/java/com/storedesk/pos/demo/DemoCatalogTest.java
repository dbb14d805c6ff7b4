package com.storedesk.pos.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.core.event.SaleRecorded;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCatalogTest {

    private final DemoCatalog catalog = DemoCatalog.load();

    @Test
    void twelveCategoriesOfAboutTwentyFiveProductsWithSkusLikeCof0012() {
        Map<DemoCategory, Long> perCategory = catalog.products().stream()
                .collect(Collectors.groupingBy(DemoProduct::category, Collectors.counting()));
        assertThat(perCategory).hasSize(12);
        assertThat(perCategory.values()).allSatisfy(n -> assertThat(n).isBetween(18L, 30L));
        assertThat(catalog.products()).extracting(DemoProduct::sku).doesNotHaveDuplicates()
                .allSatisfy(sku -> assertThat(sku).matches("[A-Z]{3}-\\d{4}"));
        assertThat(catalog.bySku("COF-0012").name()).isEqualTo("Espresso Pods Intenso 20 ct");
    }

    @Test
    void everyGtinIsAnInStoreEan13WithItsCheckDigit() {
        assertThat(catalog.products()).extracting(DemoProduct::gtin).doesNotHaveDuplicates().allSatisfy(gtin -> {
            assertThat(gtin).matches("2\\d{12}");
            assertThat(Gtin.isValid(gtin)).isTrue();
        });
    }

    @Test
    void checkDigitsMatchPublishedExamples() {
        assertThat(Gtin.ean13("400638133393")).isEqualTo("4006381333931");
        assertThat(Gtin.ean13("590123412345")).isEqualTo("5901234123457");
        assertThat(Gtin.isValid("4006381333932")).isFalse();
        assertThatThrownBy(() -> Gtin.ean13("12345")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void perishablesKeepDaysAndSomeGoodsAreHighValue() {
        assertThat(catalog.products()).allSatisfy(p -> {
            assertThat(p.shelfLifeDays() != null).isEqualTo(p.category().perishable());
            assertThat(p.costMinor()).isLessThan(p.priceMinor());
        });
        assertThat(catalog.in(DemoCategory.BAKERY)).allSatisfy(p -> assertThat(p.shelfLifeDays()).isBetween(1, 3));
        assertThat(catalog.in(DemoCategory.CHEESE_DELI)).anySatisfy(p -> assertThat(p.weighed()).isTrue());
        List<DemoProduct> expensive = catalog.products().stream().filter(p -> p.priceMinor() >= 10_000).toList();
        assertThat(expensive).extracting(DemoProduct::category)
                .contains(DemoCategory.WINE_SPIRITS, DemoCategory.GADGETS);
    }

    @Test
    void weighedGoodsRoundLikeTheSaleLine() {
        DemoProduct cheddar = catalog.products().stream().filter(DemoProduct::weighed).findFirst().orElseThrow();
        for (long milli = 100; milli <= 1500; milli += 7) {
            var line = new SaleRecorded.Line(1, cheddar.externalId(),
                    DemoProduct.quantity(milli), cheddar.priceMinor(), 0, null);
            assertThat(cheddar.grossMinor(milli)).isEqualTo(line.grossMinor());
        }
    }
}

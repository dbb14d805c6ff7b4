package com.storedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.CatalogProduct;
import com.storedesk.data.facts.SkuStock;
import com.storedesk.data.facts.StoreStockRepository;
import com.storedesk.planogram.model.Gtin;
import com.storedesk.planogram.model.Planogram;
import com.storedesk.planogram.model.PlanogramPosition;
import com.storedesk.pos.demo.DemoConnector;
import com.storedesk.testing.SeededDemo;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every position of the shipped coffee and chocolate bays is a product of the demo catalog as it
 * arrives through ingest: the same SKU and GTIN, a name, a price, and stock in every demo store,
 * so the planogram screen names each position and a check can say refill or reorder.
 */
class DemoPlanogramCatalogTest {

    @Test
    void everyShippedBayPositionIsADemoProductWithANamePriceAndStock() {
        AppContext demo = SeededDemo.context();
        Map<String, CatalogProduct> catalog = new com.storedesk.data.facts.CatalogRepository(demo.database())
                .activeProducts().stream().filter(p -> p.source().equals(DemoConnector.SOURCE))
                .collect(Collectors.toMap(CatalogProduct::sku, Function.identity(), (a, b) -> a));
        List<StoreSummary> stores = demo.stores().listStores().stream()
                .filter(store -> store.source().equals(DemoConnector.SOURCE)).toList();
        StoreStockRepository stock = new StoreStockRepository(demo.database());
        List<Planogram> bays = DemoPlanograms.shipped();
        assertThat(bays).extracting(Planogram::fixture).containsExactly("S01-COFFEE-1", "S01-CHOCOLATE-1");

        SoftAssertions softly = new SoftAssertions();
        for (Planogram bay : bays) {
            for (PlanogramPosition position : bay.positions()) {
                CatalogProduct product = catalog.get(position.sku());
                softly.assertThat(product).as("%s in the demo catalog", position.sku()).isNotNull();
                if (product == null) {
                    continue;
                }
                softly.assertThat(Gtin.parse(product.gtin())).as("%s's GTIN", position.sku())
                        .contains(position.gtin());
                softly.assertThat(product.name()).as("%s's name", position.sku()).isNotBlank()
                        .doesNotContain(position.sku());
                softly.assertThat(product.priceMinor()).as("%s's price", position.sku()).isPositive();
                softly.assertThat(product.category()).as("%s's category", position.sku())
                        .isIn("Coffee & Tea", "Chocolate & Sweets");
                List<Long> stocked = stock.bySku(position.sku()).stream().map(SkuStock::storeId).toList();
                softly.assertThat(stocked).as("%s stocked in every demo store", position.sku())
                        .containsAll(stores.stream().map(StoreSummary::id).toList());
            }
        }
        softly.assertAll();
    }
}

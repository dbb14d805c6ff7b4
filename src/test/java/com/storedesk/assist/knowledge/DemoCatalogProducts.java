package com.storedesk.assist.knowledge;

import com.storedesk.core.event.ProductUpserted;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.data.facts.CatalogProduct;
import com.storedesk.pos.HistoryPage;
import com.storedesk.pos.demo.DemoConnector;
import com.storedesk.pos.demo.DemoOptions;
import com.storedesk.testing.TestInstallation;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo chain's catalog as the database would hold it after a sync: the products of the demo
 * connector's reference data, without a database.
 */
final class DemoCatalogProducts {

    private DemoCatalogProducts() {
    }

    static List<CatalogProduct> load() {
        Clock clock = Clock.fixed(TestInstallation.NOW, ZoneOffset.UTC);
        try (DemoConnector demo = new DemoConnector(DemoOptions.defaults(clock).withStores(1).withDays(1), clock)) {
            List<CatalogProduct> products = new ArrayList<>();
            String cursor = null;
            do {
                HistoryPage page = demo.pullHistory(cursor);
                for (RetailEvent event : page.events()) {
                    if (event instanceof ProductUpserted p && p.active()) {
                        products.add(new CatalogProduct(p.source(), p.sku(), p.gtin(), p.name(), p.category(),
                                p.unitOfMeasure(), p.priceMinor(), p.currency(), p.perishable(), p.shelfLifeDays()));
                    }
                }
                cursor = products.isEmpty() && !page.isLast() ? page.nextCursor() : null;
            } while (cursor != null);
            return products;
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }
}

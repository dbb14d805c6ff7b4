package com.storedesk.data.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.Database;
import com.storedesk.data.entity.Product;
import com.storedesk.data.entity.StockLevel;
import com.storedesk.data.entity.Store;
import java.math.BigDecimal;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** One product's stock in every store, on whichever database {@link #openDatabase} opens. */
abstract class StoreStockFacts {

    abstract Database openDatabase();

    @Test
    void everyStoreKeepingTheProductIsListedInCodeOrderWhateverTheSkusCase() {
        try (Database database = openDatabase()) {
            database.writeVoid(session -> {
                Store second = FactsDatabase.store(session, "S02");
                Store first = FactsDatabase.store(session, "S01");
                Store third = FactsDatabase.store(session, "S03");
                Product press = FactsDatabase.product(session, "KIT-0001", "French Press 34 oz");
                Product grinder = FactsDatabase.product(session, "KIT-0002", "Manual Burr Grinder");
                Product old = FactsDatabase.product(session, "OLD-0001", "Discontinued Mug");
                old.setActive(false);
                session.persist(new StockLevel(FactsDatabase.SOURCE, FactsDatabase.id(), second, press,
                        new BigDecimal("11.000")));
                session.persist(new StockLevel(FactsDatabase.SOURCE, FactsDatabase.id(), first, press,
                        new BigDecimal("5")));
                session.persist(new StockLevel(FactsDatabase.SOURCE, FactsDatabase.id(), third, grinder,
                        new BigDecimal("2")));
                session.persist(new StockLevel(FactsDatabase.SOURCE, FactsDatabase.id(), third, old,
                        new BigDecimal("9")));
            });
            StoreStockRepository stock = new StoreStockRepository(database);

            assertThat(stock.bySku("kit-0001")).extracting(SkuStock::storeCode, SkuStock::storeName,
                            SkuStock::productName, s -> s.onHand().stripTrailingZeros().toPlainString())
                    .containsExactly(Tuple.tuple("S01", "Store S01", "French Press 34 oz", "5"),
                            Tuple.tuple("S02", "Store S02", "French Press 34 oz", "11"));
            assertThat(stock.bySku("KIT-0001")).allSatisfy(s -> assertThat(s.updatedAt()).isNotNull());
            assertThat(stock.bySku("OLD-0001")).as("inactive products are not sold any more").isEmpty();
            assertThat(stock.bySku("NONE-0001")).isEmpty();
        }
    }
}

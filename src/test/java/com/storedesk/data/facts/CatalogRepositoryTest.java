package com.storedesk.data.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.Database;
import com.storedesk.data.entity.Product;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogRepositoryTest {

    @Test
    void itListsTheActiveProductsWithWhatACustomerMayBeTold() {
        try (Database database = FactsDatabase.openH2()) {
            database.writeVoid(session -> {
                Product cheddar = FactsDatabase.product(session, "CHE-0001", "Aged Cheddar 2 Year");
                cheddar.setGtin("2003000000014");
                cheddar.setCategory("Cheese & Deli");
                cheddar.setUnitOfMeasure("LB");
                cheddar.setPrice(1899, FactsDatabase.USD);
                cheddar.setUnitCostMinor(1000L);
                cheddar.setPerishable(true);
                cheddar.setShelfLifeDays(45);
                FactsDatabase.product(session, "BAK-0001", "Butter Croissant");
                FactsDatabase.product(session, "OLD-0001", "Discontinued Mug").setActive(false);
            });

            List<CatalogProduct> products = new CatalogRepository(database).activeProducts();

            assertThat(products).containsExactly(
                    new CatalogProduct(FactsDatabase.SOURCE, "BAK-0001", null, "Butter Croissant", null, "EACH", 500,
                            FactsDatabase.USD, false, null),
                    new CatalogProduct(FactsDatabase.SOURCE, "CHE-0001", "2003000000014", "Aged Cheddar 2 Year",
                            "Cheese & Deli", "LB", 1899, FactsDatabase.USD, true, 45));
        }
    }
}

package com.storedesk.assist.copilot;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.facts.CatalogProduct;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductSearchTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final List<CatalogProduct> CATALOG = List.of(
            product("COF-0004", "French Roast Ground 12 oz", "Coffee & Tea", 1299),
            product("KIT-0002", "French Press 34 oz", "Kitchenware", 3499),
            product("KIT-0003", "Manual Burr Grinder", "Kitchenware", 4499),
            product("GAD-0001", "Electric Burr Grinder", "Small Electronics & Gadgets", 12999));

    private final ProductSearch search = new ProductSearch(() -> CATALOG);

    @Test
    void theProductWithMoreOfTheQuestionsWordsInItsNameWins() {
        assertThat(search.find("Does the French Press come in 34 oz at another store?", 2))
                .extracting(ProductMatch::sku).containsExactly("KIT-0002", "COF-0004");
    }

    @Test
    void pluralsAndCategoriesCount() {
        assertThat(search.find("do we have electric grinders", 5)).extracting(ProductMatch::sku)
                .startsWith("GAD-0001").contains("KIT-0003");
    }

    @Test
    void aSkuInTheTextWinsAndQuestionWordsAloneFindNothing() {
        assertThat(search.find("stock of kit-0003 please", 1)).extracting(ProductMatch::sku).containsExactly("KIT-0003");
        assertThat(search.find("is it in stock at another store?", 5)).isEmpty();
    }

    private static CatalogProduct product(String sku, String name, String category, long priceMinor) {
        return new CatalogProduct("demo", sku, null, name, category, "EACH", priceMinor, USD, false, null);
    }
}

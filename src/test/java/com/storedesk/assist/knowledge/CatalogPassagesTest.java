package com.storedesk.assist.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.facts.CatalogProduct;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogPassagesTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void aProductPassageSaysWhatItIsWhereItBelongsAndWhatItCosts() {
        Passage cheese = CatalogPassages.passage(new CatalogProduct("demo", "CHE-0001", "2003000000014",
                "Aged Cheddar 2 Year", "Cheese & Deli", "LB", 1899, USD, true, 45));

        assertThat(cheese.id()).isEqualTo("catalog#demo/che-0001");
        assertThat(cheese.citation()).isEqualTo("Catalog \u203A Cheese & Deli \u203A Aged Cheddar 2 Year");
        assertThat(cheese.text()).isEqualTo("Aged Cheddar 2 Year costs $18.99 per pound, sold by weight. "
                + "Department: Cheese & Deli. SKU CHE-0001, barcode 2003000000014. Perishable: keeps 45 days from "
                + "delivery.");
    }

    @Test
    void missingFactsAreLeftOutNotGuessed() {
        List<Passage> passages = CatalogPassages.of(List.of(new CatalogProduct("square", "MUG 12", null,
                "Mug", null, "EACH", 1500, Currency.getInstance("EUR"), false, null)));

        assertThat(passages).singleElement().satisfies(passage -> {
            assertThat(passage.id()).isEqualTo("catalog#square/mug-12");
            assertThat(passage.titles()).containsExactly("Catalog", "Other", "Mug");
            assertThat(passage.text()).isEqualTo("Mug costs \u20AC15.00 each. Department: Other. SKU MUG 12.");
        });
    }
}

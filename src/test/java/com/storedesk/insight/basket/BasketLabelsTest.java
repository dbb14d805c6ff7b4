package com.storedesk.insight.basket;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.facts.CatalogItem;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Receipt labels: the rules table first, then the generic fallbacks, in words. */
class BasketLabelsTest {

    private static final BasketText ENGLISH = new BasketText(new Messages(Language.ENGLISH));

    @Test
    void wineWithCheeseIsAnEvening() {
        BasketLabel label = BasketLabels.label(List.of(item("Rioja Crianza", "Wine & Spirits"),
                item("Brie 8 oz", "Cheese & Deli"), item("Sea Salt Crackers 4.4 oz", "Pantry & Spices")));

        assertThat(label.key()).isEqualTo("receipt.label.wineAndCheese");
        assertThat(ENGLISH.label(label)).isEqualTo("wine and cheese evening");
    }

    @Test
    void notebooksAndPensAreABackToSchoolKit() {
        BasketLabel label = BasketLabels.label(List.of(item("Linen Notebook A5", "Gifts & Stationery"),
                item("Gel Pens Set of 6", "Gifts & Stationery")));

        assertThat(ENGLISH.label(label)).isEqualTo("back-to-school kit");
    }

    @Test
    void pantryWithCheeseIsDinner() {
        BasketLabel label = BasketLabels.label(List.of(item("Bronze-Cut Spaghetti 1 lb", "Pantry & Spices"),
                item("Parmigiano Reggiano 24 Month", "Cheese & Deli")));

        assertThat(ENGLISH.label(label)).isEqualTo("weeknight dinner ingredients");
        assertThat(new BasketText(new Messages(Language.GERMAN)).label(label))
                .isEqualTo("Zutaten f\u00fcrs Abendessen unter der Woche");
    }

    @Test
    void aBasketNoRuleFitsIsCountedByItsMainCategory() {
        BasketLabel mostly = BasketLabels.label(List.of(item("Baguette", "Bakery"), item("Cinnamon Roll", "Bakery"),
                item("Oak Photo Frame 5 x 7", "Gifts & Stationery")));
        BasketLabel mixed = BasketLabels.label(List.of(item("Baguette", "Bakery"),
                item("Oak Photo Frame 5 x 7", "Gifts & Stationery"), item("USB Milk Frother", "Gadgets")));
        BasketLabel single = BasketLabels.label(List.of(item("Rioja Crianza", "Wine & Spirits")));

        assertThat(ENGLISH.label(mostly)).isEqualTo("3 items: mostly Bakery");
        assertThat(ENGLISH.label(mixed)).isEqualTo("3 items from 3 departments");
        assertThat(ENGLISH.label(single)).isEqualTo("1 item: Wine & Spirits");
        assertThat(new BasketText(new Messages(Language.FRENCH)).label(mostly)).isEqualTo("3 articles : surtout Bakery");
    }

    @Test
    void everyRuleHasItsTextInEveryLanguage() {
        for (Language language : Language.values()) {
            BasketText text = new BasketText(new Messages(language));
            for (BasketLabels.Rule rule : BasketLabels.RULES) {
                assertThat(text.label(new BasketLabel(rule.key(), 2, null, 2))).as(rule.key() + " in " + language)
                        .doesNotStartWith("!").isNotBlank();
            }
        }
    }

    private static CatalogItem item(String name, String category) {
        return new CatalogItem(name.hashCode(), "SKU-" + Math.abs(name.hashCode()), name, category);
    }
}

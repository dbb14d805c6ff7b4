package com.storedesk.insight.basket;

import com.storedesk.data.facts.CatalogItem;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names what a basket is for from a small table of rules over its products' categories and
 * names, fitted to what the demo chain sells (a gourmet, kitchen and gift shop). The first rule
 * whose every need some line meets wins; a basket no rule fits gets a generic label ("3 items:
 * mostly Bakery"). Names are matched in English, as the platforms send them.
 */
final class BasketLabels {

    static final String WINE = "Wine & Spirits";
    static final String CHEESE = "Cheese & Deli";
    static final String BAKERY = "Bakery";
    static final String COFFEE = "Coffee & Tea";
    static final String PANTRY = "Pantry & Spices";
    static final String SWEETS = "Chocolate & Sweets";
    static final String GIFTS = "Gifts & Stationery";
    static final String FRAGRANCE = "Home Fragrance";
    static final String CARE = "Personal Care";
    static final String KITCHEN = "Kitchenware";
    static final String TABLE = "Tableware";
    static final String GADGETS = "Small Electronics & Gadgets";

    /** Lines of one of {@code categories}, or whose name holds one of {@code words}: at least {@code lines} of them. */
    record Need(List<String> categories, List<String> words, int lines) {

        static Need category(String... categories) {
            return new Need(List.of(categories), List.of(), 1);
        }

        static Need named(int lines, String... words) {
            return new Need(List.of(), List.of(words), lines);
        }

        boolean metBy(List<CatalogItem> items) {
            int found = 0;
            for (CatalogItem item : items) {
                if (matches(item)) {
                    found++;
                }
            }
            return found >= lines;
        }

        private boolean matches(CatalogItem item) {
            if (item.category() != null && categories.stream().anyMatch(c -> c.equalsIgnoreCase(item.category()))) {
                return true;
            }
            String name = item.name().toLowerCase(Locale.ROOT);
            return words.stream().anyMatch(word -> name.contains(word.toLowerCase(Locale.ROOT)));
        }
    }

    record Rule(String key, List<Need> needs) {
    }

    static final List<Rule> RULES = List.of(
            new Rule("receipt.label.wineAndCheese", List.of(Need.category(WINE), Need.category(CHEESE))),
            new Rule("receipt.label.backToSchool", List.of(Need.named(2, "notebook", "pens ", "pen starter", "planner",
                    "sticky notes", "journal", "bookmark"))),
            new Rule("receipt.label.readyToGive", List.of(Need.named(1, "greeting card", "art card", "gift wrap", "gift bag",
                    "ribbon", "tissue paper", "gift boxes"), Need.category(SWEETS, FRAGRANCE, CARE, WINE, TABLE))),
            new Rule("receipt.label.cheeseBoard", List.of(Need.category(CHEESE), Need.named(1, "cracker", "crisps", "baguette",
                    "fig spread", "quince", "honeycomb", "cornichons", "marinated olives", "board"))),
            new Rule("receipt.label.dinner", List.of(Need.category(PANTRY), Need.category(CHEESE, BAKERY, WINE))),
            new Rule("receipt.label.coffeeBar", List.of(Need.category(COFFEE), Need.category(GADGETS, KITCHEN))),
            new Rule("receipt.label.coffeeBreak", List.of(Need.category(COFFEE), Need.category(BAKERY, SWEETS))),
            new Rule("receipt.label.selfCare", List.of(Need.category(FRAGRANCE, CARE), Need.category(CARE))),
            new Rule("receipt.label.kitchen", List.of(Need.category(KITCHEN, GADGETS), Need.category(TABLE))),
            new Rule("receipt.label.sweets", List.of(new Need(List.of(SWEETS), List.of(), 2))));

    static final String SINGLE = "receipt.label.single";
    static final String MOSTLY = "receipt.label.mostly";
    static final String MIXED = "receipt.label.mixed";

    private BasketLabels() {
    }

    /** The first fitting rule's label, or a generic one. */
    static BasketLabel label(List<CatalogItem> items) {
        Map<String, Integer> byCategory = new HashMap<>();
        for (CatalogItem item : items) {
            byCategory.merge(item.category() == null ? "" : item.category(), 1, Integer::sum);
        }
        if (items.size() > 1) {
            for (Rule rule : RULES) {
                if (rule.needs().stream().allMatch(need -> need.metBy(items))) {
                    return new BasketLabel(rule.key(), items.size(), null, byCategory.size());
                }
            }
        }
        // The most lines; between equals, the first in alphabetical order, so the label is stable.
        String main = byCategory.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse("");
        if (items.size() == 1) {
            return new BasketLabel(SINGLE, 1, main, 1);
        }
        boolean mostly = byCategory.getOrDefault(main, 0) * 2 > items.size();
        return new BasketLabel(mostly ? MOSTLY : MIXED, items.size(), mostly ? main : null, byCategory.size());
    }
}

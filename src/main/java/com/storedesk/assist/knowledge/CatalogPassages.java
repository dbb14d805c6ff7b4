package com.storedesk.assist.knowledge;

import com.storedesk.data.facts.CatalogProduct;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One passage per catalog product, so "how much is the sourdough?" and "do we sell matcha?" find
 * the product. Written in English like the shipped texts: they are the store's content, not the
 * screen's words.
 */
final class CatalogPassages {

    static final String DOCUMENT = "catalog";
    static final String TITLE = "Catalog";

    private CatalogPassages() {
    }

    static List<Passage> of(List<CatalogProduct> products) {
        List<Passage> passages = new ArrayList<>(products.size());
        for (CatalogProduct product : products) {
            passages.add(passage(product));
        }
        return passages;
    }

    static Passage passage(CatalogProduct product) {
        String department = product.category() == null || product.category().isBlank() ? "Other"
                : product.category().strip();
        String id = DOCUMENT + "#" + MarkdownPassages.slug(product.source()) + "/"
                + MarkdownPassages.slug(product.sku());
        return new Passage(id, List.of(TITLE, department, product.name()), text(product, department));
    }

    private static String text(CatalogProduct product, String department) {
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
        money.setCurrency(product.currency());
        String price = money.format(BigDecimal.valueOf(product.priceMinor(),
                Math.max(0, product.currency().getDefaultFractionDigits())));
        StringBuilder text = new StringBuilder(product.name()).append(" costs ").append(price).append(' ')
                .append(unit(product.unitOfMeasure())).append(". Department: ").append(department)
                .append(". SKU ").append(product.sku());
        if (product.gtin() != null && !product.gtin().isBlank()) {
            text.append(", barcode ").append(product.gtin());
        }
        text.append('.');
        if (product.perishable()) {
            text.append(product.shelfLifeDays() == null ? " Perishable: keep it cool and sell it fresh."
                    : " Perishable: keeps " + days(product.shelfLifeDays()) + " from delivery.");
        }
        return text.toString();
    }

    private static String unit(String unitOfMeasure) {
        return switch (unitOfMeasure.toUpperCase(Locale.ROOT)) {
            case "LB" -> "per pound, sold by weight";
            case "KG" -> "per kilogram, sold by weight";
            case "L" -> "per liter";
            default -> "each";
        };
    }

    private static String days(int days) {
        return days == 1 ? "one day" : days + " days";
    }
}

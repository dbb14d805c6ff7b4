package com.storedesk.assist.copilot;

import com.storedesk.core.Money;
import com.storedesk.data.facts.CatalogProduct;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds active catalog products by the words of a question or a search: a SKU written in it wins;
 * otherwise each word found in a product's name counts twice, in its category once, and among equal
 * scores the product with fewer other words comes first ("French press" finds the French Press
 * before French Roast). Blocking: reads the catalog.
 */
public final class ProductSearch {

    private final Supplier<List<CatalogProduct>> catalog;

    public ProductSearch(Supplier<List<CatalogProduct>> catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public List<ProductMatch> find(String words, int limit) {
        String upper = words == null ? "" : words.toUpperCase(Locale.ROOT);
        List<String> asked = QuestionWords.productWords(words);
        List<Scored> scored = new ArrayList<>();
        for (CatalogProduct product : catalog.get()) {
            int score = upper.contains(product.sku().toUpperCase(Locale.ROOT)) ? 100 : score(product, asked);
            if (score > 0) {
                scored.add(new Scored(product, score, QuestionWords.words(product.name()).size()));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::nameWords)
                        .thenComparing(s -> s.product().sku()))
                .limit(limit).map(s -> match(s.product())).toList();
    }

    private static int score(CatalogProduct product, List<String> asked) {
        Set<String> name = new HashSet<>(QuestionWords.words(product.name()));
        Set<String> category = new HashSet<>(QuestionWords.words(product.category()));
        int score = 0;
        for (String word : asked) {
            score += name.contains(word) ? 2 : category.contains(word) ? 1 : 0;
        }
        return score;
    }

    private static ProductMatch match(CatalogProduct product) {
        return new ProductMatch(product.sku(), product.name(), product.category(),
                new Money(product.priceMinor(), product.currency()));
    }

    private record Scored(CatalogProduct product, int score, int nameWords) {
    }
}

package com.storedesk.pos.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The demo chain's products, read from {@code catalog.txt}. The catalog is the same whatever
 * the demo seed: a store's assortment does not change with the weather. Costs (margins in the
 * category's range) and popularity (a Zipf-like pull within each category) come from a fixed
 * seed of their own.
 */
final class DemoCatalog {

    private static final long CATALOG_SEED = 0x5EED_CA7AL;
    /** How steeply popularity falls from a category's best seller to its slowest item. */
    private static final double POPULARITY_EXPONENT = 0.85;

    private final List<DemoProduct> products;
    private final Map<DemoCategory, List<DemoProduct>> byCategory;
    private final Map<String, DemoProduct> bySku;

    private DemoCatalog(List<DemoProduct> products) {
        this.products = List.copyOf(products);
        Map<DemoCategory, List<DemoProduct>> grouped = new EnumMap<>(DemoCategory.class);
        Map<String, DemoProduct> skus = new HashMap<>();
        for (DemoProduct product : products) {
            grouped.computeIfAbsent(product.category(), c -> new ArrayList<>()).add(product);
            skus.put(product.sku(), product);
        }
        grouped.replaceAll((category, list) -> List.copyOf(list));
        this.byCategory = Collections.unmodifiableMap(grouped);
        this.bySku = Map.copyOf(skus);
    }

    static DemoCatalog load() {
        try (InputStream in = Objects.requireNonNull(DemoCatalog.class.getResourceAsStream("catalog.txt"),
                "catalog.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo catalog", e);
        }
    }

    static DemoCatalog parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                rows.add(Row.parse(trimmed));
            }
        }
        Map<DemoCategory, Integer> counters = new EnumMap<>(DemoCategory.class);
        Map<DemoCategory, double[]> popularity = popularity(rows);
        List<DemoProduct> products = new ArrayList<>();
        for (Row row : rows) {
            int number = counters.merge(row.category, 1, Integer::sum);
            products.add(row.toProduct(products.size(), number, popularity.get(row.category)[number - 1]));
        }
        return new DemoCatalog(products);
    }

    /** A fixed shuffle per category decides the best sellers, so they are not simply the first lines. */
    private static Map<DemoCategory, double[]> popularity(List<Row> rows) {
        Map<DemoCategory, Integer> sizes = new EnumMap<>(DemoCategory.class);
        rows.forEach(row -> sizes.merge(row.category, 1, Integer::sum));
        Map<DemoCategory, double[]> popularity = new EnumMap<>(DemoCategory.class);
        sizes.forEach((category, size) -> {
            List<Integer> ranks = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                ranks.add(i);
            }
            Collections.shuffle(ranks, new Random(CATALOG_SEED + category.ordinal()));
            double[] weights = new double[size];
            for (int i = 0; i < size; i++) {
                weights[i] = 1 / Math.pow(ranks.get(i) + 1, POPULARITY_EXPONENT);
            }
            popularity.put(category, weights);
        });
        return popularity;
    }

    List<DemoProduct> products() {
        return products;
    }

    DemoProduct product(int index) {
        return products.get(index);
    }

    int size() {
        return products.size();
    }

    List<DemoProduct> in(DemoCategory category) {
        return byCategory.getOrDefault(category, List.of());
    }

    DemoProduct bySku(String sku) {
        DemoProduct product = bySku.get(sku);
        if (product == null) {
            throw new IllegalArgumentException("No demo product " + sku);
        }
        return product;
    }

    DemoProduct bestSeller(DemoCategory category) {
        DemoProduct best = null;
        for (DemoProduct product : in(category)) {
            if (best == null || product.popularity() > best.popularity()) {
                best = product;
            }
        }
        return best;
    }

    private record Row(DemoCategory category, String name, long priceMinor, Set<String> tags) {

        static Row parse(String line) {
            String[] cells = line.split("\\|", -1);
            if (cells.length != 4) {
                throw new IllegalArgumentException("Catalog line needs four cells: " + line);
            }
            Set<String> tags = new LinkedHashSet<>();
            for (String tag : cells[3].split(",")) {
                if (!tag.isBlank()) {
                    tags.add(tag.strip());
                }
            }
            long price = new BigDecimal(cells[2].strip()).movePointRight(2).longValueExact();
            return new Row(DemoCategory.byPrefix(cells[0].strip()), cells[1].strip(), price, Set.copyOf(tags));
        }

        DemoProduct toProduct(int index, int number, double popularity) {
            String sku = category.prefix() + "-" + String.format("%04d", number);
            // 20-29 is GS1's prefix for numbers a retailer assigns in-store.
            String gtin = Gtin.ean13(String.format("20%02d%08d", category.ordinal() + 1, number));
            SplittableRandom random = new SplittableRandom(CATALOG_SEED * 31 + index);
            double margin = category.marginMin() + random.nextDouble() * (category.marginMax() - category.marginMin());
            long cost = Math.round(priceMinor * (1 - margin));
            Integer shelfLife = null;
            for (String tag : tags) {
                if (tag.startsWith("shelf=")) {
                    shelfLife = Integer.valueOf(tag.substring("shelf=".length()));
                }
            }
            if (category.perishable() != (shelfLife != null)) {
                throw new IllegalArgumentException("Perishables, and only they, need a shelf life: " + name);
            }
            return new DemoProduct(index, sku, gtin, name, category, tags.contains("lb"), priceMinor, cost, shelfLife,
                    tags, popularity);
        }
    }
}

package com.storedesk.insight.basket;

import com.storedesk.data.facts.CatalogItem;
import com.storedesk.data.facts.SaleBasket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the sales history says about products, filled basket by basket in time order: how often
 * each product and each category is bought, which pairs go together ({@link CoOccurrence} for
 * products and for categories), and how often a member who bought a product buys it again. Fed
 * oldest first, it can be read at any point as "what was known before this sale", which is how
 * the offline evaluation travels in time. Not thread-safe while filling.
 */
public final class BasketStats {

    static final double STORE_PRIOR_BASKETS = 200;
    static final double STORE_PRIOR_LINES = 500;
    private static final int[] NONE = {};

    private final List<CatalogItem> items;
    private final Map<Long, Integer> itemByProductId = new HashMap<>();
    private final List<String> categories = new ArrayList<>();
    private final int[] categoryOf;
    private final CoOccurrence products;
    private final CoOccurrence categoryPairs;
    private final long[] categoryLines;
    private long lines;
    private final int[] boughtAgain;
    private final int[] pastBuyerBaskets;
    /** Per member, the products they bought so far: a sorted array, a few bytes per product bought. */
    private final Map<Long, int[]> boughtByMember = new HashMap<>();
    private final Map<Long, StoreCounts> byStore = new HashMap<>();

    /** One store's baskets and lines, for popularity where the customer stands. */
    private static final class StoreCounts {
        final int[] items;
        final long[] categoryLines;
        int baskets;
        long lines;

        StoreCounts(int items, int categories) {
            this.items = new int[items];
            this.categoryLines = new long[categories];
        }
    }

    public BasketStats(List<CatalogItem> catalog) {
        this.items = List.copyOf(catalog);
        Map<String, Integer> categoryIndex = new LinkedHashMap<>();
        categoryOf = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            CatalogItem item = items.get(i);
            itemByProductId.put(item.id(), i);
            String category = item.category() == null ? "" : item.category();
            categoryOf[i] = categoryIndex.computeIfAbsent(category, c -> {
                categories.add(c);
                return categories.size() - 1;
            });
        }
        this.products = new CoOccurrence(items.size());
        this.categoryPairs = new CoOccurrence(categories.size());
        this.categoryLines = new long[categories.size()];
        this.boughtAgain = new int[items.size()];
        this.pastBuyerBaskets = new int[items.size()];
    }

    /** Counts one sale; products the catalog did not hold when this was built are skipped. */
    public void add(SaleBasket basket) {
        int[] basketItems = items(basket);
        products.add(basketItems);
        BitSet basketCategories = new BitSet(categories.size());
        for (int item : basketItems) {
            basketCategories.set(categoryOf[item]);
            categoryLines[categoryOf[item]]++;
        }
        lines += basketItems.length;
        StoreCounts store = byStore.computeIfAbsent(basket.storeId(),
                id -> new StoreCounts(items.size(), categories.size()));
        store.baskets++;
        store.lines += basketItems.length;
        for (int item : basketItems) {
            store.items[item]++;
            store.categoryLines[categoryOf[item]]++;
        }
        categoryPairs.add(basketCategories.stream().toArray());
        if (basket.customerId() != null) {
            int[] before = boughtByMember.getOrDefault(basket.customerId(), NONE);
            for (int item : before) {
                pastBuyerBaskets[item]++;
            }
            int[] after = before;
            for (int item : basketItems) {
                int at = Arrays.binarySearch(after, item);
                if (at >= 0) {
                    boughtAgain[item]++;
                } else {
                    after = inserted(after, -at - 1, item);
                }
            }
            boughtByMember.put(basket.customerId(), after);
        }
    }

    private static int[] inserted(int[] sorted, int at, int item) {
        int[] grown = new int[sorted.length + 1];
        System.arraycopy(sorted, 0, grown, 0, at);
        grown[at] = item;
        System.arraycopy(sorted, at, grown, at + 1, sorted.length - at);
        return grown;
    }

    /** The basket's products as item numbers, those unknown to the catalog left out. */
    public int[] items(SaleBasket basket) {
        return basket.productIds().stream().map(itemByProductId::get).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).toArray();
    }

    public Optional<Integer> item(long productId) {
        return Optional.ofNullable(itemByProductId.get(productId));
    }

    public int itemCount() {
        return items.size();
    }

    public CatalogItem catalogItem(int item) {
        return items.get(item);
    }

    /** The product's category number (products without one share the category ""). */
    public int category(int item) {
        return categoryOf[item];
    }

    public int categoryCount() {
        return categories.size();
    }

    public String categoryName(int category) {
        return categories.get(category);
    }

    public CoOccurrence products() {
        return products;
    }

    public CoOccurrence categories() {
        return categoryPairs;
    }

    /** The category's share of all sale lines (each product once per sale), or 0 before any sale. */
    public double categoryLineShare(int category) {
        return lines == 0 ? 0 : (double) categoryLines[category] / lines;
    }

    /**
     * The product's share of the store's baskets, shrunk towards its share of the chain's by
     * {@value #STORE_PRIOR_BASKETS} baskets' worth: a young store borrows the chain's taste.
     */
    public double storeSupport(long storeId, int item) {
        StoreCounts store = byStore.get(storeId);
        double chain = products.support(item);
        return store == null ? chain : (store.items[item] + STORE_PRIOR_BASKETS * chain) / (store.baskets + STORE_PRIOR_BASKETS);
    }

    /** The category's share of the store's lines, shrunk towards the chain's like {@link #storeSupport}. */
    public double storeCategoryLineShare(long storeId, int category) {
        StoreCounts store = byStore.get(storeId);
        double chain = categoryLineShare(category);
        return store == null ? chain
                : (store.categoryLines[category] + STORE_PRIOR_LINES * chain) / (store.lines + STORE_PRIOR_LINES);
    }

    /**
     * Of the members' sales made after they had bought the product once, the share holding it again:
     * high for what people re-buy (coffee beans, bread), low for what one buys once (a grinder).
     */
    public double rebuyRate(int item) {
        return pastBuyerBaskets[item] == 0 ? 0 : (double) boughtAgain[item] / pastBuyerBaskets[item];
    }

    /** Members' sales made after they had bought the product: how much evidence {@link #rebuyRate} has. */
    public int pastBuyerBaskets(int item) {
        return pastBuyerBaskets[item];
    }
}

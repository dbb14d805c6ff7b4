package com.storedesk.insight.basket;

import com.storedesk.data.facts.BasketFactsRepository;
import com.storedesk.data.facts.CatalogItem;
import com.storedesk.data.facts.SaleBasket;
import com.storedesk.data.facts.StoreStock;
import com.storedesk.security.StoreAccess;
import com.storedesk.security.UserSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Receipt intelligence: a sale's basket named by {@link BasketLabels} and its best add-on, the
 * product not in the basket with the highest lift from one that is (pairs seen in at least
 * {@value OfferScorer#MIN_PAIR_BASKETS} baskets), in stock at the sale's store. Blocking.
 */
public final class ReceiptInsights {

    /** Add-on candidates whose stock is looked up, best lift first. */
    static final int CANDIDATES = 20;

    private final BasketFactsRepository facts;
    private final BasketModel model;

    ReceiptInsights(BasketFactsRepository facts, BasketModel model) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * The completed sale's summary, or empty when there is none with this id. Refused when the
     * sale's store is not one the session may see.
     */
    public Optional<ReceiptSummary> summary(UserSession session, long saleId) {
        Optional<SaleBasket> found = facts.sale(saleId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SaleBasket sale = found.get();
        StoreAccess.require(session, sale.storeId());
        BasketStats current = model.current();
        BasketStats stats = sale.productIds().stream().anyMatch(id -> current.item(id).isEmpty()) ? model.rebuilt()
                : current;
        int[] basket = stats.items(sale);
        List<CatalogItem> items = new ArrayList<>();
        for (int item : basket) {
            items.add(stats.catalogItem(item));
        }
        return Optional.of(new ReceiptSummary(sale.saleId(), sale.storeId(), sale.occurredAt(), sale.businessDate(),
                items, BasketLabels.label(items), addOn(stats, basket, sale.storeId())));
    }

    private Optional<AddOn> addOn(BasketStats stats, int[] basket, long storeId) {
        CoOccurrence products = stats.products();
        Set<Integer> inBasket = new HashSet<>();
        for (int item : basket) {
            inBasket.add(item);
        }
        List<Pairing> pairings = new ArrayList<>();
        for (int candidate = 0; candidate < stats.itemCount(); candidate++) {
            if (inBasket.contains(candidate)) {
                continue;
            }
            Pairing best = null;
            for (int item : basket) {
                if (products.count(item, candidate) >= OfferScorer.MIN_PAIR_BASKETS) {
                    Pairing pairing = new Pairing(candidate, item, products.lift(item, candidate),
                            products.confidence(item, candidate));
                    if (best == null || pairing.compareTo(best) > 0) {
                        best = pairing;
                    }
                }
            }
            if (best != null && best.lift() > 1) {
                pairings.add(best);
            }
        }
        pairings.sort(Comparator.<Pairing>naturalOrder().reversed());
        List<Pairing> top = pairings.subList(0, Math.min(CANDIDATES, pairings.size()));
        Map<Long, StoreStock> here = new HashMap<>();
        for (StoreStock level : facts.stock(top.stream().map(p -> stats.catalogItem(p.item()).id()).toList())) {
            if (level.storeId() == storeId) {
                here.put(level.productId(), level);
            }
        }
        for (Pairing pairing : top) {
            StoreStock level = here.get(stats.catalogItem(pairing.item()).id());
            if (level != null && level.onHand().signum() > 0) {
                return Optional.of(new AddOn(stats.catalogItem(pairing.item()), stats.catalogItem(pairing.with()),
                        pairing.lift(), pairing.confidence(), level.onHand()));
            }
        }
        return Optional.empty();
    }

    /** A candidate and the basket item that lifts it most; ordered by lift, then confidence, then the lower item. */
    private record Pairing(int item, int with, double lift, double confidence) implements Comparable<Pairing> {

        @Override
        public int compareTo(Pairing other) {
            int byLift = Double.compare(lift, other.lift);
            if (byLift != 0) {
                return byLift;
            }
            int byConfidence = Double.compare(confidence, other.confidence);
            return byConfidence != 0 ? byConfidence : Integer.compare(other.item, item);
        }
    }
}

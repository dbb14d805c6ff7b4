package com.storedesk.insight.basket;

import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.BasketFactsRepository;
import com.storedesk.data.facts.SaleBasket;
import com.storedesk.data.facts.StoreStock;
import com.storedesk.security.StoreAccess;
import com.storedesk.security.UserSession;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The clienteling copilot's next-best-offers: the products a loyalty member is likeliest to buy
 * next ({@link OfferScorer} on their own sales and the chain's affinities), those the store has in
 * stock first, with where else one is when the store has none. Blocking: call it off the FX thread.
 */
public final class NextBestOffers {

    public static final int DEFAULT_LIMIT = 3;
    /** Ranked products whose stock is looked up: enough to find the limit in stock in a thin store. */
    static final int CANDIDATES = 40;

    private final BasketFactsRepository facts;
    private final BasketModel model;
    private final Clock clock;

    NextBestOffers(BasketFactsRepository facts, BasketModel model, Clock clock) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.model = Objects.requireNonNull(model, "model");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Up to {@code limit} offers in stock at {@code store} for the member with this loyalty id (every
     * member row with it, should several sources share one), or empty when no member has it.
     * Refused when the store is not one the session may see.
     */
    public Optional<CustomerOffers> offers(UserSession session, StoreSummary store, String loyaltyId, int limit) {
        StoreAccess.require(session, store.id());
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        List<Long> members = facts.membersWithLoyaltyId(loyaltyId);
        if (members.isEmpty()) {
            return Optional.empty();
        }
        List<SaleBasket> baskets = new ArrayList<>();
        members.forEach(member -> baskets.addAll(facts.memberBaskets(member)));
        baskets.sort(Comparator.comparing(SaleBasket::occurredAt).thenComparingLong(SaleBasket::saleId));
        BasketStats stats = model.current();
        LocalDate today = LocalDate.now(clock.withZone(store.timeZone()));
        CustomerHistory history = new CustomerHistory(stats, baskets, today);
        List<OfferScorer.Scored> ranked = new OfferScorer(stats).rank(history, store.id());
        List<OfferScorer.Scored> candidates = ranked.subList(0, Math.min(CANDIDATES, ranked.size()));
        Map<Long, List<StoreStock>> stock = new HashMap<>();
        for (StoreStock level : facts.stock(candidates.stream().map(s -> stats.catalogItem(s.item()).id()).toList())) {
            stock.computeIfAbsent(level.productId(), id -> new ArrayList<>()).add(level);
        }
        return Optional.of(new CustomerOffers(loyaltyId, store, baskets.size(), today,
                pick(stats, candidates, stock, store.id(), limit)));
    }

    /** In rank order: offers in stock here until the limit, and any better-ranked one only other stores have. */
    private static List<Offer> pick(BasketStats stats, List<OfferScorer.Scored> candidates,
            Map<Long, List<StoreStock>> stock, long storeId, int limit) {
        List<Offer> offers = new ArrayList<>();
        int here = 0;
        int away = 0;
        for (OfferScorer.Scored candidate : candidates) {
            if (here == limit) {
                break;
            }
            long productId = stats.catalogItem(candidate.item()).id();
            BigDecimal onHandHere = null;
            List<StoreStock> elsewhere = new ArrayList<>();
            for (StoreStock level : stock.getOrDefault(productId, List.of())) {
                if (level.storeId() == storeId) {
                    onHandHere = level.onHand();
                } else if (level.onHand().signum() > 0) {
                    elsewhere.add(level);
                }
            }
            elsewhere.sort(Comparator.comparing(StoreStock::onHand).reversed().thenComparing(StoreStock::storeCode));
            boolean inStock = onHandHere != null && onHandHere.signum() > 0;
            if (inStock) {
                here++;
                offers.add(new Offer(stats.catalogItem(candidate.item()), candidate.score(), candidate.reason(),
                        onHandHere, List.of()));
            } else if (!elsewhere.isEmpty() && away < limit) {
                away++;
                offers.add(new Offer(stats.catalogItem(candidate.item()), candidate.score(), candidate.reason(),
                        onHandHere, elsewhere));
            }
        }
        return offers;
    }
}

package com.storedesk.insight.basket;

import com.storedesk.data.facts.BasketFactsRepository;
import com.storedesk.data.facts.MemberSpan;
import com.storedesk.data.facts.SaleBasket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Next-best-offer measured offline: for every member with at least two sales, the last sale is
 * hidden and the offers are made from what was known just before it (the member's earlier sales,
 * and the chain's sales before that moment for popularity and affinities: one pass over the
 * history in time order). A hit is any of the top {@code k} offers in the hidden basket. The
 * yardstick is the {@code k} best sellers (so far) the member had not bought. Stock is not
 * filtered: the stock of the day is not kept, and both lists face the same shelves.
 */
public final class OfferBacktest {

    public static final int DEFAULT_K = 3;

    private final BasketFactsRepository facts;
    private final int k;

    public OfferBacktest(BasketFactsRepository facts, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        this.facts = facts;
        this.k = k;
    }

    /**
     * @param members hidden baskets scored
     * @param hits of them, those holding one of our top k
     * @param baselineHits those holding one of the top k best sellers not bought before
     * @param sales completed sales read
     * @param millis how long the whole pass took
     */
    public record Result(int k, int members, int hits, int baselineHits, long sales, long millis) {

        public double hitRate() {
            return members == 0 ? 0 : (double) hits / members;
        }

        public double baselineHitRate() {
            return members == 0 ? 0 : (double) baselineHits / members;
        }
    }

    public Result run() {
        long start = System.nanoTime();
        Map<Long, Instant> hiddenAt = new HashMap<>();
        for (MemberSpan span : facts.memberSpans()) {
            if (span.sales() >= 2) {
                hiddenAt.put(span.customerId(), span.lastSaleAt());
            }
        }
        BasketStats stats = new BasketStats(facts.catalog());
        OfferScorer scorer = new OfferScorer(stats);
        Map<Long, List<SaleBasket>> histories = new HashMap<>();
        Set<Long> scored = new HashSet<>();
        int[] tally = new int[3];
        long[] sales = new long[1];
        facts.forEachBasket(basket -> {
            sales[0]++;
            Long member = basket.customerId();
            Instant hidden = member == null ? null : hiddenAt.get(member);
            if (hidden != null && hidden.equals(basket.occurredAt()) && scored.add(member)
                    && histories.containsKey(member)) {
                CustomerHistory history = new CustomerHistory(stats, histories.get(member), basket.businessDate());
                Set<Integer> bought = new HashSet<>();
                for (int item : stats.items(basket)) {
                    bought.add(item);
                }
                tally[0]++;
                tally[1] += hit(scorer.rank(history, basket.storeId()), bought) ? 1 : 0;
                tally[2] += hit(scorer.popular(history), bought) ? 1 : 0;
            }
            stats.add(basket);
            if (hidden != null) {
                histories.computeIfAbsent(member, m -> new ArrayList<>()).add(basket);
            }
        });
        return new Result(k, tally[0], tally[1], tally[2], sales[0], (System.nanoTime() - start) / 1_000_000);
    }

    private boolean hit(List<OfferScorer.Scored> ranked, Set<Integer> basket) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (basket.contains(ranked.get(i).item())) {
                return true;
            }
        }
        return false;
    }
}

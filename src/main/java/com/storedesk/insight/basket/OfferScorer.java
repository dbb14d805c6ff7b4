package com.storedesk.insight.basket;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks products for one customer at a store: how likely each is in their next basket. A product
 * starts from its share of the store's baskets, scaled by how much more (or less) than the store's
 * average shopper the customer buys its category (their recency-weighted lines, shrunk towards the
 * average by {@value #PRIOR_LINES} lines' worth), and is raised a little by the products it goes
 * with in baskets (lift over 1) among those the customer bought. A product they bought is offered
 * again only when people re-buy it (at least {@value #REBUY_MIN_RATE} of the later sales of its
 * past buyers hold it again), scored at the higher of that rate and the above. Why this scoring,
 * and what it scores offline: docs/decisions/0021-next-best-offer.md.
 */
public final class OfferScorer {

    /** The average shopper's category mix counts as this many lines of the customer's own. */
    static final double PRIOR_LINES = 12;
    /** How much a product's affinity with the customer's history raises its score. */
    static final double AFFINITY_WEIGHT = 0.1;
    /** Pairs seen in fewer baskets are too thin to say a product goes with another. */
    static final int MIN_PAIR_BASKETS = 5;
    /** Least re-buy rate of a product offered to someone who bought it already. */
    static final double REBUY_MIN_RATE = 0.05;
    /** Least sales of past buyers behind a re-buy rate. */
    static final int REBUY_MIN_EVIDENCE = 30;
    /** A pairing this strong (lift) with something the customer bought is the reason given. */
    static final double REASON_LIFT = 1.5;
    /** A category bought this much more than on average is the reason given. */
    static final double FAVOURITE_RATIO = 1.3;

    private final BasketStats stats;

    public OfferScorer(BasketStats stats) {
        this.stats = stats;
    }

    /** One ranked product. */
    public record Scored(int item, double score, OfferReason reason) {
    }

    /** Every product with a score, best first (ties by item number, so the order is stable). */
    public List<Scored> rank(CustomerHistory history, long storeId) {
        CoOccurrence products = stats.products();
        double[] categoryRatio = categoryRatios(history, storeId);
        List<Integer> bought = new ArrayList<>();
        for (int item = 0; item < stats.itemCount(); item++) {
            if (history.bought(item)) {
                bought.add(item);
            }
        }
        List<Scored> ranked = new ArrayList<>();
        for (int item = 0; item < stats.itemCount(); item++) {
            if (products.count(item) == 0) {
                continue;
            }
            Scored fresh = fresh(item, history, bought, categoryRatio, storeId);
            Scored scored = history.bought(item) ? again(item, history, fresh.score()) : fresh;
            if (scored != null) {
                ranked.add(scored);
            }
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::item));
        return ranked;
    }

    /** The yardstick: best sellers by share of baskets, those the customer bought left out. */
    public List<Scored> popular(CustomerHistory history) {
        List<Scored> ranked = new ArrayList<>();
        for (int item = 0; item < stats.itemCount(); item++) {
            if (!history.bought(item) && stats.products().count(item) > 0) {
                ranked.add(new Scored(item, stats.products().support(item),
                        new OfferReason(OfferReason.Kind.BEST_SELLER, null, null, null, 0)));
            }
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::item));
        return ranked;
    }

    /** A product bought before: offered only when people re-buy it, at the likelier of its re-buy rate and its fresh score. */
    private Scored again(int item, CustomerHistory history, double freshScore) {
        double rate = stats.rebuyRate(item);
        if (stats.pastBuyerBaskets(item) < REBUY_MIN_EVIDENCE || rate < REBUY_MIN_RATE) {
            return null;
        }
        return new Scored(item, Math.max(rate, freshScore), new OfferReason(OfferReason.Kind.BUYS_AGAIN, stats.catalogItem(item),
                history.lastBought(item), null, 0));
    }

    private Scored fresh(int item, CustomerHistory history, List<Integer> bought, double[] categoryRatio,
            long storeId) {
        CoOccurrence products = stats.products();
        double ratio = categoryRatio[stats.category(item)];
        double personal = stats.storeSupport(storeId, item) * ratio;
        double affinity = 0;
        int anchor = -1;
        double anchorPull = 0;
        for (int past : bought) {
            if (products.count(past, item) < MIN_PAIR_BASKETS) {
                continue;
            }
            double excess = products.lift(past, item) - 1;
            if (excess <= 0) {
                continue;
            }
            double pull = history.weight(past) * excess;
            affinity += pull;
            if (pull > anchorPull) {
                anchorPull = pull;
                anchor = past;
            }
        }
        double boost = history.totalWeight() == 0 ? 0 : AFFINITY_WEIGHT * affinity / history.totalWeight();
        double score = personal * (1 + boost);
        OfferReason reason;
        if (anchor >= 0 && products.lift(anchor, item) >= REASON_LIFT) {
            reason = new OfferReason(OfferReason.Kind.BOUGHT_WITH, stats.catalogItem(anchor),
                    history.lastBought(anchor), null, products.lift(anchor, item));
        } else if (ratio >= FAVOURITE_RATIO) {
            reason = new OfferReason(OfferReason.Kind.FAVOURITE_CATEGORY, null, null,
                    stats.categoryName(stats.category(item)), 0);
        } else {
            reason = new OfferReason(OfferReason.Kind.BEST_SELLER, null, null, null, 0);
        }
        return new Scored(item, score, reason);
    }

    /** Per category: the customer's (shrunk) share of lines over the average shopper's. */
    private double[] categoryRatios(CustomerHistory history, long storeId) {
        double[] own = new double[stats.categoryCount()];
        for (int item = 0; item < history.items(); item++) {
            own[stats.category(item)] += history.weight(item);
        }
        double[] ratio = new double[own.length];
        for (int category = 0; category < own.length; category++) {
            double average = stats.storeCategoryLineShare(storeId, category);
            double personal = (own[category] + PRIOR_LINES * average) / (history.totalWeight() + PRIOR_LINES);
            ratio[category] = average == 0 ? 1 : personal / average;
        }
        return ratio;
    }
}

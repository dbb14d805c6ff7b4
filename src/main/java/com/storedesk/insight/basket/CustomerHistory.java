package com.storedesk.insight.basket;

import com.storedesk.data.facts.SaleBasket;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A member's purchases as next-best-offer weighs them on a day: each product's recency-weighted
 * count (a sale {@value #HALF_LIFE_DAYS} days old counts half as much as today's) and the last
 * day they bought it.
 */
public final class CustomerHistory {

    static final double HALF_LIFE_DAYS = 30;

    private final double[] weight;
    private final LocalDate[] lastBought;
    private final int sales;
    private double total;

    /** The member's {@code baskets} (the caller chooses which: all, or those before a moment), weighed on {@code asOf}. */
    public CustomerHistory(BasketStats stats, List<SaleBasket> baskets, LocalDate asOf) {
        weight = new double[stats.itemCount()];
        lastBought = new LocalDate[stats.itemCount()];
        for (SaleBasket basket : baskets) {
            long age = Math.max(0, ChronoUnit.DAYS.between(basket.businessDate(), asOf));
            double decay = Math.pow(0.5, age / HALF_LIFE_DAYS);
            for (int item : stats.items(basket)) {
                weight[item] += decay;
                total += decay;
                if (lastBought[item] == null || basket.businessDate().isAfter(lastBought[item])) {
                    lastBought[item] = basket.businessDate();
                }
            }
        }
        this.sales = baskets.size();
    }

    /** Sales taken into account. */
    public int sales() {
        return sales;
    }

    public boolean bought(int item) {
        return lastBought[item] != null;
    }

    /** The recency-weighted count of sales holding the item; 0 when never bought. */
    public double weight(int item) {
        return weight[item];
    }

    /** The sum of {@link #weight} over every item. */
    public double totalWeight() {
        return total;
    }

    /** The last business date the item was bought, or null. */
    public LocalDate lastBought(int item) {
        return lastBought[item];
    }

    int items() {
        return weight.length;
    }
}

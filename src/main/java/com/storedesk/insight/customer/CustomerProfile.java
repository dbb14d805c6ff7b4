package com.storedesk.insight.customer;

import com.storedesk.core.Money;
import com.storedesk.data.facts.CustomerRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the copilot shows of a customer: visits, spend after refunds (one amount per currency, for a
 * customer who shops in stores of several), favourite categories, the latest visits and when they
 * usually come.
 *
 * @param habit empty until the customer has visited at least {@link CustomerProfiles#FEWEST_VISITS_FOR_HABIT} times
 */
public record CustomerProfile(CustomerRecord customer, int visits, List<Money> spend, Optional<Instant> firstVisit,
        Optional<Instant> lastVisit, List<CategoryShare> favouriteCategories, List<PastPurchase> lastPurchases,
        Optional<ShoppingHabit> habit) {

    public CustomerProfile {
        spend = List.copyOf(spend);
        favouriteCategories = List.copyOf(favouriteCategories);
        lastPurchases = List.copyOf(lastPurchases);
    }
}

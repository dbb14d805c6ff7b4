package com.storedesk.insight.basket;

import com.storedesk.data.StoreSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Next-best-offers for a loyalty member at a store, best first: up to the limit asked for in stock
 * here, and before or between them any better one that only other stores have.
 *
 * @param sales the member's completed sales the offers were made from
 * @param asOf the store's business date the history was weighed on
 */
public record CustomerOffers(String loyaltyId, StoreSummary store, int sales, LocalDate asOf, List<Offer> offers) {

    public CustomerOffers {
        Objects.requireNonNull(loyaltyId, "loyaltyId");
        Objects.requireNonNull(store, "store");
        offers = List.copyOf(offers);
    }

    /** Ids only: loyalty ids are personal data and stay out of logs. */
    @Override
    public String toString() {
        return "CustomerOffers[store=" + store.code() + ", offers=" + offers.size() + "]";
    }
}

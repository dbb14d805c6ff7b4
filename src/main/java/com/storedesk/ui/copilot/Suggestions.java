package com.storedesk.ui.copilot;

import com.storedesk.data.StoreSummary;
import com.storedesk.insight.basket.CustomerOffers;
import com.storedesk.insight.basket.ReceiptSummary;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the copilot suggests for the customer shown: the next-best-offers at the store the associate
 * serves, and the recent visits' baskets, each summed up with its best add-on.
 *
 * @param store where the offers' stock is counted; empty when the session may see no store
 * @param hasCard whether the customer has a loyalty card, which offers are made for
 * @param offers empty without a store or card, or when no member has the card
 * @param receipts by sale id: the visits the session may see
 */
record Suggestions(Optional<StoreSummary> store, boolean hasCard, Optional<CustomerOffers> offers,
        Map<Long, ReceiptSummary> receipts) {

    Suggestions {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(offers, "offers");
        receipts = Map.copyOf(receipts);
    }

    /** Ids only: offers and baskets are a customer's personal data. */
    @Override
    public String toString() {
        return "Suggestions[store=" + store.map(StoreSummary::code).orElse("-") + ", receipts=" + receipts.size() + "]";
    }
}

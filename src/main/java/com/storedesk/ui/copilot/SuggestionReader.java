package com.storedesk.ui.copilot;

import com.storedesk.app.AppContext;
import com.storedesk.data.StoreSummary;
import com.storedesk.insight.basket.CustomerOffers;
import com.storedesk.insight.basket.NextBestOffers;
import com.storedesk.insight.basket.ReceiptSummary;
import com.storedesk.insight.customer.CustomerProfile;
import com.storedesk.insight.customer.PastPurchase;
import com.storedesk.security.AccessDeniedException;
import com.storedesk.security.StoreAccess;
import com.storedesk.security.UserSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the copilot's suggestions for a customer from {@link com.storedesk.insight.basket.BasketInsight}.
 * The offers are for the store this kiosk serves (Settings); on a PC that serves none, for the store
 * of the customer's latest visit, where they are likely to be; else the first the user may see.
 * Blocking: the first call builds the basket statistics, which takes seconds.
 */
final class SuggestionReader {

    private final AppContext app;

    SuggestionReader(AppContext app) {
        this.app = Objects.requireNonNull(app, "app");
    }

    Suggestions read(CustomerProfile profile) {
        UserSession session = app.session();
        List<StoreSummary> stores = StoreAccess.visibleStores(session, app.stores().listStores());
        // Newest first, as the profile lists them.
        Map<Long, ReceiptSummary> receipts = new LinkedHashMap<>();
        for (PastPurchase visit : profile.lastPurchases()) {
            summary(session, visit).ifPresent(found -> receipts.put(visit.saleId(), found));
        }
        Optional<Long> latestStore = receipts.values().stream().findFirst().map(ReceiptSummary::storeId);
        Optional<StoreSummary> store = KioskStore.among(app, stores).or(() -> byId(stores, latestStore))
                .or(() -> stores.stream().findFirst());
        String card = profile.customer().loyaltyId();
        boolean hasCard = card != null && !card.isBlank();
        Optional<CustomerOffers> offers = store.isEmpty() || !hasCard ? Optional.empty()
                : app.basketInsight().offers().offers(session, store.get(), card, NextBestOffers.DEFAULT_LIMIT);
        return new Suggestions(store, hasCard, offers, receipts);
    }

    /**
     * The visit's summary, or none when its store is not one the session may see: the profile lists
     * visits in every store, and only the summary knows the sale's store.
     */
    private Optional<ReceiptSummary> summary(UserSession session, PastPurchase visit) {
        try {
            return app.basketInsight().receipts().summary(session, visit.saleId());
        } catch (AccessDeniedException elsewhere) {
            return Optional.empty();
        }
    }

    private static Optional<StoreSummary> byId(List<StoreSummary> stores, Optional<Long> id) {
        return id.flatMap(wanted -> stores.stream().filter(s -> s.id() == wanted).findFirst());
    }
}

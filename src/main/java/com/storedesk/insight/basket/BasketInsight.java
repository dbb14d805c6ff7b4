package com.storedesk.insight.basket;

import com.storedesk.data.Database;
import com.storedesk.data.facts.BasketFactsRepository;
import java.time.Clock;

/**
 * What the clienteling copilot, the command line and the assistant ask of the sales history's
 * baskets: next-best-offers for a member and a sale's receipt summary. Both share one
 * {@link BasketStats}, built on first use and refreshed every {@link BasketModel#MAX_AGE}.
 */
public final class BasketInsight {

    private final NextBestOffers offers;
    private final ReceiptInsights receipts;

    public BasketInsight(Database database, Clock clock) {
        BasketFactsRepository facts = new BasketFactsRepository(database);
        BasketModel model = new BasketModel(facts, clock);
        this.offers = new NextBestOffers(facts, model, clock);
        this.receipts = new ReceiptInsights(facts, model);
    }

    public NextBestOffers offers() {
        return offers;
    }

    public ReceiptInsights receipts() {
        return receipts;
    }
}

package com.storedesk.insight.basket;

import com.storedesk.data.facts.CatalogItem;
import java.time.LocalDate;

/**
 * Why a product is offered, as data: the copilot's templates (and a language model, when one is
 * configured) put it into words.
 *
 * @param anchor the product it goes with ({@link Kind#BOUGHT_WITH}) or the product itself ({@link Kind#BUYS_AGAIN}); else null
 * @param anchorDate when the customer last bought {@code anchor}; else null
 * @param category the product's category ({@link Kind#FAVOURITE_CATEGORY}); else null
 * @param lift how much likelier the product is in a basket with {@code anchor} than in any ({@link Kind#BOUGHT_WITH}); else 0
 */
public record OfferReason(Kind kind, CatalogItem anchor, LocalDate anchorDate, String category, double lift) {

    public enum Kind {
        /** Often in the same basket as something the customer bought. */
        BOUGHT_WITH,
        /** A product the customer bought before and that people re-buy. */
        BUYS_AGAIN,
        /** A best seller of a category the customer buys more of than most. */
        FAVOURITE_CATEGORY,
        /** A best seller, for a customer the history says little about. */
        BEST_SELLER
    }
}

package com.storedesk.insight.basket;

import com.storedesk.data.facts.StoreStock;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Offers and receipt summaries in words, from the bundles' templates: what StoreDesk says with no
 * language model, and the facts a model is given when there is one. Product and category names
 * are the platform's; quantities and dates are formatted for the user's locale.
 */
public final class BasketText {

    private final Messages messages;
    private final Formats formats;

    public BasketText(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages);
    }

    /** One line: why this product. */
    public String reason(Offer offer) {
        OfferReason reason = offer.reason();
        return switch (reason.kind()) {
            case BOUGHT_WITH -> messages.get("offers.reason.boughtWith", reason.anchor().name(),
                    formats.date(reason.anchorDate()));
            case BUYS_AGAIN -> messages.get("offers.reason.buysAgain", formats.date(reason.anchorDate()));
            case FAVOURITE_CATEGORY -> messages.get("offers.reason.favouriteCategory", reason.category());
            case BEST_SELLER -> messages.get("offers.reason.bestSeller");
        };
    }

    /** A short talking point the associate can say to the customer. */
    public String script(Offer offer) {
        OfferReason reason = offer.reason();
        String product = offer.product().name();
        return switch (reason.kind()) {
            case BOUGHT_WITH -> messages.get("offers.script.boughtWith", reason.anchor().name(),
                    formats.date(reason.anchorDate()), product);
            case BUYS_AGAIN -> messages.get("offers.script.buysAgain", product, formats.date(reason.anchorDate()));
            case FAVOURITE_CATEGORY -> messages.get("offers.script.favouriteCategory", reason.category(), product);
            case BEST_SELLER -> messages.get("offers.script.bestSeller", product);
        };
    }

    /** Where it is: the count here, or the stores that have some. */
    public String availability(Offer offer) {
        if (offer.inStock()) {
            return messages.get("offers.stock.here", quantity(offer.onHandHere()));
        }
        List<String> stores = new ArrayList<>();
        for (StoreStock level : offer.elsewhere()) {
            stores.add(messages.get("offers.stock.at", level.storeCode(), quantity(level.onHand())));
        }
        return messages.get("offers.stock.elsewhere", String.join(", ", stores));
    }

    /** The basket in a few words: "wine and cheese evening", "3 items: mostly Bakery". */
    public String label(BasketLabel label) {
        return switch (label.key()) {
            case BasketLabels.SINGLE -> messages.get("receipt.label.single", label.category());
            case BasketLabels.MOSTLY -> messages.get("receipt.label.mostly", label.items(), label.category());
            case BasketLabels.MIXED -> messages.get("receipt.label.mixed", label.items(), label.categories());
            default -> messages.get(label.key());
        };
    }

    /** The add-on and why. */
    public String addOn(AddOn addOn) {
        return messages.get("receipt.addOn", addOn.product().name(), addOn.with().name(),
                formats.decimal(addOn.lift(), 1));
    }

    private String quantity(BigDecimal quantity) {
        return quantity.stripTrailingZeros().scale() <= 0 ? formats.integer(quantity.longValue())
                : formats.decimal(quantity.doubleValue(), 3);
    }
}

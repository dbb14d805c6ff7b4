package com.storedesk.pos.shopify;

import static com.storedesk.pos.PayloadFields.optionalText;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.TenderType;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.pos.PayloadFields;
import java.util.Locale;
import java.util.Optional;

/**
 * A Shopify OrderTransaction as a payment. Only money taken counts: successful SALE and CAPTURE
 * transactions (an AUTHORIZATION is captured later or never; refunds are their own events). The
 * gateway says how it was paid: {@code gift_card}, {@code cash}, else a card when the payment
 * details are a card's.
 */
final class TenderMapper {

    private TenderMapper() {
    }

    static Optional<SaleRecorded.Tender> tender(JsonNode transaction, String where) {
        String kind = PayloadFields.text(transaction, "kind", where);
        if (!"SUCCESS".equals(optionalText(transaction, "status")) || transaction.path("test").asBoolean(false)
                || !(kind.equals("SALE") || kind.equals("CAPTURE"))) {
            return Optional.empty();
        }
        String brand = optionalText(transaction.path("paymentDetails"), "company");
        String gateway = optionalText(transaction, "gateway");
        return Optional.of(new SaleRecorded.Tender(type(gateway, brand),
                ShopifyJson.shopMoney(transaction, "amountSet", where).amount(), brand));
    }

    private static TenderType type(String gateway, String cardBrand) {
        String name = gateway == null ? "" : gateway.toLowerCase(Locale.ROOT);
        if (name.equals("gift_card")) {
            return TenderType.GIFT_CARD;
        }
        if (name.equals("cash")) {
            return TenderType.CASH;
        }
        return cardBrand != null || name.equals("shopify_payments") ? TenderType.CARD : TenderType.OTHER;
    }
}

package com.storedesk.pos.lightspeed;

import static com.storedesk.pos.lightspeed.LightspeedJson.optionalText;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.TenderType;
import com.storedesk.core.event.SaleRecorded;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A sale's SalePayments as tenders. The tip is taken out (StoreDesk's totals are goods and tax);
 * archived payments were voided; negative payments are money given back (a return, or a gift card
 * being loaded) and belong to no tender of this sale. The kind comes from the PaymentType's
 * {@code type}: cash, credit card, gift card, credit account (store credit) or user defined.
 */
final class PaymentMapper {

    private PaymentMapper() {
    }

    static List<SaleRecorded.Tender> tenders(JsonNode sale, Currency currency, String where) {
        List<SaleRecorded.Tender> tenders = new ArrayList<>();
        for (JsonNode payment : LightspeedJson.nested(sale, "SalePayments", "SalePayment")) {
            if (LightspeedJson.flag(payment, "archived")) {
                continue;
            }
            String paymentWhere = where + " payment " + optionalText(payment, "salePaymentID");
            long amount = LightspeedJson.minor(LightspeedJson.decimal(payment, "amount", paymentWhere), currency)
                    - LightspeedJson.minor(payment, "tipAmount", currency, paymentWhere);
            if (amount > 0) {
                tenders.add(new SaleRecorded.Tender(type(LightspeedJson.relation(payment, "PaymentType")), amount,
                        null));
            }
        }
        return tenders;
    }

    private static TenderType type(JsonNode paymentType) {
        String type = optionalText(paymentType, "type");
        if (type == null) {
            return TenderType.OTHER;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "cash" -> TenderType.CASH;
            case "credit card" -> TenderType.CARD;
            case "gift card" -> TenderType.GIFT_CARD;
            default -> TenderType.OTHER;
        };
    }
}

package com.storedesk.pos.clover;

import static com.storedesk.pos.PayloadFields.optionalText;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.TenderType;
import com.storedesk.core.event.SaleRecorded;
import java.util.ArrayList;
import java.util.List;

/**
 * An order's successful Clover payments as tenders. Clover keeps the tip apart from the payment's
 * amount ({@code tipAmount}), so the amount is goods and tax already. The kind comes from the tender's
 * {@code labelKey} (com.clover.tender.cash, .credit_card, .debit_card, .external_gift_card...).
 */
final class TenderMapper {

    private TenderMapper() {
    }

    static List<SaleRecorded.Tender> tenders(JsonNode order, String where) {
        List<SaleRecorded.Tender> tenders = new ArrayList<>();
        for (JsonNode payment : CloverJson.elements(order, "payments")) {
            String result = optionalText(payment, "result");
            if (result != null && !result.equals("SUCCESS")) {
                continue;
            }
            long amount = CloverJson.number(payment, "amount", where + " payment");
            if (amount > 0) {
                tenders.add(new SaleRecorded.Tender(type(optionalText(payment.path("tender"), "labelKey")), amount,
                        optionalText(payment.path("cardTransaction"), "cardType")));
            }
        }
        return tenders;
    }

    private static TenderType type(String labelKey) {
        if (labelKey == null) {
            return TenderType.OTHER;
        }
        return switch (labelKey) {
            case "com.clover.tender.cash" -> TenderType.CASH;
            case "com.clover.tender.credit_card", "com.clover.tender.debit_card" -> TenderType.CARD;
            case "com.clover.tender.external_gift_card", "com.clover.tender.gift_card" -> TenderType.GIFT_CARD;
            default -> TenderType.OTHER;
        };
    }
}

package com.storedesk.pos.square;

import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.TenderType;
import com.storedesk.core.event.SaleRecorded;
import java.util.Optional;

/**
 * A Square Tender as a payment. The tip is taken out: StoreDesk's sale totals are goods and tax,
 * and a tip is the staff's. NO_SALE (a drawer opened) is not a payment.
 */
final class TenderMapper {

    private TenderMapper() {
    }

    static Optional<SaleRecorded.Tender> tender(JsonNode tender, String where) {
        String type = text(tender, "type", where);
        if (type.equals("NO_SALE")) {
            return Optional.empty();
        }
        long amount = SquareJson.money(tender, "amount_money", where).amount()
                - SquareJson.amountOrZero(tender, "tip_money", where);
        String brand = optionalText(tender.path("card_details").path("card"), "card_brand");
        return Optional.of(new SaleRecorded.Tender(type(type), amount, brand));
    }

    private static TenderType type(String square) {
        return switch (square) {
            case "CARD", "THIRD_PARTY_CARD" -> TenderType.CARD;
            case "CASH" -> TenderType.CASH;
            case "SQUARE_GIFT_CARD" -> TenderType.GIFT_CARD;
            case "WALLET" -> TenderType.MOBILE;
            default -> TenderType.OTHER;
        };
    }
}

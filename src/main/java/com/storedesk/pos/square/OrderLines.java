package com.storedesk.pos.square;

import static com.storedesk.pos.PayloadFields.array;
import static com.storedesk.pos.PayloadFields.optionalText;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.pos.MalformedPayload;
import java.math.BigDecimal;

/** What sale lines and return lines of an order have in common. */
final class OrderLines {

    private OrderLines() {
    }

    /** The catalog variation the line sold, or the stand-in for a custom amount or a gift card. */
    static String product(JsonNode line) {
        String variation = optionalText(line, "catalog_object_id");
        if (variation != null) {
            return variation;
        }
        return "GIFT_CARD".equals(optionalText(line, "item_type")) ? CatalogMapper.GIFT_CARD
                : CatalogMapper.CUSTOM_AMOUNT;
    }

    /**
     * The price of one unit: the base price plus the modifiers chosen with it, as Square computes
     * gross sales ((base price + modifiers) x quantity).
     */
    static long unitPrice(JsonNode line, String where) {
        long price = SquareJson.money(line, "base_price_money", where).amount();
        for (JsonNode modifier : array(line, "modifiers")) {
            long each = SquareJson.amountOrZero(modifier, "base_price_money", where + " modifier");
            long quantity = optionalText(modifier, "quantity") == null ? 1
                    : wholeNumber(SquareJson.decimal(modifier, "quantity", where + " modifier"), where);
            price = Math.addExact(price, Math.multiplyExact(each, quantity));
        }
        return price;
    }

    private static long wholeNumber(BigDecimal quantity, String where) {
        try {
            return quantity.longValueExact();
        } catch (ArithmeticException e) {
            throw new MalformedPayload(where + " has a modifier quantity that is not a whole number");
        }
    }
}

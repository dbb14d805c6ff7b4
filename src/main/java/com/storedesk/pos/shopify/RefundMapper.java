package com.storedesk.pos.shopify;

import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PayloadFields;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * An order's Shopify Refunds as refunds of its sale, each known by the Refund's id. A refund's
 * amount is what its lines gave back for goods: each refund line item's subtotal plus its tax
 * (without the tax when prices include it, as the sale counts it). Shipping, duties and order
 * adjustments are not goods and stay out, so a refund of those alone is no refund here. A line's
 * sale line is resolved from its line item; whether it went back on the shelf is Shopify's
 * {@code restocked}.
 */
final class RefundMapper {

    private static final int REASON_LENGTH = 500;

    private RefundMapper() {
    }

    static List<RefundRecorded> refunds(String source, String locationId, JsonNode order) {
        List<JsonNode> refunds = PayloadFields.array(order, "refunds");
        if (refunds.isEmpty()) {
            return List.of();
        }
        String orderId = text(order, "id", "order");
        String where = "order " + orderId;
        LineItems items = new LineItems(order, where);
        boolean taxIncluded = order.path("taxesIncluded").asBoolean(false);
        Currency currency = ShopifyJson.currency(order, "currencyCode", where);
        List<RefundRecorded> events = new ArrayList<>();
        for (JsonNode refund : refunds) {
            refund(source, locationId, orderId, items, taxIncluded, currency, refund).ifPresent(events::add);
        }
        return events;
    }

    private static Optional<RefundRecorded> refund(String source, String locationId, String orderId, LineItems items,
            boolean taxIncluded, Currency currency, JsonNode refund) {
        String id = text(refund, "id", "refund");
        String where = "refund " + id;
        List<RefundRecorded.Line> lines = new ArrayList<>();
        long total = 0;
        List<JsonNode> refunded = ShopifyJson.nodes(refund, "refundLineItems", where);
        for (int i = 0; i < refunded.size(); i++) {
            JsonNode line = refunded.get(i);
            String lineWhere = where + " line " + (i + 1);
            String itemId = text(PayloadFields.object(line, "lineItem", lineWhere), "id", lineWhere + " lineItem");
            Integer saleLine = items.number(itemId);
            if (saleLine == null) {
                throw new MalformedPayload(lineWhere + " returns line item " + itemId + " the order does not have");
            }
            long amount = ShopifyJson.shopMoney(line, "subtotalSet", lineWhere).amount();
            if (!taxIncluded) {
                ShopifyJson.Money tax = ShopifyJson.optionalShopMoney(line, "totalTaxSet", lineWhere);
                amount = Math.addExact(amount, tax == null ? 0 : tax.amount());
            }
            JsonNode quantity = line.path("quantity");
            if (!quantity.isIntegralNumber() || quantity.asLong() <= 0) {
                continue;  // a zero-quantity line (an adjustment) returns nothing
            }
            total = Math.addExact(total, amount);
            lines.add(new RefundRecorded.Line(lines.size() + 1, saleLine, LineItems.product(items.byNumber(saleLine)),
                    BigDecimal.valueOf(quantity.asLong()), amount, line.path("restocked").asBoolean(false)));
        }
        if (lines.isEmpty() || total <= 0) {
            return Optional.empty();
        }
        String note = optionalText(refund, "note");
        return Optional.of(new RefundRecorded(source, id, orderId, locationId, null,
                ShopifyJson.instant(refund, "createdAt", where), currency, total,
                note != null && note.length() > REASON_LENGTH ? note.substring(0, REASON_LENGTH) : note, lines));
    }
}

package com.storedesk.pos.square;

import static com.storedesk.pos.PayloadFields.array;
import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.RefundRecorded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Square returns as refunds. A return is its own order; each entry of its {@code returns} gives
 * back items of one earlier sale ({@code source_order_id}) and becomes one refund of that sale,
 * known by the return order's id (with the entry's uid when one order returns items of several
 * sales). Unlinked returns name no sale and cannot be refunds of one: they are left out. Square's
 * order does not say whether an item went back on the shelf (its inventory does, and stock levels
 * come from there), so lines are not counted as restocked.
 */
final class ReturnMapper {

    private ReturnMapper() {
    }

    static List<RefundRecorded> refunds(String source, JsonNode order) {
        List<JsonNode> returns = array(order, "returns");
        if (returns.isEmpty()) {
            return List.of();
        }
        String id = text(order, "id", "order");
        String where = "order " + id;
        Instant closed = SquareJson.optionalInstant(order, "closed_at", where);
        Instant at = closed != null ? closed : SquareJson.instant(order, "created_at", where);
        String store = text(order, "location_id", where);
        List<RefundRecorded> refunds = new ArrayList<>();
        for (int r = 0; r < returns.size(); r++) {
            JsonNode entry = returns.get(r);
            String sale = optionalText(entry, "source_order_id");
            if (sale == null) {
                continue;
            }
            String refundId = returns.size() == 1 ? id : id + "/" + text(entry, "uid", where + " return");
            refund(source, refundId, sale, store, at, entry, where + " return " + (r + 1))
                    .ifPresent(refunds::add);
        }
        return refunds;
    }

    private static Optional<RefundRecorded> refund(String source, String id, String sale, String store,
            Instant at, JsonNode entry, String where) {
        List<RefundRecorded.Line> lines = new ArrayList<>();
        long total = 0;
        Currency currency = null;
        List<JsonNode> items = array(entry, "return_line_items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String lineWhere = where + " line " + (i + 1);
            SquareJson.Money amount = SquareJson.money(item, "total_money", lineWhere);
            currency = amount.currency();
            total = Math.addExact(total, amount.amount());
            lines.add(new RefundRecorded.Line(i + 1, null, OrderLines.product(item),
                    SquareJson.decimal(item, "quantity", lineWhere), amount.amount(), false));
        }
        if (lines.isEmpty() || total <= 0) {
            return Optional.empty();
        }
        return Optional.of(new RefundRecorded(source, id, sale, store, null, at, currency, total, null, lines));
    }
}

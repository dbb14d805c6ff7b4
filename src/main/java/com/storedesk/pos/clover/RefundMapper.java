package com.storedesk.pos.clover;

import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.pos.MalformedPayload;
import java.util.ArrayList;
import java.util.List;

/**
 * The refunds of a Clover order, each linked to the order's sale and known by Clover's refund id. A
 * refund naming line items gives those lines back, its amount shared over them by their net; a refund
 * naming none (an amount given back) has no lines. Whether items went back on the shelf Clover's
 * refund does not say.
 */
final class RefundMapper {

    private RefundMapper() {
    }

    static List<RefundRecorded> refunds(String source, String merchantId, JsonNode order, SaleRecorded sale) {
        List<JsonNode> refunds = CloverJson.elements(order, "refunds");
        if (refunds.isEmpty() || sale == null) {
            return List.of();
        }
        String where = "order " + sale.externalId();
        List<JsonNode> items = CloverJson.elements(order, "lineItems");
        List<RefundRecorded> recorded = new ArrayList<>();
        for (JsonNode refund : refunds) {
            String id = text(refund, "id", where + " refund");
            String refundWhere = where + " refund " + id;
            long amount = CloverJson.number(refund, "amount", refundWhere);
            if (amount <= 0) {
                continue;
            }
            List<SaleRecorded.Line> given = new ArrayList<>();
            for (JsonNode returned : CloverJson.elements(refund, "lineItems")) {
                String lineItem = text(returned, "id", refundWhere + " line item");
                int index = indexOf(items, lineItem);
                if (index < 0) {
                    throw new MalformedPayload(refundWhere + " names a line item the order does not have");
                }
                given.add(sale.lines().get(index));
            }
            List<Long> parts = Shares.split(amount, given.stream().map(SaleRecorded.Line::netMinor).toList());
            List<RefundRecorded.Line> lines = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                SaleRecorded.Line line = given.get(i);
                lines.add(new RefundRecorded.Line(i + 1, line.lineNo(), line.productExternalId(), line.quantity(),
                        parts.get(i), false));
            }
            recorded.add(new RefundRecorded(source, id, sale.externalId(), merchantId,
                    CloverJson.reference(refund, "employee"), CloverJson.time(refund, "createdTime", refundWhere),
                    sale.currency(), amount, optionalText(refund, "reason"), lines));
        }
        return recorded;
    }

    private static int indexOf(List<JsonNode> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(optionalText(items.get(i), "id"))) {
                return i;
            }
        }
        return -1;
    }
}

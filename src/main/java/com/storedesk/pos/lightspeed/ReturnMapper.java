package com.storedesk.pos.lightspeed;

import static com.storedesk.pos.lightspeed.LightspeedJson.optionalText;
import static com.storedesk.pos.lightspeed.LightspeedJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.RefundRecorded;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Returns in a Lightspeed Sale as refunds. R-Series records a return as a sale line with a negative
 * quantity whose {@code parentSaleLineID} is the line it gives back; that line's sale is the sale
 * refunded. One sale returning lines of several earlier sales becomes one refund per earlier sale,
 * known by the returning sale's id (with the earlier sale's id when there are several). A return line
 * naming no parent cannot be linked to a sale and is left out. The amount given back is each line's
 * total with tax; whether the item went back on the shelf the sale does not say.
 */
final class ReturnMapper {

    private ReturnMapper() {
    }

    /** The parent line ids the returns in {@code sale} name, for looking up their sales. */
    static List<String> parentLines(JsonNode sale) {
        List<String> parents = new ArrayList<>();
        for (JsonNode line : LightspeedJson.nested(sale, "SaleLines", "SaleLine")) {
            String parent = LightspeedJson.reference(line, "parentSaleLineID");
            if (parent != null && isReturn(line)) {
                parents.add(parent);
            }
        }
        return parents;
    }

    /**
     * @param saleOfLine the sale each parent line belongs to; a parent missing here is not linked
     */
    static List<RefundRecorded> refunds(String source, Currency currency, JsonNode sale, Map<String, String> saleOfLine) {
        String id = text(sale, "saleID", "sale");
        String where = "sale " + id;
        Map<String, List<RefundRecorded.Line>> linesBySale = new LinkedHashMap<>();
        for (JsonNode line : LightspeedJson.nested(sale, "SaleLines", "SaleLine")) {
            String parent = LightspeedJson.reference(line, "parentSaleLineID");
            if (!isReturn(line) || parent == null || !saleOfLine.containsKey(parent)) {
                continue;
            }
            String lineWhere = where + " line " + optionalText(line, "saleLineID");
            List<RefundRecorded.Line> lines = linesBySale.computeIfAbsent(saleOfLine.get(parent), s -> new ArrayList<>());
            BigDecimal quantity = LightspeedJson.decimal(line, "unitQuantity", lineWhere).negate();
            long amount = -LightspeedJson.minor(LightspeedJson.decimal(line, "calcTotal", lineWhere), currency);
            lines.add(new RefundRecorded.Line(lines.size() + 1, null, SaleMapper.product(line), quantity,
                    Math.max(0, amount), false));
        }
        if (linesBySale.isEmpty()) {
            return List.of();
        }
        Instant completed = LightspeedJson.optionalInstant(sale, "completeTime", where);
        Instant at = completed != null ? completed : LightspeedJson.instant(sale, "timeStamp", where);
        String store = text(sale, "shopID", where);
        List<RefundRecorded> refunds = new ArrayList<>();
        for (Map.Entry<String, List<RefundRecorded.Line>> entry : linesBySale.entrySet()) {
            long total = entry.getValue().stream().mapToLong(RefundRecorded.Line::amountMinor).sum();
            if (total <= 0) {
                continue;
            }
            String refundId = linesBySale.size() == 1 ? id : id + "/" + entry.getKey();
            refunds.add(new RefundRecorded(source, refundId, entry.getKey(), store,
                    LightspeedJson.reference(sale, "employeeID"), at, currency, total, null, entry.getValue()));
        }
        return refunds;
    }

    private static boolean isReturn(JsonNode line) {
        String quantity = optionalText(line, "unitQuantity");
        return quantity != null && quantity.startsWith("-");
    }
}

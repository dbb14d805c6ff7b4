package com.storedesk.pos.square;

import static com.storedesk.pos.PayloadFields.array;
import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.DiscountType;
import com.storedesk.core.SaleStatus;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.pos.MalformedPayload;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The items sold in a completed Square Order as a sale. Line numbers are the positions in
 * {@code line_items}, which Square keeps in order. Tax is the additive tax: an inclusive tax is
 * already in the prices, and StoreDesk's total (gross - discount + tax) must be what was paid.
 * Tips and service charges are not goods and stay out. Square's orders do not name the cashier.
 */
final class SaleMapper {

    private SaleMapper() {
    }

    /** The sale in {@code order}; empty for an order that sold nothing (a pure return). */
    static Optional<SaleRecorded> sale(String source, JsonNode order) {
        List<JsonNode> items = array(order, "line_items");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        String id = text(order, "id", "order");
        String where = "order " + id;
        Map<String, List<Integer>> linesByDiscount = new HashMap<>();
        List<SaleRecorded.Line> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String lineWhere = where + " line " + (i + 1);
            lines.add(new SaleRecorded.Line(i + 1, OrderLines.product(item),
                    SquareJson.decimal(item, "quantity", lineWhere), OrderLines.unitPrice(item, lineWhere),
                    SquareJson.amountOrZero(item, "total_discount_money", lineWhere), null));
            for (JsonNode applied : array(item, "applied_discounts")) {
                linesByDiscount.computeIfAbsent(text(applied, "discount_uid", lineWhere), uid -> new ArrayList<>())
                        .add(i + 1);
            }
        }
        List<SaleRecorded.Tender> tenders = new ArrayList<>();
        for (JsonNode tender : array(order, "tenders")) {
            TenderMapper.tender(tender, where + " tender").ifPresent(tenders::add);
        }
        Instant updated = SquareJson.instant(order, "updated_at", where);
        Instant closed = SquareJson.optionalInstant(order, "closed_at", where);
        return Optional.of(new SaleRecorded(source, id, text(order, "location_id", where), null, null,
                optionalText(order, "customer_id"), closed != null ? closed : SquareJson.instant(order, "created_at", where),
                updated, SaleStatus.COMPLETED, null, null, null,
                SquareJson.money(order, "total_money", where).currency(), additiveTax(order, where), lines, tenders,
                discounts(order, linesByDiscount, where)));
    }

    private static long additiveTax(JsonNode order, String where) {
        long tax = SquareJson.amountOrZero(order, "total_tax_money", where);
        for (JsonNode line : array(order, "taxes")) {
            if ("INCLUSIVE".equals(optionalText(line, "type"))) {
                tax -= SquareJson.amountOrZero(line, "applied_money", where + " tax");
            }
        }
        return tax;
    }

    private static List<SaleRecorded.Discount> discounts(JsonNode order, Map<String, List<Integer>> lines,
            String where) {
        List<SaleRecorded.Discount> discounts = new ArrayList<>();
        for (JsonNode discount : array(order, "discounts")) {
            String uid = optionalText(discount, "uid");
            String type = optionalText(discount, "type");
            String percentage = optionalText(discount, "percentage");
            boolean percent = percentage != null && type != null && type.endsWith("PERCENTAGE");
            List<Integer> onLines = uid == null ? List.of() : lines.getOrDefault(uid, List.of());
            Integer line = "LINE_ITEM".equals(optionalText(discount, "scope")) && onLines.size() == 1
                    ? onLines.get(0) : null;
            String name = optionalText(discount, "name");
            discounts.add(new SaleRecorded.Discount(name != null ? name : type != null ? type : "Discount",
                    percent ? DiscountType.PERCENT : DiscountType.AMOUNT, percent ? percent(percentage, where) : null,
                    SquareJson.amountOrZero(discount, "applied_money", where + " discount"), line, null));
        }
        return discounts;
    }

    private static BigDecimal percent(String percentage, String where) {
        try {
            return new BigDecimal(percentage);
        } catch (NumberFormatException e) {
            throw new MalformedPayload(where + " has a discount percentage that is not a number");
        }
    }
}

package com.storedesk.pos.clover;

import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.DiscountType;
import com.storedesk.core.SaleStatus;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.pos.MalformedPayload;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A paid Clover order as a sale; open orders are carts, not sales, and wait. Each line item is a line
 * in Clover's order: its quantity is {@code unitQty} in thousandths for goods sold by measure, else
 * one; its unit price the item price plus its modifications. A line's discounts (an amount, negative
 * in Clover, or a percentage of the line) are its own; the order's discounts (of what is left after
 * those) are shared over the lines by their net. Tax is what the order's total holds beyond the
 * discounted goods: Clover's total includes tax and leaves tips out.
 */
final class OrderMapper {

    private static final Set<String> PAID = Set.of("PAID", "PARTIALLY_REFUNDED", "REFUNDED");

    private OrderMapper() {
    }

    static boolean paid(JsonNode order) {
        return "locked".equalsIgnoreCase(optionalText(order, "state")) || PAID.contains(optionalText(order, "paymentState"));
    }

    static Optional<SaleRecorded> sale(String source, String merchantId, JsonNode order) {
        String id = text(order, "id", "order");
        String where = "order " + id;
        List<JsonNode> items = CloverJson.elements(order, "lineItems");
        if (!paid(order) || items.isEmpty()) {
            return Optional.empty();
        }
        List<SaleRecorded.Discount> discounts = new ArrayList<>();
        List<long[]> amounts = new ArrayList<>();
        List<SaleRecorded.Line> undiscounted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String lineWhere = where + " line " + (i + 1);
            SaleRecorded.Line line = new SaleRecorded.Line(i + 1, product(item), quantity(item, lineWhere),
                    unitPrice(item, lineWhere), 0, null);
            long own = 0;
            for (JsonNode discount : CloverJson.elements(item, "discounts")) {
                SaleRecorded.Discount applied = discount(discount, line.grossMinor(), i + 1, lineWhere);
                discounts.add(applied);
                own = Math.addExact(own, applied.amountMinor());
            }
            undiscounted.add(line);
            amounts.add(new long[] {line.grossMinor(), own});
        }
        long base = amounts.stream().mapToLong(a -> a[0] - a[1]).sum();
        long[] shared = new long[items.size()];
        for (JsonNode discount : CloverJson.elements(order, "discounts")) {
            SaleRecorded.Discount applied = discount(discount, base, null, where);
            discounts.add(applied);
            List<Long> parts = Shares.split(applied.amountMinor(), amounts.stream().map(a -> a[0] - a[1]).toList());
            for (int i = 0; i < shared.length; i++) {
                shared[i] += parts.get(i);
            }
        }
        List<SaleRecorded.Line> lines = new ArrayList<>();
        long net = 0;
        for (int i = 0; i < undiscounted.size(); i++) {
            SaleRecorded.Line line = undiscounted.get(i);
            long discount = Math.addExact(amounts.get(i)[1], shared[i]);
            lines.add(new SaleRecorded.Line(line.lineNo(), line.productExternalId(), line.quantity(),
                    line.unitPriceMinor(), discount, null));
            net += line.grossMinor() - discount;
        }
        long tax = Math.max(0, CloverJson.number(order, "total", where) - net);
        Long clientCreated = CloverJson.optionalNumber(order, "clientCreatedTime", where);
        List<JsonNode> customers = CloverJson.elements(order, "customers");
        return Optional.of(new SaleRecorded(source, id, merchantId, null, CloverJson.reference(order, "employee"),
                customers.isEmpty() ? null : text(customers.get(0), "id", where + " customer"),
                clientCreated != null ? Instant.ofEpochMilli(clientCreated) : CloverJson.time(order, "createdTime", where),
                CloverJson.time(order, "modifiedTime", where), SaleStatus.COMPLETED, null, null, null,
                currency(order, where), tax, lines, TenderMapper.tenders(order, where), discounts));
    }

    /** The item the line sold, or the stand-in for an amount keyed in without one. */
    static String product(JsonNode lineItem) {
        String item = CloverJson.reference(lineItem, "item");
        return item != null ? item : ItemMapper.CUSTOM_AMOUNT;
    }

    static BigDecimal quantity(JsonNode lineItem, String where) {
        Long thousandths = CloverJson.optionalNumber(lineItem, "unitQty", where);
        return thousandths == null ? BigDecimal.ONE : BigDecimal.valueOf(thousandths, 3);
    }

    private static long unitPrice(JsonNode lineItem, String where) {
        long price = CloverJson.number(lineItem, "price", where);
        for (JsonNode modification : CloverJson.elements(lineItem, "modifications")) {
            Long amount = CloverJson.optionalNumber(modification, "amount", where + " modification");
            price = Math.addExact(price, amount == null ? 0 : amount);
        }
        return price;
    }

    /** A Clover discount: a (negative) amount in cents, or a whole percentage of {@code base}. */
    private static SaleRecorded.Discount discount(JsonNode discount, long base, Integer lineNo, String where) {
        String name = optionalText(discount, "name");
        Long percentage = CloverJson.optionalNumber(discount, "percentage", where + " discount");
        Long amount = CloverJson.optionalNumber(discount, "amount", where + " discount");
        if (amount == null && percentage == null) {
            throw new MalformedPayload(where + " has a discount with neither amount nor percentage");
        }
        long off = amount != null ? Math.abs(amount) : BigDecimal.valueOf(base).multiply(BigDecimal.valueOf(percentage))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_EVEN).longValueExact();
        return new SaleRecorded.Discount(name != null ? name : "Discount",
                amount == null ? DiscountType.PERCENT : DiscountType.AMOUNT,
                amount == null ? BigDecimal.valueOf(percentage) : null, off, lineNo, null);
    }

    static Currency currency(JsonNode order, String where) {
        try {
            return Currency.getInstance(text(order, "currency", where));
        } catch (IllegalArgumentException e) {
            throw new MalformedPayload(where + " has an unknown currency");
        }
    }
}

package com.storedesk.pos.shopify;

import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.DiscountType;
import com.storedesk.core.SaleStatus;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PayloadFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A Shopify point-of-sale Order as a sale, in the shop's currency (every amount is read from
 * {@code shopMoney}).
 *
 * <ul>
 *   <li>Lines are the order's line items as sold (their original quantity): unit price before
 *       discounts, and the line's share of every discount (its discount allocations), so line nets
 *       add up to the sale's net. Refunds are {@link RefundMapper}'s events, not changed lines.
 *   <li>Discounts are the order's discount applications, each with the amount allocated to lines;
 *       one that targets exactly one line names it.
 *   <li>Tax is the order's total tax, unless the shop's prices include tax: then it is already in
 *       the prices and StoreDesk's total (gross - discount + tax) must not count it twice.
 *   <li>A cancelled order is a voided sale. Test orders and orders of another location are left out.
 * </ul>
 */
final class SaleMapper {

    private SaleMapper() {
    }

    static Optional<SaleRecorded> sale(String source, String locationId, JsonNode order) {
        String id = text(order, "id", "order");
        String where = "order " + id;
        String location = ShopifyJson.optionalId(order, "retailLocation");
        LineItems items = new LineItems(order, where);
        if (order.path("test").asBoolean(false) || (location != null && !location.equals(locationId))
                || items.all().isEmpty()) {
            return Optional.empty();
        }
        Currency currency = ShopifyJson.currency(order, "currencyCode", where);
        Map<Integer, Allocated> allocated = new TreeMap<>();
        List<SaleRecorded.Line> lines = new ArrayList<>();
        for (int n = 1; n <= items.all().size(); n++) {
            JsonNode item = items.byNumber(n);
            String lineWhere = where + " line " + n;
            long discount = 0;
            for (JsonNode allocation : PayloadFields.array(item, "discountAllocations")) {
                long amount = ShopifyJson.shopMoney(allocation, "allocatedAmountSet", lineWhere).amount();
                discount = Math.addExact(discount, amount);
                int index = allocation.path("discountApplication").path("index").asInt(-1);
                allocated.computeIfAbsent(index, i -> new Allocated()).add(n, amount);
            }
            lines.add(new SaleRecorded.Line(n, LineItems.product(item), quantity(item, lineWhere),
                    ShopifyJson.shopMoney(item, "originalUnitPriceSet", lineWhere).amount(), discount, null));
        }
        List<SaleRecorded.Tender> tenders = new ArrayList<>();
        for (JsonNode transaction : PayloadFields.array(order, "transactions")) {
            TenderMapper.tender(transaction, where + " transaction").ifPresent(tenders::add);
        }
        Instant processed = ShopifyJson.optionalInstant(order, "processedAt", where);
        Instant cancelled = ShopifyJson.optionalInstant(order, "cancelledAt", where);
        long tax = order.path("taxesIncluded").asBoolean(false) ? 0
                : amountOrZero(ShopifyJson.optionalShopMoney(order, "totalTaxSet", where));
        return Optional.of(new SaleRecorded(source, id, locationId, null, ShopifyJson.optionalId(order, "staffMember"),
                ShopifyJson.optionalId(order, "customer"),
                processed != null ? processed : ShopifyJson.instant(order, "createdAt", where),
                ShopifyJson.instant(order, "updatedAt", where), cancelled != null ? SaleStatus.VOIDED : SaleStatus.COMPLETED,
                cancelled, null, cancelled != null ? optionalText(order, "cancelReason") : null, currency, tax, lines,
                tenders, discounts(order, allocated, where)));
    }

    private static BigDecimal quantity(JsonNode item, String where) {
        JsonNode quantity = item.get("quantity");
        if (quantity == null || !quantity.isIntegralNumber() || quantity.asLong() <= 0) {
            throw new MalformedPayload(where + " has no positive quantity");
        }
        return BigDecimal.valueOf(quantity.asLong());
    }

    private static long amountOrZero(ShopifyJson.Money money) {
        return money == null ? 0 : money.amount();
    }

    private static List<SaleRecorded.Discount> discounts(JsonNode order, Map<Integer, Allocated> allocated,
            String where) {
        List<SaleRecorded.Discount> discounts = new ArrayList<>();
        for (JsonNode application : ShopifyJson.nodes(order, "discountApplications", where)) {
            Allocated share = allocated.getOrDefault(application.path("index").asInt(-2), new Allocated());
            JsonNode value = application.path("value");
            BigDecimal percent = value.has("percentage") ? ShopifyJson.decimal(value, "percentage", where + " discount")
                    : null;
            Integer line = "EXPLICIT".equals(optionalText(application, "targetSelection")) && share.lines.size() == 1
                    ? share.lines.get(0) : null;
            discounts.add(new SaleRecorded.Discount(name(application),
                    percent != null ? DiscountType.PERCENT : DiscountType.AMOUNT, percent, share.amount, line, null));
        }
        return discounts;
    }

    /** The code the cashier entered, else the discount's title. */
    private static String name(JsonNode application) {
        String code = optionalText(application, "code");
        if (code != null) {
            return code;
        }
        String title = optionalText(application, "title");
        return title != null ? title : "Discount";
    }

    /** What one discount application took off, and from which lines. */
    private static final class Allocated {
        long amount;
        final List<Integer> lines = new ArrayList<>();

        void add(int line, long part) {
            amount = Math.addExact(amount, part);
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
    }
}

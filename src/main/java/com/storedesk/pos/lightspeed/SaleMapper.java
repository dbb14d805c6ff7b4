package com.storedesk.pos.lightspeed;

import static com.storedesk.pos.lightspeed.LightspeedJson.optionalText;
import static com.storedesk.pos.lightspeed.LightspeedJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.DiscountType;
import com.storedesk.core.SaleStatus;
import com.storedesk.core.event.SaleRecorded;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The items sold in a completed Lightspeed Sale. Lines with a positive quantity are sold, numbered in
 * the order Lightspeed lists them; lines with a negative quantity are returns ({@link ReturnMapper}).
 * A line's discount is its own discount plus its share of the sale's discount, as Lightspeed computes
 * them ({@code calcLineDiscount}, {@code calcTransactionDiscount}). Tax is the sold lines' two taxes,
 * none when the sale's prices include tax (StoreDesk's total, gross - discount + tax, must be what was
 * paid). The cashier is the sale's employee; a voided sale stays, as voided.
 */
final class SaleMapper {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SaleMapper() {
    }

    /** The sale; empty when nothing was sold (a pure return). */
    static Optional<SaleRecorded> sale(String source, Currency currency, JsonNode sale) {
        String id = text(sale, "saleID", "sale");
        String where = "sale " + id;
        List<SaleRecorded.Line> lines = new ArrayList<>();
        List<SaleRecorded.Discount> discounts = new ArrayList<>();
        BigDecimal tax = BigDecimal.ZERO;
        long saleDiscount = 0;
        for (JsonNode line : LightspeedJson.nested(sale, "SaleLines", "SaleLine")) {
            String lineWhere = where + " line " + optionalText(line, "saleLineID");
            BigDecimal quantity = LightspeedJson.decimal(line, "unitQuantity", lineWhere);
            if (quantity.signum() <= 0) {
                continue;
            }
            int lineNo = lines.size() + 1;
            long own = LightspeedJson.minor(line, "calcLineDiscount", currency, lineWhere);
            long share = LightspeedJson.minor(line, "calcTransactionDiscount", currency, lineWhere);
            lines.add(new SaleRecorded.Line(lineNo, product(line), quantity,
                    LightspeedJson.minor(LightspeedJson.decimal(line, "unitPrice", lineWhere), currency),
                    Math.addExact(own, share), null));
            if (own > 0) {
                discounts.add(discount(LightspeedJson.relation(line, "Discount"), line, own, lineNo, "Line discount"));
            }
            saleDiscount = Math.addExact(saleDiscount, share);
            tax = tax.add(zeroIfAbsent(line, "calcTax1", lineWhere)).add(zeroIfAbsent(line, "calcTax2", lineWhere));
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        if (saleDiscount > 0) {
            JsonNode discount = LightspeedJson.relation(sale, "Discount");
            discounts.add(discount(discount, discount, saleDiscount, null, "Sale discount"));
        }
        Instant changed = LightspeedJson.instant(sale, "timeStamp", where);
        Instant completed = LightspeedJson.optionalInstant(sale, "completeTime", where);
        boolean voided = LightspeedJson.flag(sale, "voided");
        long additiveTax = LightspeedJson.flag(sale, "isTaxInclusive") ? 0 : LightspeedJson.minor(tax, currency);
        return Optional.of(new SaleRecorded(source, id, text(sale, "shopID", where), null,
                LightspeedJson.reference(sale, "employeeID"), LightspeedJson.reference(sale, "customerID"),
                completed != null ? completed : LightspeedJson.instant(sale, "createTime", where), changed,
                voided ? SaleStatus.VOIDED : SaleStatus.COMPLETED, voided ? changed : null, null, null, currency,
                additiveTax, lines, PaymentMapper.tenders(sale, currency, where), discounts));
    }

    /** The item the line sold, or the stand-in for a miscellaneous charge. */
    static String product(JsonNode line) {
        String item = LightspeedJson.reference(line, "itemID");
        return item != null ? item : ItemMapper.MISCELLANEOUS;
    }

    /** A discount named by its Discount record where Lightspeed sent one; a percentage is a fraction there. */
    private static SaleRecorded.Discount discount(JsonNode record, JsonNode amounts, long amount, Integer lineNo,
            String fallbackName) {
        String name = optionalText(record, "name");
        BigDecimal fraction = LightspeedJson.optionalDecimal(amounts, "discountPercent", fallbackName);
        boolean percent = fraction != null && fraction.signum() > 0 && fraction.compareTo(BigDecimal.ONE) <= 0;
        return new SaleRecorded.Discount(name != null ? name : fallbackName,
                percent ? DiscountType.PERCENT : DiscountType.AMOUNT,
                percent ? fraction.multiply(HUNDRED).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros() : null,
                amount, lineNo, null);
    }

    private static BigDecimal zeroIfAbsent(JsonNode line, String field, String where) {
        BigDecimal value = LightspeedJson.optionalDecimal(line, field, where);
        return value == null ? BigDecimal.ZERO : value;
    }
}

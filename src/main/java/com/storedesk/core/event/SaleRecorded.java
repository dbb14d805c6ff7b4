package com.storedesk.core.event;

import com.storedesk.core.DiscountType;
import com.storedesk.core.SaleStatus;
import com.storedesk.core.TenderType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A sale (a platform's order or receipt) in its latest known version. The same sale may be
 * delivered again, and later versions (a void, a corrected line) replace earlier ones: ingest
 * keeps the version with the latest {@link #updatedAt()}.
 *
 * <p>Amounts are in minor units of {@link #currency()}. Each line's {@code discountMinor} is its
 * share of every discount on the sale, so line nets add up to the sale's net; {@link #discounts()}
 * says which discounts those were and who applied them. Returns are not negative lines: they are
 * {@link RefundRecorded} events linked to this sale.
 *
 * @param registerExternalId the till it was rung on, or null
 * @param cashierExternalId the employee who rang it up, or null
 * @param customerExternalId the identified customer, or null for an anonymous sale
 * @param updatedAt the platform's last-modified time of this version
 * @param voidedAt when the sale was voided, or null when it stands
 */
public record SaleRecorded(
        String source,
        String externalId,
        String storeExternalId,
        String registerExternalId,
        String cashierExternalId,
        String customerExternalId,
        Instant occurredAt,
        Instant updatedAt,
        SaleStatus status,
        Instant voidedAt,
        String voidedByExternalId,
        String voidReason,
        Currency currency,
        long taxMinor,
        List<Line> lines,
        List<Tender> tenders,
        List<Discount> discounts) implements RetailEvent {

    public SaleRecorded {
        Events.requireIds(source, externalId);
        Events.requireText(storeExternalId, "storeExternalId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(currency, "currency");
        lines = Events.copy(lines, "lines");
        tenders = Events.copy(tenders, "tenders");
        discounts = Events.copy(discounts, "discounts");
    }

    /** Sum of line gross amounts (list price times quantity). */
    public long subtotalMinor() {
        return lines.stream().mapToLong(Line::grossMinor).sum();
    }

    public long discountMinor() {
        return lines.stream().mapToLong(Line::discountMinor).sum();
    }

    public long totalMinor() {
        return subtotalMinor() - discountMinor() + taxMinor;
    }

    /**
     * One item line.
     *
     * @param lineNo 1-based position, unique within the sale and stable across versions
     * @param quantity units, or weight / volume for goods sold by measure; positive
     * @param unitCostMinor the cost of one unit at the time of sale, or null when unknown
     */
    public record Line(
            int lineNo,
            String productExternalId,
            BigDecimal quantity,
            long unitPriceMinor,
            long discountMinor,
            Long unitCostMinor) {

        public Line {
            Events.requireText(productExternalId, "productExternalId");
            Objects.requireNonNull(quantity, "quantity");
        }

        /** Price times quantity, rounded half-even to the minor unit (weighed goods). */
        public long grossMinor() {
            return quantity.multiply(BigDecimal.valueOf(unitPriceMinor))
                    .setScale(0, RoundingMode.HALF_EVEN)
                    .longValueExact();
        }

        public long netMinor() {
            return grossMinor() - discountMinor;
        }

        /** Cost of the line, or null when the unit cost is unknown. */
        public Long costMinor() {
            return unitCostMinor == null
                    ? null
                    : quantity.multiply(BigDecimal.valueOf(unitCostMinor))
                            .setScale(0, RoundingMode.HALF_EVEN)
                            .longValueExact();
        }
    }

    /** One payment. */
    public record Tender(TenderType type, long amountMinor, String cardBrand) {
        public Tender {
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * One discount as the cashier or a promotion applied it.
     *
     * @param lineNo the line it applies to, or null for the whole sale
     * @param percent the percentage for {@link DiscountType#PERCENT}, else null
     * @param appliedByExternalId the employee who applied it, or null for an automatic promotion
     */
    public record Discount(
            String name,
            DiscountType type,
            BigDecimal percent,
            long amountMinor,
            Integer lineNo,
            String appliedByExternalId) {

        public Discount {
            Events.requireText(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }
}

package com.storedesk.actions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Exactly what an action would change at the store, one record per {@link ActionType}, with the
 * values before and after so a person can see both. Money is in the store currency's minor units.
 * {@link #target()} names the thing changed (a product, a sale, a supplier): one proposer keeps at
 * most one pending proposal per target.
 */
public sealed interface ActionChange {

    ActionType type();

    /** What is changed, such as {@code product:42}; two changes of one target are the same suggestion. */
    String target();

    /**
     * A percentage off the price of a product: on one sale's line when {@code saleId} is set, else on
     * each unit of the product sold until the action expires (a clearance offer for the next sales).
     */
    record SaleDiscount(Long saleId, long productId, String sku, String productName, BigDecimal percent,
            long unitPriceMinor, Currency currency) implements ActionChange {

        public SaleDiscount {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(productName, "productName");
            Objects.requireNonNull(currency, "currency");
            requirePercent(percent);
        }

        /** The discount on one unit, rounded to the minor unit. */
        public long amountMinor() {
            return BigDecimal.valueOf(unitPriceMinor).multiply(percent)
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
        }

        /** The price of one unit after the discount. */
        public long discountedPriceMinor() {
            return unitPriceMinor - amountMinor();
        }

        @Override
        public ActionType type() {
            return ActionType.SALE_DISCOUNT;
        }

        @Override
        public String target() {
            return saleId == null ? "product:" + productId : "sale:" + saleId + ":product:" + productId;
        }
    }

    /** A temporary lower price for a product until a date (included), then the price goes back. */
    record Markdown(long productId, String sku, String productName, long fromPriceMinor, long toPriceMinor,
            Currency currency, LocalDate until) implements ActionChange {

        public Markdown {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(productName, "productName");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(until, "until");
            if (toPriceMinor < 0 || toPriceMinor >= fromPriceMinor) {
                throw new IllegalArgumentException("A markdown lowers the price: " + fromPriceMinor + " to "
                        + toPriceMinor);
            }
        }

        /** How deep the markdown is, in percent of the old price, two decimals. */
        public BigDecimal percentOff() {
            return percentChange(fromPriceMinor, toPriceMinor).negate();
        }

        @Override
        public ActionType type() {
            return ActionType.MARKDOWN;
        }

        @Override
        public String target() {
            return "product:" + productId;
        }
    }

    /** A permanent new price for a product. */
    record PriceChange(long productId, String sku, String productName, long fromPriceMinor, long toPriceMinor,
            Currency currency) implements ActionChange {

        public PriceChange {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(productName, "productName");
            Objects.requireNonNull(currency, "currency");
            if (fromPriceMinor <= 0 || toPriceMinor <= 0 || fromPriceMinor == toPriceMinor) {
                throw new IllegalArgumentException("A price change moves a positive price to another: "
                        + fromPriceMinor + " to " + toPriceMinor);
            }
        }

        /** The change in percent of the old price, negative for a cut, two decimals. */
        public BigDecimal percentChange() {
            return ActionChange.percentChange(fromPriceMinor, toPriceMinor);
        }

        @Override
        public ActionType type() {
            return ActionType.PRICE_CHANGE;
        }

        @Override
        public String target() {
            return "product:" + productId;
        }
    }

    /** An order to a supplier, not sent until approved. */
    record PurchaseOrderDraft(String supplier, List<OrderLine> lines, Currency currency) implements ActionChange {

        public PurchaseOrderDraft {
            Objects.requireNonNull(supplier, "supplier");
            Objects.requireNonNull(currency, "currency");
            lines = List.copyOf(lines);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("A purchase order has at least one line");
            }
        }

        /** What the order costs: the lines' quantity times unit cost, rounded to the minor unit. */
        public long totalMinor() {
            return lines.stream().mapToLong(OrderLine::costMinor).sum();
        }

        @Override
        public ActionType type() {
            return ActionType.PURCHASE_ORDER;
        }

        @Override
        public String target() {
            return "supplier:" + supplier;
        }
    }

    /** One product on a purchase order. */
    record OrderLine(long productId, String sku, String productName, BigDecimal quantity, long unitCostMinor) {

        public OrderLine {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(productName, "productName");
            if (quantity.signum() <= 0 || unitCostMinor < 0) {
                throw new IllegalArgumentException("An order line has a positive quantity and a cost: " + sku);
            }
        }

        public long costMinor() {
            return quantity.multiply(BigDecimal.valueOf(unitCostMinor)).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
        }
    }

    /**
     * Book the difference a physical count found: the system expected {@code systemLevel}, the count
     * found {@code countedLevel}. Valued at {@code unitValueMinor} (the unit cost, or the price when the
     * cost is unknown).
     */
    record StockAdjustment(long productId, String sku, String productName, BigDecimal systemLevel,
            BigDecimal countedLevel, long unitValueMinor, Currency currency, AdjustmentReason reason)
            implements ActionChange {

        public StockAdjustment {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(productName, "productName");
            Objects.requireNonNull(systemLevel, "systemLevel");
            Objects.requireNonNull(countedLevel, "countedLevel");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(reason, "reason");
            if (systemLevel.compareTo(countedLevel) == 0) {
                throw new IllegalArgumentException("A stock adjustment changes the level: " + sku);
            }
        }

        /** Counted minus expected: negative for a loss. */
        public BigDecimal delta() {
            return countedLevel.subtract(systemLevel);
        }

        /** The delta's value, negative for a loss, rounded to the minor unit. */
        public long valueMinor() {
            return delta().multiply(BigDecimal.valueOf(unitValueMinor)).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
        }

        @Override
        public ActionType type() {
            return ActionType.STOCK_ADJUSTMENT;
        }

        @Override
        public String target() {
            return "product:" + productId;
        }
    }

    /**
     * An associate asks for a manager: who asks, the customer being served as a reference only (the
     * customer's id and loyalty card, no name or contact), and the one line they typed. The
     * conversation so far travels as the action's evidence. One open request per associate and store.
     *
     * @param associate the asking associate's name as the inbox shows it
     * @param customerId the customer shown on the copilot, or null when none was
     * @param loyaltyId that customer's loyalty card, or null
     * @param reason what the associate typed, or null
     */
    record AssistanceRequest(String associate, Long customerId, String loyaltyId, String reason)
            implements ActionChange {

        /** The longest reason kept: one line. */
        public static final int REASON_LENGTH = 140;

        public AssistanceRequest {
            Objects.requireNonNull(associate, "associate");
            reason = reason == null || reason.isBlank() ? null : oneLine(reason, REASON_LENGTH);
            loyaltyId = loyaltyId == null || loyaltyId.isBlank() ? null : loyaltyId.strip();
        }

        @Override
        public ActionType type() {
            return ActionType.ASSISTANCE;
        }

        @Override
        public String target() {
            return "assistance";
        }

        /** Names no one and repeats nothing typed, so a logged or thrown request leaks nothing. */
        @Override
        public String toString() {
            return "AssistanceRequest[" + target() + "]";
        }
    }

    /** {@code text} on one line, at most {@code length} characters, ending in an ellipsis when cut. */
    private static String oneLine(String text, int length) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= length ? line : line.substring(0, length - 1).stripTrailing() + "\u2026";
    }

    /** Why stock is adjusted. */
    enum AdjustmentReason {
        /** The count found less than expected and nothing explains it. */
        SHRINK,
        /** The count found more than expected. */
        FOUND;

        public static AdjustmentReason of(BigDecimal delta) {
            return delta.signum() < 0 ? SHRINK : FOUND;
        }

        public String nameKey() {
            return switch (this) {
                case SHRINK -> "action.adjustment.shrink";
                case FOUND -> "action.adjustment.found";
            };
        }
    }

    private static void requirePercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("A discount is between 0 and 100 %: " + percent);
        }
    }

    private static BigDecimal percentChange(long fromMinor, long toMinor) {
        return BigDecimal.valueOf(toMinor - fromMinor).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(fromMinor), 2, RoundingMode.HALF_UP);
    }
}

package com.storedesk.data.entity;

import com.storedesk.core.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Rollup: one store's sales in one store-local hour. Screens read this, never raw lines.
 * gross = list price x quantity; net = gross - discount - refund.
 */
@Entity
@Table(name = "sales_by_store_hour")
public class SalesByStoreHour {

    /** (store, instant the store-local hour begins). */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "store_id", nullable = false)
        private long storeId;

        @Column(name = "hour_start", nullable = false)
        private Instant hourStart;

        protected Key() {
        }

        public Key(long storeId, Instant hourStart) {
            this.storeId = storeId;
            this.hourStart = Require.instant(hourStart, "hourStart");
        }

        public long getStoreId() {
            return storeId;
        }

        public Instant getHourStart() {
            return hourStart;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && storeId == key.storeId && hourStart.equals(key.hourStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(storeId, hourStart);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "transactions", nullable = false)
    private int transactions;

    @Column(name = "units", nullable = false, precision = 14, scale = 3)
    private BigDecimal units = BigDecimal.ZERO;

    @Column(name = "gross_minor", nullable = false)
    private long grossMinor;

    @Column(name = "discount_minor", nullable = false)
    private long discountMinor;

    @Column(name = "refund_minor", nullable = false)
    private long refundMinor;

    @Column(name = "net_minor", nullable = false)
    private long netMinor;

    /** Sum of known line costs only. */
    @Column(name = "cost_minor", nullable = false)
    private long costMinor;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, length = 3)
    private Currency currency;

    protected SalesByStoreHour() {
    }

    /** An empty bucket; fill it with {@link #addSales} and {@link #addRefunds}. */
    public SalesByStoreHour(Key key, LocalDate businessDate, Currency currency) {
        this.key = Require.nonNull(key, "key");
        this.businessDate = Require.nonNull(businessDate, "businessDate");
        this.currency = Require.nonNull(currency, "currency");
    }

    /** Adds sales to the bucket; pass negative values to take a voided sale back out. */
    public void addSales(int transactions, BigDecimal units, long grossMinor, long discountMinor, long costMinor) {
        this.transactions += transactions;
        this.units = this.units.add(Require.quantity(units, "units"));
        this.grossMinor = Math.addExact(this.grossMinor, grossMinor);
        this.discountMinor = Math.addExact(this.discountMinor, discountMinor);
        this.costMinor = Math.addExact(this.costMinor, costMinor);
        recomputeNet();
    }

    public void addRefunds(long refundMinor) {
        this.refundMinor = Math.addExact(this.refundMinor, refundMinor);
        recomputeNet();
    }

    private void recomputeNet() {
        netMinor = grossMinor - discountMinor - refundMinor;
    }

    public Key getKey() {
        return key;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public int getTransactions() {
        return transactions;
    }

    public BigDecimal getUnits() {
        return units;
    }

    public long getGrossMinor() {
        return grossMinor;
    }

    public long getDiscountMinor() {
        return discountMinor;
    }

    public long getRefundMinor() {
        return refundMinor;
    }

    public long getNetMinor() {
        return netMinor;
    }

    public Money getNet() {
        return new Money(netMinor, currency);
    }

    public long getCostMinor() {
        return costMinor;
    }

    public Currency getCurrency() {
        return currency;
    }
}

package com.storedesk.data.entity;

import com.storedesk.core.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Rollup: one product's sales in one store on one store-local business day. */
@Entity
@Table(name = "sales_by_sku_day")
public class SalesBySkuDay {

    /** (store, product, business date). */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "store_id", nullable = false)
        private long storeId;

        @Column(name = "product_id", nullable = false)
        private long productId;

        @Column(name = "business_date", nullable = false)
        private LocalDate businessDate;

        protected Key() {
        }

        public Key(long storeId, long productId, LocalDate businessDate) {
            this.storeId = storeId;
            this.productId = productId;
            this.businessDate = Require.nonNull(businessDate, "businessDate");
        }

        public long getStoreId() {
            return storeId;
        }

        public long getProductId() {
            return productId;
        }

        public LocalDate getBusinessDate() {
            return businessDate;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && storeId == key.storeId && productId == key.productId
                    && businessDate.equals(key.businessDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(storeId, productId, businessDate);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "transactions", nullable = false)
    private int transactions;

    @Column(name = "units", nullable = false, precision = 14, scale = 3)
    private BigDecimal units = BigDecimal.ZERO;

    @Column(name = "net_minor", nullable = false)
    private long netMinor;

    @Column(name = "discount_minor", nullable = false)
    private long discountMinor;

    /** Sum of known line costs only. */
    @Column(name = "cost_minor", nullable = false)
    private long costMinor;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, length = 3)
    private Currency currency;

    protected SalesBySkuDay() {
    }

    /** An empty bucket; fill it with {@link #add}. */
    public SalesBySkuDay(Key key, Currency currency) {
        this.key = Require.nonNull(key, "key");
        this.currency = Require.nonNull(currency, "currency");
    }

    /** Adds sales of the product; pass negative values to take a voided sale or a return back out. */
    public void add(int transactions, BigDecimal units, long netMinor, long discountMinor, long costMinor) {
        this.transactions += transactions;
        this.units = this.units.add(Require.quantity(units, "units"));
        this.netMinor = Math.addExact(this.netMinor, netMinor);
        this.discountMinor = Math.addExact(this.discountMinor, discountMinor);
        this.costMinor = Math.addExact(this.costMinor, costMinor);
    }

    public Key getKey() {
        return key;
    }

    public int getTransactions() {
        return transactions;
    }

    public BigDecimal getUnits() {
        return units;
    }

    public long getNetMinor() {
        return netMinor;
    }

    public Money getNet() {
        return new Money(netMinor, currency);
    }

    public long getDiscountMinor() {
        return discountMinor;
    }

    public long getCostMinor() {
        return costMinor;
    }

    public Currency getCurrency() {
        return currency;
    }
}

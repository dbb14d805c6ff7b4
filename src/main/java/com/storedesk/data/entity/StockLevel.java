package com.storedesk.data.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Units on hand of one product in one store (one row per store and product). */
@Entity
@Table(name = "stock_level")
public class StockLevel extends SourcedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "store_id", nullable = false, updatable = false)
    private Store store;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Column(name = "on_hand", nullable = false, precision = 12, scale = 3)
    private BigDecimal onHand;

    /** When on_hand last changed: set by StoreDesk's clock unless the caller sets the platform's time. */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the platform counted {@link #onHand}; an older count never replaces a newer one. Null if unknown. */
    @Column(name = "counted_at")
    private Instant countedAt;

    protected StockLevel() {
    }

    public StockLevel(String source, String externalId, Store store, Product product, BigDecimal onHand) {
        super(source, externalId);
        this.store = Require.nonNull(store, "store");
        this.product = Require.nonNull(product, "product");
        setOnHand(onHand);
    }

    public Store getStore() {
        return store;
    }

    public Product getProduct() {
        return product;
    }

    public BigDecimal getOnHand() {
        return onHand;
    }

    public void setOnHand(BigDecimal onHand) {
        this.onHand = Require.quantity(onHand, "onHand");
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = Require.instant(updatedAt);
    }

    public Instant getCountedAt() {
        return countedAt;
    }

    public void setCountedAt(Instant countedAt) {
        this.countedAt = Require.instant(countedAt);
    }
}

package com.storedesk.data.entity;

import com.storedesk.core.MovementType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One change to a store's stock of a product: a sale, a receipt, a count, an adjustment... */
@Entity
@Table(name = "stock_movement")
public class StockMovement extends SourcedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "store_id", nullable = false)
    private Store store;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    /** Who counted or adjusted, when known. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "movement_type", nullable = false, length = 16)
    private MovementType movementType;

    /** Positive adds stock, negative removes it. */
    @Column(name = "quantity_delta", nullable = false, precision = 12, scale = 3)
    private BigDecimal quantityDelta;

    /** e.g. a purchase-order or transfer number. */
    @Column(name = "reference", length = 128)
    private String reference;

    protected StockMovement() {
    }

    public StockMovement(String source, String externalId, Store store, Product product, Instant occurredAt,
            LocalDate businessDate, MovementType movementType, BigDecimal quantityDelta) {
        super(source, externalId);
        this.store = Require.nonNull(store, "store");
        this.product = Require.nonNull(product, "product");
        this.occurredAt = Require.instant(occurredAt, "occurredAt");
        this.businessDate = Require.nonNull(businessDate, "businessDate");
        this.movementType = Require.nonNull(movementType, "movementType");
        this.quantityDelta = Require.quantity(quantityDelta, "quantityDelta");
    }

    public Store getStore() {
        return store;
    }

    public Product getProduct() {
        return product;
    }

    public Employee getEmployee() {
        return employee;
    }

    public void setEmployee(Employee employee) {
        this.employee = employee;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public MovementType getMovementType() {
        return movementType;
    }

    public BigDecimal getQuantityDelta() {
        return quantityDelta;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = Require.maxLength(reference, "reference", 128);
    }
}

package com.storedesk.data.entity;

import com.storedesk.core.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One returned item of a refund, in the refund's currency. Created by {@link Refund#addLine}. */
@Entity
@Table(name = "refund_line")
public class RefundLine implements LineNumbered {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "refund_id", nullable = false, updatable = false)
    private Refund refund;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sale_line_id")
    private SaleLine saleLine;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(name = "quantity", nullable = false, precision = 12, scale = 3)
    private BigDecimal quantity;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    /** True when the item went back on the shelf (not damaged or discarded). */
    @Column(name = "restocked", nullable = false)
    private boolean restocked;

    protected RefundLine() {
    }

    RefundLine(Refund refund, int lineNo, SaleLine saleLine, Product product, BigDecimal quantity, long amountMinor,
            boolean restocked) {
        this.refund = refund;
        this.lineNo = lineNo;
        this.saleLine = saleLine;
        this.product = Require.nonNull(product, "product");
        this.quantity = Require.quantity(quantity, "quantity");
        this.amountMinor = amountMinor;
        this.restocked = restocked;
    }

    public Long getId() {
        return id;
    }

    public Refund getRefund() {
        return refund;
    }

    @Override
    public int getLineNo() {
        return lineNo;
    }

    public SaleLine getSaleLine() {
        return saleLine;
    }

    public Product getProduct() {
        return product;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public Money getAmount() {
        return new Money(amountMinor, refund.getCurrency());
    }

    public boolean isRestocked() {
        return restocked;
    }

    @Override
    public String toString() {
        return "RefundLine[id=" + id + ", lineNo=" + lineNo + "]";
    }
}

package com.storedesk.data.entity;

import com.storedesk.core.DiscountType;
import com.storedesk.core.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A discount on a sale, on one line or (line null) on the whole sale, with the employee who
 * applied it: discount abuse is found through that. Created by {@link Sale#addDiscount}.
 */
@Entity
@Table(name = "sale_discount")
public class SaleDiscount implements LineNumbered {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sale_id", nullable = false, updatable = false)
    private Sale sale;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sale_line_id")
    private SaleLine saleLine;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "discount_type", nullable = false, length = 16)
    private DiscountType discountType;

    @Column(name = "percent", precision = 6, scale = 3)
    private BigDecimal percent;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "applied_by_id")
    private Employee appliedBy;

    protected SaleDiscount() {
    }

    SaleDiscount(Sale sale, int lineNo, SaleLine saleLine, String name, DiscountType discountType,
            BigDecimal percent, long amountMinor, Employee appliedBy) {
        this.sale = sale;
        this.lineNo = lineNo;
        this.saleLine = saleLine;
        this.name = Require.text(name, "name", 200);
        this.discountType = Require.nonNull(discountType, "discountType");
        if (discountType == DiscountType.PERCENT && percent == null) {
            throw new IllegalArgumentException("A PERCENT discount needs its percent");
        }
        this.percent = percent;
        this.amountMinor = amountMinor;
        this.appliedBy = appliedBy;
    }

    public Long getId() {
        return id;
    }

    public Sale getSale() {
        return sale;
    }

    @Override
    public int getLineNo() {
        return lineNo;
    }

    /** Null for a whole-sale discount. */
    public SaleLine getSaleLine() {
        return saleLine;
    }

    public String getName() {
        return name;
    }

    public DiscountType getDiscountType() {
        return discountType;
    }

    /** e.g. 15.000 for 15 %; null for {@link DiscountType#AMOUNT}. */
    public BigDecimal getPercent() {
        return percent;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public Money getAmount() {
        return new Money(amountMinor, sale.getCurrency());
    }

    public Employee getAppliedBy() {
        return appliedBy;
    }

    @Override
    public String toString() {
        return "SaleDiscount[id=" + id + ", lineNo=" + lineNo + ", type=" + discountType + "]";
    }
}

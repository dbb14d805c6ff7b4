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
import java.util.Optional;

/** One item line of a sale, in the sale's currency. Created by {@link Sale#addLine}. */
@Entity
@Table(name = "sale_line")
public class SaleLine implements LineNumbered {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sale_id", nullable = false, updatable = false)
    private Sale sale;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(name = "quantity", nullable = false, precision = 12, scale = 3)
    private BigDecimal quantity;

    @Column(name = "unit_price_minor", nullable = false)
    private long unitPriceMinor;

    @Column(name = "discount_minor", nullable = false)
    private long discountMinor;

    @Column(name = "net_minor", nullable = false)
    private long netMinor;

    /** Cost at the time of sale; null when unknown. */
    @Column(name = "unit_cost_minor")
    private Long unitCostMinor;

    protected SaleLine() {
    }

    SaleLine(Sale sale, int lineNo, Product product, BigDecimal quantity, long unitPriceMinor, long discountMinor,
            long netMinor, Long unitCostMinor) {
        this.sale = sale;
        this.lineNo = lineNo;
        setProduct(product);
        setAmounts(quantity, unitPriceMinor, discountMinor, netMinor);
        this.unitCostMinor = unitCostMinor;
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

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = Require.nonNull(product, "product");
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public long getUnitPriceMinor() {
        return unitPriceMinor;
    }

    public long getDiscountMinor() {
        return discountMinor;
    }

    public long getNetMinor() {
        return netMinor;
    }

    public Money getNet() {
        return new Money(netMinor, sale.getCurrency());
    }

    public void setAmounts(BigDecimal quantity, long unitPriceMinor, long discountMinor, long netMinor) {
        this.quantity = Require.quantity(quantity, "quantity");
        this.unitPriceMinor = unitPriceMinor;
        this.discountMinor = discountMinor;
        this.netMinor = netMinor;
    }

    public Long getUnitCostMinor() {
        return unitCostMinor;
    }

    public void setUnitCostMinor(Long unitCostMinor) {
        this.unitCostMinor = unitCostMinor;
    }

    public Optional<Money> getUnitCost() {
        return Optional.ofNullable(unitCostMinor).map(cost -> new Money(cost, sale.getCurrency()));
    }

    @Override
    public String toString() {
        return "SaleLine[id=" + id + ", lineNo=" + lineNo + "]";
    }
}

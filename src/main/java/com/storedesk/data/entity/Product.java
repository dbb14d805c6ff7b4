package com.storedesk.data.entity;

import com.storedesk.core.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A catalog item. The SKU is unique per source; the GTIN (barcode) is optional. */
@Entity
@Table(name = "product")
public class Product extends SourcedEntity {

    public static final String EACH = "EACH";

    @Column(name = "sku", nullable = false, length = 64)
    private String sku;

    @Column(name = "gtin", length = 14)
    private String gtin;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "category", length = 100)
    private String category;

    /** EACH for counted goods, KG / LB / L for goods sold by measure. */
    @Column(name = "unit_of_measure", nullable = false, length = 16)
    private String unitOfMeasure = EACH;

    /** Null when the platform does not know the cost; never guessed as zero. */
    @Column(name = "unit_cost_minor")
    private Long unitCostMinor;

    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, length = 3)
    private Currency currency;

    @Column(name = "perishable", nullable = false)
    private boolean perishable;

    @Column(name = "shelf_life_days")
    private Integer shelfLifeDays;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Product() {
    }

    public Product(String source, String externalId, String sku, String name, long priceMinor, Currency currency) {
        super(source, externalId);
        setSku(sku);
        setName(name);
        this.priceMinor = priceMinor;
        this.currency = Require.nonNull(currency, "currency");
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = Require.text(sku, "sku", 64);
    }

    public String getGtin() {
        return gtin;
    }

    public void setGtin(String gtin) {
        this.gtin = Require.maxLength(gtin, "gtin", 14);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Require.text(name, "name", 200);
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = Require.maxLength(category, "category", 100);
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = Require.text(unitOfMeasure, "unitOfMeasure", 16);
    }

    public Long getUnitCostMinor() {
        return unitCostMinor;
    }

    public void setUnitCostMinor(Long unitCostMinor) {
        this.unitCostMinor = unitCostMinor;
    }

    public Optional<Money> getUnitCost() {
        return Optional.ofNullable(unitCostMinor).map(cost -> new Money(cost, currency));
    }

    public long getPriceMinor() {
        return priceMinor;
    }

    public Money getPrice() {
        return new Money(priceMinor, currency);
    }

    /** Price and cost share the currency, so they change together. */
    public void setPrice(long priceMinor, Currency currency) {
        this.priceMinor = priceMinor;
        this.currency = Require.nonNull(currency, "currency");
    }

    public Currency getCurrency() {
        return currency;
    }

    public boolean isPerishable() {
        return perishable;
    }

    public void setPerishable(boolean perishable) {
        this.perishable = perishable;
    }

    public Integer getShelfLifeDays() {
        return shelfLifeDays;
    }

    public void setShelfLifeDays(Integer shelfLifeDays) {
        if (shelfLifeDays != null && shelfLifeDays <= 0) {
            throw new IllegalArgumentException("shelfLifeDays must be positive: " + shelfLifeDays);
        }
        this.shelfLifeDays = shelfLifeDays;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

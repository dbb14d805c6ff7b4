package com.storedesk.data.entity;

import com.storedesk.core.DiscountType;
import com.storedesk.core.Money;
import com.storedesk.core.SaleStatus;
import com.storedesk.core.TenderType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A POS transaction. Lines, tenders and discounts belong to it: add them through this class
 * so line numbers and back references stay consistent.
 *
 * <p>Replacing children on re-ingest: Hibernate flushes inserts before orphan deletes, so
 * clearing a list and adding rows with the same line numbers in one flush violates the
 * (sale_id, line_no) key. Update existing children in place, or flush after clearing.
 */
@Entity
@Table(name = "sale")
public class Sale extends SourcedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "store_id", nullable = false)
    private Store store;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "register_id")
    private Register register;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cashier_id")
    private Employee cashier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** The store-local date of {@link #occurredAt}. */
    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SaleStatus status = SaleStatus.COMPLETED;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "voided_by_id")
    private Employee voidedBy;

    @Column(name = "void_reason", length = 500)
    private String voidReason;

    @Column(name = "subtotal_minor", nullable = false)
    private long subtotalMinor;

    @Column(name = "discount_minor", nullable = false)
    private long discountMinor;

    @Column(name = "tax_minor", nullable = false)
    private long taxMinor;

    @Column(name = "total_minor", nullable = false)
    private long totalMinor;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, length = 3)
    private Currency currency;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The platform's last-modified time of this version; ingest ignores deliveries that are not newer. */
    @Column(name = "source_updated_at")
    private Instant sourceUpdatedAt;

    @OneToMany(mappedBy = "sale", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<SaleLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "sale", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<SaleTender> tenders = new ArrayList<>();

    @OneToMany(mappedBy = "sale", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<SaleDiscount> discounts = new ArrayList<>();

    protected Sale() {
    }

    public Sale(String source, String externalId, Store store, Instant occurredAt, LocalDate businessDate,
            Currency currency) {
        super(source, externalId);
        this.store = Require.nonNull(store, "store");
        setOccurredAt(occurredAt, businessDate);
        this.currency = Require.nonNull(currency, "currency");
    }

    public SaleLine addLine(Product product, BigDecimal quantity, long unitPriceMinor, long discountMinor,
            long netMinor, Long unitCostMinor) {
        SaleLine line = new SaleLine(this, LineNumbered.next(lines), product, quantity, unitPriceMinor,
                discountMinor, netMinor, unitCostMinor);
        lines.add(line);
        return line;
    }

    public SaleTender addTender(TenderType type, long amountMinor, String cardBrand) {
        SaleTender tender = new SaleTender(this, LineNumbered.next(tenders), type, amountMinor, cardBrand);
        tenders.add(tender);
        return tender;
    }

    /**
     * @param line the discounted line of this sale, or null for a whole-sale discount
     * @param percent the percentage for {@link DiscountType#PERCENT}, else null
     */
    public SaleDiscount addDiscount(SaleLine line, String name, DiscountType type, BigDecimal percent,
            long amountMinor, Employee appliedBy) {
        if (line != null && !Require.sameRow(line.getSale(), this)) {
            throw new IllegalArgumentException("The discounted line belongs to another sale");
        }
        SaleDiscount discount = new SaleDiscount(this, LineNumbered.next(discounts), line, name, type, percent,
                amountMinor, appliedBy);
        discounts.add(discount);
        return discount;
    }

    public void voidSale(Instant voidedAt, Employee voidedBy, String reason) {
        this.status = SaleStatus.VOIDED;
        this.voidedAt = Require.instant(voidedAt);
        this.voidedBy = voidedBy;
        this.voidReason = Require.maxLength(reason, "reason", 500);
    }

    public void setTotals(long subtotalMinor, long discountMinor, long taxMinor, long totalMinor) {
        this.subtotalMinor = subtotalMinor;
        this.discountMinor = discountMinor;
        this.taxMinor = taxMinor;
        this.totalMinor = totalMinor;
    }

    /** The instant and its store-local date change together. */
    public void setOccurredAt(Instant occurredAt, LocalDate businessDate) {
        this.occurredAt = Require.instant(occurredAt, "occurredAt");
        this.businessDate = Require.nonNull(businessDate, "businessDate");
    }

    public Store getStore() {
        return store;
    }

    public Register getRegister() {
        return register;
    }

    public void setRegister(Register register) {
        this.register = register;
    }

    public Employee getCashier() {
        return cashier;
    }

    public void setCashier(Employee cashier) {
        this.cashier = cashier;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public SaleStatus getStatus() {
        return status;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public Employee getVoidedBy() {
        return voidedBy;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public long getSubtotalMinor() {
        return subtotalMinor;
    }

    public long getDiscountMinor() {
        return discountMinor;
    }

    public long getTaxMinor() {
        return taxMinor;
    }

    public long getTotalMinor() {
        return totalMinor;
    }

    public Money getSubtotal() {
        return new Money(subtotalMinor, currency);
    }

    public Money getDiscount() {
        return new Money(discountMinor, currency);
    }

    public Money getTax() {
        return new Money(taxMinor, currency);
    }

    public Money getTotal() {
        return new Money(totalMinor, currency);
    }

    public Currency getCurrency() {
        return currency;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Null for a sale not written by ingest. */
    public Instant getSourceUpdatedAt() {
        return sourceUpdatedAt;
    }

    public void setSourceUpdatedAt(Instant sourceUpdatedAt) {
        this.sourceUpdatedAt = Require.instant(sourceUpdatedAt);
    }

    /** Read-only view ordered by line number. */
    public List<SaleLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public List<SaleTender> getTenders() {
        return Collections.unmodifiableList(tenders);
    }

    public List<SaleDiscount> getDiscounts() {
        return Collections.unmodifiableList(discounts);
    }

    /** Removes a discount; orphan removal deletes its row. */
    public void removeDiscount(SaleDiscount discount) {
        discounts.remove(Objects.requireNonNull(discount, "discount"));
    }

    /** Removes a tender; orphan removal deletes its row. */
    public void removeTender(SaleTender tender) {
        tenders.remove(Objects.requireNonNull(tender, "tender"));
    }

    /** Removes a line and the discounts on it; orphan removal deletes their rows. */
    public void removeLine(SaleLine line) {
        discounts.removeIf(discount -> discount.getSaleLine() == line);
        lines.remove(Objects.requireNonNull(line, "line"));
    }
}

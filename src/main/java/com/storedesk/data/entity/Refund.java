package com.storedesk.data.entity;

import com.storedesk.core.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Money given back against an earlier sale (a return or a refund); always linked to that sale. */
@Entity
@Table(name = "refund")
public class Refund extends SourcedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "original_sale_id", nullable = false)
    private Sale originalSale;

    /** Where the refund happened, which may differ from the store of the original sale. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "store_id", nullable = false)
    private Store store;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, length = 3)
    private Currency currency;

    @Column(name = "reason", length = 500)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "refund", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<RefundLine> lines = new ArrayList<>();

    protected Refund() {
    }

    public Refund(String source, String externalId, Sale originalSale, Store store, Instant occurredAt,
            LocalDate businessDate, long amountMinor, Currency currency) {
        super(source, externalId);
        this.originalSale = Require.nonNull(originalSale, "originalSale");
        this.store = Require.nonNull(store, "store");
        this.occurredAt = Require.instant(occurredAt, "occurredAt");
        this.businessDate = Require.nonNull(businessDate, "businessDate");
        this.amountMinor = amountMinor;
        this.currency = Require.nonNull(currency, "currency");
    }

    /** @param saleLine the original line returned, or null when the platform does not say */
    public RefundLine addLine(SaleLine saleLine, Product product, BigDecimal quantity, long amountMinor,
            boolean restocked) {
        if (saleLine != null && !Require.sameRow(saleLine.getSale(), originalSale)) {
            throw new IllegalArgumentException("The returned line belongs to another sale");
        }
        RefundLine line = new RefundLine(this, LineNumbered.next(lines), saleLine, product, quantity, amountMinor,
                restocked);
        lines.add(line);
        return line;
    }

    public void removeLine(RefundLine line) {
        lines.remove(line);
    }

    public Sale getOriginalSale() {
        return originalSale;
    }

    public Store getStore() {
        return store;
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

    public long getAmountMinor() {
        return amountMinor;
    }

    public void setAmountMinor(long amountMinor) {
        this.amountMinor = amountMinor;
    }

    public Money getAmount() {
        return new Money(amountMinor, currency);
    }

    public Currency getCurrency() {
        return currency;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = Require.maxLength(reason, "reason", 500);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<RefundLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}

package com.storedesk.data.entity;

import com.storedesk.core.Money;
import com.storedesk.core.TenderType;
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

/** One payment of a sale, in the sale's currency. Created by {@link Sale#addTender}. */
@Entity
@Table(name = "sale_tender")
public class SaleTender implements LineNumbered {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sale_id", nullable = false, updatable = false)
    private Sale sale;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "tender_type", nullable = false, length = 16)
    private TenderType tenderType;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(name = "card_brand", length = 32)
    private String cardBrand;

    protected SaleTender() {
    }

    SaleTender(Sale sale, int lineNo, TenderType tenderType, long amountMinor, String cardBrand) {
        this.sale = sale;
        this.lineNo = lineNo;
        this.tenderType = Require.nonNull(tenderType, "tenderType");
        this.amountMinor = amountMinor;
        this.cardBrand = Require.maxLength(cardBrand, "cardBrand", 32);
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

    public TenderType getTenderType() {
        return tenderType;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public Money getAmount() {
        return new Money(amountMinor, sale.getCurrency());
    }

    /** e.g. VISA, MASTERCARD; null for non-card tenders or when unknown. */
    public String getCardBrand() {
        return cardBrand;
    }

    @Override
    public String toString() {
        return "SaleTender[id=" + id + ", lineNo=" + lineNo + ", type=" + tenderType + "]";
    }
}

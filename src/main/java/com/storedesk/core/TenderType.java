package com.storedesk.core;

/** How a sale was paid; stored as text in {@code sale_tender.tender_type}. */
public enum TenderType {
    CARD,
    CASH,
    GIFT_CARD,
    MOBILE,
    OTHER
}

package com.storedesk.core;

/** Whether a sale stands; stored as text in {@code sale.status}. */
public enum SaleStatus {
    COMPLETED,
    VOIDED
}

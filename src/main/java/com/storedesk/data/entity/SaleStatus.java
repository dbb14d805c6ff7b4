package com.storedesk.data.entity;

/** Stored as text in {@code sale.status}. */
public enum SaleStatus {
    COMPLETED,
    VOIDED
}

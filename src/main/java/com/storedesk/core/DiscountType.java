package com.storedesk.core;

/** How a discount was expressed; stored as text in {@code sale_discount.discount_type}. */
public enum DiscountType {
    /** A percentage off; {@code sale_discount.percent} holds it. */
    PERCENT,
    /** A fixed amount off. */
    AMOUNT
}

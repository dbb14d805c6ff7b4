package com.storedesk.insight.district;

/** The rates compared across stores, each a share of the day's gross sales or sale count. */
public enum OutlierRate {
    /** Discounts given ÷ gross sales before discounts. */
    DISCOUNT,
    /** Refunded amount ÷ net sales. */
    REFUND,
    /** Voided sales ÷ sales rung up. */
    VOID
}

package com.storedesk.insight.kpi;

/** How a KPI's value reads. */
public enum KpiUnit {
    /** Minor units of the store's currency, a whole number. */
    MONEY,
    /** A whole number of things. */
    COUNT,
    /** A plain number with decimals (units per transaction). */
    DECIMAL,
    /** A fraction (0.25 is 25 %). */
    PERCENT
}

package com.storedesk.insight.kpi;

/** The tiles, in the order a store dashboard shows them, with their names for scripts. */
public enum KpiName {
    NET_SALES("netSales", "kpi.netSales", KpiUnit.MONEY),
    TRANSACTIONS("transactions", "kpi.transactions", KpiUnit.COUNT),
    AOV("aov", "kpi.aov", KpiUnit.MONEY),
    UNITS_PER_TRANSACTION("unitsPerTransaction", "kpi.unitsPerTransaction", KpiUnit.DECIMAL),
    TRAFFIC_IN("trafficIn", "kpi.trafficIn", KpiUnit.COUNT),
    CONVERSION("conversion", "kpi.conversion", KpiUnit.PERCENT),
    DISCOUNT_RATE("discountRate", "kpi.discountRate", KpiUnit.PERCENT),
    REFUND_RATE("refundRate", "kpi.refundRate", KpiUnit.PERCENT),
    SALES_PER_LABOR_HOUR("salesPerLaborHour", "kpi.salesPerLaborHour", KpiUnit.MONEY);

    private final String jsonName;
    private final String labelKey;
    private final KpiUnit unit;

    KpiName(String jsonName, String labelKey, KpiUnit unit) {
        this.jsonName = jsonName;
        this.labelKey = labelKey;
        this.unit = unit;
    }

    public String jsonName() {
        return jsonName;
    }

    public String labelKey() {
        return labelKey;
    }

    public KpiUnit unit() {
        return unit;
    }

    /** Whether a rise is good news: true for everything but the discount and refund rates. */
    public boolean higherIsBetter() {
        return this != DISCOUNT_RATE && this != REFUND_RATE;
    }
}

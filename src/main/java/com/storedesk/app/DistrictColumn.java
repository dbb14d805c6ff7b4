package com.storedesk.app;

/** The district view's columns, in the order the screen and its exports show them. */
public enum DistrictColumn {
    RANK("district.column.rank"),
    STORE("district.column.store"),
    NET_SALES("kpi.netSales"),
    VS_FORECAST("district.column.vsForecast"),
    TRANSACTIONS("kpi.transactions"),
    CONVERSION("kpi.conversion"),
    AVERAGE_ORDER("kpi.aov"),
    LAST_DAYS("district.column.lastDays"),
    ALERTS("district.column.alerts"),
    VARIANCE("district.column.variance");

    private final String labelKey;

    DistrictColumn(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}

package com.storedesk.insight.kpi;

/** Why a tile cannot show its number, or why the number it shows is incomplete. */
public enum KpiGap {
    /** No completed sale yet: averages and rates have nothing to divide by. */
    NO_SALES("kpi.gap.noSales"),
    /** The store has no door-counter data for the day at all. */
    NO_TRAFFIC_DATA("kpi.gap.noTraffic"),
    /** The door counter was silent in hours when the store was selling: counts are too low. */
    SENSOR_DARK("kpi.gap.sensorDark"),
    /** Nobody clocked in: there are no labor hours to divide by. */
    NO_SHIFTS("kpi.gap.noShifts");

    private final String messageKey;

    KpiGap(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

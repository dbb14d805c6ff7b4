package com.storedesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.insight.kpi.Kpi;
import com.storedesk.insight.kpi.KpiUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the commands write a tile's figures in JSON: money in major units, fractions to four places. */
final class KpiJson {

    private KpiJson() {
    }

    /** The tile's value under {@code name}, null when it is missing; {@code scale} is the currency's decimals. */
    static void putValue(ObjectNode node, String name, Kpi kpi, int scale) {
        if (kpi.value() == null) {
            node.putNull(name);
        } else {
            node.put(name, kpi.name().unit() == KpiUnit.MONEY ? kpi.value().movePointLeft(scale) : kpi.value());
        }
    }

    /** A change or a rate as a fraction (0.0525 is 5.25 %). */
    static BigDecimal fraction(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
    }
}

package com.storedesk.insight.anomaly;

import static com.storedesk.insight.anomaly.FigureType.COUNT;
import static com.storedesk.insight.anomaly.FigureType.DECIMAL;
import static com.storedesk.insight.anomaly.FigureType.MONEY;
import static com.storedesk.insight.anomaly.FigureType.PERCENT;
import static com.storedesk.insight.anomaly.FigureType.TIME_OF_DAY;

import java.util.List;

/**
 * What an alert is about. Each kind names its title and its reason in the message bundles; the
 * reason is a MessageFormat pattern whose {0} is the subject and {1}, {2}… the figures in the order
 * {@link #figures()} lists their types. Within one severity, alerts are listed in this order.
 */
public enum AlertKind {

    /** Net sales below the forecast's band: actual, expected, shortfall (a share), band's low end, until when. */
    SALES_BELOW_FORECAST("alert.salesBelowForecast.title", "alert.salesBelowForecast.reason",
            MONEY, MONEY, PERCENT, MONEY, TIME_OF_DAY),
    /** Far more refunds than on the store's usual day: refunds, their amount, the usual day's count, days compared. */
    REFUND_SPIKE("alert.refundSpike.title", "alert.refundSpike.reason", COUNT, MONEY, DECIMAL, COUNT),
    /** One person processed far more refunds than staff usually do: refunds, amount, usual count, days compared. */
    STAFF_REFUNDS("alert.staffRefunds.title", "alert.staffRefunds.reason", COUNT, MONEY, DECIMAL, COUNT),
    /** A cashier who discounts far more often than peers: rate, peers' median rate, discounted sales, amount, days. */
    CASHIER_DISCOUNTS("alert.cashierDiscounts.title", "alert.cashierDiscounts.reason",
            PERCENT, PERCENT, COUNT, MONEY, COUNT),
    /** A cashier whose sales are voided far more often than peers': rate, peers' median rate, voided sales, days. */
    CASHIER_VOIDS("alert.cashierVoids.title", "alert.cashierVoids.reason", PERCENT, PERCENT, COUNT, COUNT),
    /** A product that sells every day has not sold: usual units a day, trading days without a sale, usual net a day. */
    STOCK_OUT("alert.stockOut.title", "alert.stockOut.reason", DECIMAL, COUNT, MONEY),
    /** A door counter that counted nothing while the store was trading: from, until, sales meanwhile. */
    SENSOR_DARK("alert.sensorDark.title", "alert.sensorDark.reason", TIME_OF_DAY, TIME_OF_DAY, COUNT),
    /** Net sales above the forecast's band: actual, expected, excess (a share), band's high end, until when. */
    SALES_ABOVE_FORECAST("alert.salesAboveForecast.title", "alert.salesAboveForecast.reason",
            MONEY, MONEY, PERCENT, MONEY, TIME_OF_DAY);

    private final String titleKey;
    private final String reasonKey;
    private final List<FigureType> figures;

    AlertKind(String titleKey, String reasonKey, FigureType... figures) {
        this.titleKey = titleKey;
        this.reasonKey = reasonKey;
        this.figures = List.of(figures);
    }

    /** The bundle key of a short title ("Sales below forecast"). */
    public String titleKey() {
        return titleKey;
    }

    /** The bundle key of the reason: a MessageFormat pattern, {0} the subject, {1}… the figures. */
    public String reasonKey() {
        return reasonKey;
    }

    /** The types of the figures an alert of this kind carries, in order. */
    public List<FigureType> figures() {
        return figures;
    }
}

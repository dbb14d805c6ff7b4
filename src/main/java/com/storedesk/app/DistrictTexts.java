package com.storedesk.app;

import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.district.OutlierRate;
import com.storedesk.insight.district.StoreOutlier;
import com.storedesk.insight.district.VarianceExplanation;
import java.util.Objects;
import java.util.Optional;

/** How the district view's explanations read in the user's language, on screen and in its exports. */
public final class DistrictTexts {

    /** Below this, sales count as on forecast and the split is not worth reading. */
    static final double ON_FORECAST = 0.005;
    private static final String MINUS = "\u2212";

    private final Messages messages;
    private final Formats formats;

    public DistrictTexts(Messages messages, Formats formats) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
    }

    /** "Sales 12% under forecast: traffic −4%, conversion −9%, basket +1%". */
    public String variance(Optional<VarianceExplanation> explanation) {
        if (explanation.isEmpty()) {
            return messages.get("district.variance.none");
        }
        VarianceExplanation v = explanation.get();
        if (Math.abs(v.sales()) < ON_FORECAST) {
            return messages.get("district.variance.onForecast");
        }
        boolean under = v.sales() < 0;
        String sales = formats.percent(Math.abs(v.sales()), 0);
        if (v.hasTraffic()) {
            return messages.get(under ? "district.variance.under" : "district.variance.over", sales,
                    signed(v.traffic().getAsDouble()), signed(v.conversion().getAsDouble()), signed(v.basket()));
        }
        return messages.get(under ? "district.variance.under.noTraffic" : "district.variance.over.noTraffic", sales,
                signed(v.transactions()), signed(v.basket()));
    }

    /** "Discount rate 9.8% (district median 4.1%)". */
    public String outlier(StoreOutlier outlier) {
        return messages.get("district.outlier", rateName(outlier.rate()), formats.percent(outlier.storeRate(), 1),
                formats.percent(outlier.districtMedian(), 1));
    }

    public String rateName(OutlierRate rate) {
        return messages.get(switch (rate) {
            case DISCOUNT -> "kpi.discountRate";
            case REFUND -> "kpi.refundRate";
            case VOID -> "district.voidRate";
        });
    }

    /** A whole percentage with its sign, a true minus for a fall: "+1%", "−9%", "0%". */
    public String signed(double fraction) {
        long whole = Math.round(fraction * 100);
        if (whole == 0) {
            return formats.percent(0, 0);
        }
        return (whole > 0 ? "+" : MINUS) + formats.percent(Math.abs(whole) / 100.0, 0);
    }
}

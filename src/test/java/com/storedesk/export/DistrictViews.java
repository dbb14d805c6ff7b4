package com.storedesk.export;

import com.storedesk.data.StoreSummary;
import com.storedesk.insight.district.DailyNet;
import com.storedesk.insight.district.DistrictRow;
import com.storedesk.insight.district.DistrictView;
import com.storedesk.insight.district.OutlierRate;
import com.storedesk.insight.district.StoreOutlier;
import com.storedesk.insight.district.VarianceExplanation;
import com.storedesk.insight.kpi.Kpi;
import com.storedesk.insight.kpi.KpiGap;
import com.storedesk.insight.kpi.KpiName;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/** Hand-built district views: four stores that show every case an export must handle, or many plain ones. */
final class DistrictViews {

    static final LocalDate DATE = LocalDate.of(2026, 11, 23);
    static final Instant AS_OF = Instant.parse("2026-11-23T20:30:00Z");
    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final Currency USD = Currency.getInstance("USD");

    /** Its name holds both delimiters and a quote. */
    static final String QUOTED_NAME = "Main St; \"Flagship\", Downtown";

    private DistrictViews() {
    }

    static StoreSummary store(long id, String code, String name) {
        return new StoreSummary(id, "demo", "s" + id, code, name, ZONE, USD);
    }

    /**
     * 1 Riverside: 8 % over forecast. 2 Harbor Outlet: no door counts, so no conversion and a variance without
     * traffic. 3 the quoted name: 12 % under with traffic −4 %. 4 Lakeside Köln-Süd: no forecast, and its
     * discount rate stands out.
     */
    static DistrictView fourStores() {
        StoreSummary riverside = store(1, "RIV", "Riverside");
        StoreSummary harbor = store(2, "HAR", "Harbor Outlet");
        StoreSummary main = store(3, "MAIN", QUOTED_NAME);
        StoreSummary lakeside = store(4, "LAK", "Lakeside K\u00f6ln-S\u00fcd");
        List<DistrictRow> rows = List.of(
                row(riverside, 1_234_550, 0.08, 310, 0.231, 1, 2,
                        Optional.of(new VarianceExplanation(0.08, OptionalDouble.of(0.05), OptionalDouble.of(0.02),
                                0.07, 0.01))),
                new DistrictRow(harbor, money(KpiName.NET_SALES, 870_000, -0.06), count(240),
                        new Kpi(KpiName.CONVERSION, null, KpiGap.NO_TRAFFIC_DATA, null, null),
                        money(KpiName.AOV, 3_625, null), days(870_000), 2, 0,
                        Optional.of(new VarianceExplanation(-0.06, OptionalDouble.empty(), OptionalDouble.empty(),
                                -0.05, -0.01))),
                row(main, 1_056_000, -0.12, 288, 0.194, 3, 3,
                        Optional.of(new VarianceExplanation(-0.12, OptionalDouble.of(-0.04), OptionalDouble.of(-0.09),
                                -0.13, 0.01))),
                row(lakeside, 512_340, null, 150, 0.212, 4, 0, Optional.empty()));
        return new DistrictView(DATE, AS_OF, true, rows,
                List.of(new StoreOutlier(lakeside, OutlierRate.DISCOUNT, 0.098, 0.041, 4.2)));
    }

    /** {@code count} stores, each a little under the one before, every seventh with a long name, none standing out. */
    static DistrictView manyStores(int count) {
        List<DistrictRow> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            double vs = 0.10 - i * 0.005;
            String name = i % 7 == 0 ? "Store number " + i + " on a rather long street name" : "Store number " + i;
            rows.add(row(store(i, "S" + i, name),
                    2_000_000 - i * 20_000L, vs, 400 - i, 0.2, i, i % 3,
                    Optional.of(new VarianceExplanation(vs, OptionalDouble.of(vs / 2), OptionalDouble.of(vs / 4),
                            vs / 2, vs / 4))));
        }
        return new DistrictView(DATE, AS_OF, false, rows, List.of());
    }

    /** Figures far wider than any district's, to push the table past the page's width. */
    static DistrictView hugeFigures() {
        List<DistrictRow> rows = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            rows.add(row(store(i, "H" + i, "Hypermarket " + i), 123_456_789_012_345L * i, -0.5, 9_876_543_210L,
                    0.2, i, 1_000_000 * i, Optional.empty()));
        }
        return new DistrictView(DATE, AS_OF, false, rows, List.of());
    }

    private static DistrictRow row(StoreSummary store, long netMinor, Double vsForecast, long transactions,
            double conversion, int rank, int alerts, Optional<VarianceExplanation> variance) {
        return new DistrictRow(store, money(KpiName.NET_SALES, netMinor, vsForecast), count(transactions),
                new Kpi(KpiName.CONVERSION, BigDecimal.valueOf(conversion), null, null, null),
                money(KpiName.AOV, netMinor / transactions, null), days(netMinor), rank, alerts, variance);
    }

    private static Kpi money(KpiName name, long minor, Double vsForecast) {
        return new Kpi(name, BigDecimal.valueOf(minor), null, vsForecast, null);
    }

    private static Kpi count(long value) {
        return new Kpi(KpiName.TRANSACTIONS, BigDecimal.valueOf(value), null, null, null);
    }

    /** Fourteen days ending on {@link #DATE}, a weekly wave around {@code level}, the last one {@code level}. */
    private static List<DailyNet> days(long level) {
        return IntStream.range(0, DistrictRow.SPARKLINE_DAYS)
                .mapToObj(i -> new DailyNet(DATE.minusDays(DistrictRow.SPARKLINE_DAYS - 1 - i),
                        i == DistrictRow.SPARKLINE_DAYS - 1 ? level
                                : level + Math.round(level * 0.15 * Math.sin(i * 2 * Math.PI / 7))))
                .toList();
    }
}

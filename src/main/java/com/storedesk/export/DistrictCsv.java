package com.storedesk.export;

import com.storedesk.app.DistrictColumn;
import com.storedesk.app.DistrictTexts;
import com.storedesk.app.KpiTexts;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.district.DailyNet;
import com.storedesk.insight.district.DistrictRow;
import com.storedesk.insight.district.DistrictView;
import com.storedesk.insight.district.StoreOutlier;
import com.storedesk.insight.kpi.Kpi;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The district view as one clean table for a spreadsheet in the user's language.
 *
 * <ul>
 *   <li>UTF-8 with a byte order mark, so Excel does not read the accents as Latin-1; CRLF line ends and
 *       RFC 4180 quoting (a field holding the delimiter, a quote or a line break is quoted, quotes doubled).</li>
 *   <li>The delimiter is {@code ;} where the language writes decimals with a comma (German, French, Spanish),
 *       as Excel expects there, and {@code ,} otherwise.</li>
 *   <li>One header row, translated, then one row per store in rank order. The screen's columns come first in
 *       {@link DistrictColumn} order; "last 14 days" becomes one column per day (net sales, oldest first).
 *       After them come the columns only a spreadsheet needs: store code, currency code, the forecast,
 *       what makes the store stand out, and notes.</li>
 *   <li>Numbers are plain: no grouping, the language's decimal separator, an ASCII minus. Money is in the
 *       store's currency with its usual decimals ("1234,50"); changes and rates are percentage points with one
 *       decimal under a header ending in "(%)".</li>
 *   <li>A missing figure is an empty cell, never a zero; the notes column says why ("Conversion: No
 *       door-counter data").</li>
 *   <li>Outliers are not a second table (a spreadsheet filter would cut through it): the "stands out" column
 *       holds each store's outlier sentences, joined by "; ".</li>
 * </ul>
 */
public final class DistrictCsv implements DistrictExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String JOIN = "; ";

    private final Messages messages;
    private final Formats formats;
    private final KpiTexts kpiTexts;
    private final DistrictTexts districtTexts;
    private final RowNotes notes;

    public DistrictCsv(Messages messages, Formats formats) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.kpiTexts = new KpiTexts(messages, formats);
        this.districtTexts = new DistrictTexts(messages, formats);
        this.notes = new RowNotes(messages, kpiTexts);
    }

    /** {@code ;} for languages with a decimal comma, {@code ,} otherwise. */
    public char delimiter() {
        return new CsvNumbers(messages.locale()).decimalSeparator() == ',' ? ';' : ',';
    }

    /** A file name to offer: "district-2026-11-23.csv", in the user's language. */
    @Override
    public String fileName(DistrictView view) {
        return ExportFiles.districtName(messages, view.date(), "csv");
    }

    /** Writes the whole table; the stream is flushed, not closed. */
    public void write(DistrictView view, OutputStream out) throws IOException {
        List<Column> columns = columns(view, new CsvNumbers(messages.locale()));
        out.write(BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CsvWriter csv = new CsvWriter(writer, delimiter());
        csv.row(columns.stream().map(Column::header).toList());
        for (DistrictRow row : view.rows()) {
            csv.row(columns.stream().map(c -> c.value().apply(row)).toList());
        }
        writer.flush();
    }

    /** Writes the file whole or not at all. */
    @Override
    public void write(DistrictView view, Path file) throws IOException {
        ExportFiles.write(file, out -> write(view, out));
    }

    private record Column(String header, Function<DistrictRow, String> value) {
    }

    private List<Column> columns(DistrictView view, CsvNumbers numbers) {
        List<Column> columns = new ArrayList<>();
        for (DistrictColumn column : DistrictColumn.values()) {
            String label = messages.get(column.labelKey());
            switch (column) {
                case RANK -> columns.add(new Column(label, row -> numbers.integer(row.rank())));
                case STORE -> columns.add(new Column(label, row -> row.store().name()));
                case NET_SALES -> columns.add(new Column(label, row -> money(row, row.netSales().value(), numbers)));
                case VS_FORECAST -> columns.add(new Column(percentHeader(label),
                        row -> change(row.netSales(), numbers)));
                case TRANSACTIONS -> columns.add(new Column(label, row -> count(row.transactions(), numbers)));
                case CONVERSION -> columns.add(new Column(percentHeader(label),
                        row -> rate(row.conversion(), numbers)));
                case AVERAGE_ORDER -> columns.add(new Column(label,
                        row -> money(row, row.averageOrder().value(), numbers)));
                case LAST_DAYS -> columns.addAll(dayColumns(view.date(), numbers));
                case ALERTS -> columns.add(new Column(label, row -> numbers.integer(row.alertCount())));
                case VARIANCE -> columns.add(new Column(label, row -> districtTexts.variance(row.variance())));
            }
        }
        Map<Long, List<StoreOutlier>> outliers = view.outliers().stream()
                .collect(Collectors.groupingBy(o -> o.store().id()));
        columns.add(new Column(messages.get("export.column.storeCode"), row -> row.store().code()));
        columns.add(new Column(messages.get("export.column.currency"),
                row -> row.store().currency().getCurrencyCode()));
        columns.add(new Column(messages.get("export.column.forecast"),
                row -> money(row, KpiForecast.of(row.netSales()).orElse(null), numbers)));
        columns.add(new Column(messages.get("export.column.standsOut"),
                row -> outliers.getOrDefault(row.store().id(), List.of()).stream()
                        .map(districtTexts::outlier).collect(Collectors.joining(JOIN))));
        columns.add(new Column(messages.get("export.column.notes"), row -> String.join(JOIN, notes.of(row))));
        return columns;
    }

    /** One column per day of the sparkline, oldest first, matched by date so a missing day stays empty. */
    private List<Column> dayColumns(LocalDate last, CsvNumbers numbers) {
        List<Column> days = new ArrayList<>();
        for (int back = DistrictRow.SPARKLINE_DAYS - 1; back >= 0; back--) {
            LocalDate day = last.minusDays(back);
            days.add(new Column(messages.get("export.column.netSalesOn", formats.date(day)), row -> row.lastDays()
                    .stream().filter(d -> d.date().equals(day)).findFirst().map(DailyNet::netMinor)
                    .map(minor -> numbers.money(BigDecimal.valueOf(minor), row.store().currency())).orElse("")));
        }
        return days;
    }

    private String percentHeader(String label) {
        return messages.get("export.column.percent", label);
    }

    private static String money(DistrictRow row, BigDecimal minor, CsvNumbers numbers) {
        return minor == null ? "" : numbers.money(minor, row.store().currency());
    }

    private static String count(Kpi kpi, CsvNumbers numbers) {
        return kpi.value() == null ? "" : numbers.integer(kpi.value().longValueExact());
    }

    private static String rate(Kpi kpi, CsvNumbers numbers) {
        return kpi.value() == null ? "" : numbers.percent(kpi.value().doubleValue());
    }

    private static String change(Kpi kpi, CsvNumbers numbers) {
        return kpi.vsForecast() == null ? "" : numbers.percent(kpi.vsForecast());
    }
}

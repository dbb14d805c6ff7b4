package com.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.app.AppContext;
import com.storedesk.app.DistrictColumn;
import com.storedesk.app.DistrictTexts;
import com.storedesk.app.KpiTexts;
import com.storedesk.export.DistrictCsv;
import com.storedesk.export.DistrictExport;
import com.storedesk.export.DistrictPdf;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.district.DailyNet;
import com.storedesk.insight.district.DistrictRow;
import com.storedesk.insight.district.DistrictView;
import com.storedesk.insight.district.StoreOutlier;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storedesk district}: every store side by side on one day, as the district view shows it. */
@Command(name = "district", mixinStandardHelpOptions = true,
        description = "Print the district view of a day (every store ranked against its forecast, why, and the"
                + " stores that stand out), or save it as CSV or as a PDF report in the user's language.")
public final class DistrictCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The calendar day, each store's own local day. Default: today, up to now.")
    private String date;

    @Option(names = "--json", description = "Print JSON instead of text; money in major units.")
    private boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also save the view as CSV to FILE.")
    private Path csv;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Also save the view as a PDF report to FILE.")
    private Path pdf;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = databaseOption.open()) {
            LocalDate day = date != null ? DateArgument.parse(spec, date) : LocalDate.ofInstant(context.clock().instant(),
                    ZoneId.systemDefault());
            DistrictView view = context.districts().load(day, context.session());
            Messages messages = CommandOutput.messages(context);
            Formats formats = new Formats(messages);
            save(new DistrictCsv(messages, formats), csv, view);
            save(new DistrictPdf(messages, formats, context.clock()), pdf, view);
            CommandOutput.print(spec, context, json, mapper -> toJson(view, new DistrictTexts(messages, formats),
                    mapper), (m, out) -> printText(view, m, out));
            return 0;
        }
    }

    private static void save(DistrictExport export, Path file, DistrictView view) throws Exception {
        if (file != null) {
            export.write(view, file);
        }
    }

    private void printText(DistrictView view, Messages messages, PrintWriter out) {
        Formats formats = new Formats(messages);
        KpiTexts kpis = new KpiTexts(messages, formats);
        DistrictTexts texts = new DistrictTexts(messages, formats);
        out.println(messages.get("export.title") + ": " + messages.get(view.live() ? "export.heading.live"
                : "export.heading", formats.date(view.date()), formats.time(view.asOf(), ZoneId.systemDefault())));
        TextTable table = new TextTable(label(messages, DistrictColumn.RANK), label(messages, DistrictColumn.STORE),
                label(messages, DistrictColumn.NET_SALES), label(messages, DistrictColumn.VS_FORECAST),
                label(messages, DistrictColumn.TRANSACTIONS), label(messages, DistrictColumn.CONVERSION),
                label(messages, DistrictColumn.AVERAGE_ORDER), label(messages, DistrictColumn.ALERTS));
        for (DistrictRow row : view.rows()) {
            Currency currency = row.store().currency();
            table.row(formats.integer(row.rank()), row.store().code() + " " + row.store().name(),
                    kpis.value(row.netSales(), currency), kpis.change(row.netSales(), row.netSales().vsForecast()),
                    kpis.value(row.transactions(), currency), kpis.value(row.conversion(), currency),
                    kpis.value(row.averageOrder(), currency), formats.integer(row.alertCount()));
        }
        table.print(out);
        out.println();
        for (DistrictRow row : view.rows()) {
            out.println(row.store().code() + ": " + texts.variance(row.variance()));
        }
        out.println();
        out.println(messages.get("export.outliers.title") + ":");
        if (view.outliers().isEmpty()) {
            out.println(messages.get("export.outliers.none"));
        }
        for (StoreOutlier outlier : view.outliers()) {
            out.println("- " + messages.get("export.outlier", outlier.store().code() + " " + outlier.store().name(),
                    texts.outlier(outlier)));
        }
        if (csv != null || pdf != null) {
            out.println();
        }
        for (Path file : new Path[] {csv, pdf}) {
            if (file != null) {
                out.println(messages.get("district.export.doneTitle") + ": " + file.toAbsolutePath());
            }
        }
    }

    private static String label(Messages messages, DistrictColumn column) {
        return messages.get(column.labelKey());
    }

    private static String toJson(DistrictView view, DistrictTexts texts, ObjectMapper mapper) throws Exception {
        ObjectNode root = mapper.createObjectNode();
        root.put("date", view.date().toString());
        root.put("asOf", view.asOf().toString());
        root.put("live", view.live());
        ArrayNode rows = root.putArray("stores");
        for (DistrictRow row : view.rows()) {
            ObjectNode node = rows.addObject();
            Currency currency = row.store().currency();
            int scale = currency.getDefaultFractionDigits();
            node.put("rank", row.rank());
            node.put("storeId", row.store().id());
            node.put("store", row.store().code());
            node.put("name", row.store().name());
            node.put("currency", currency.getCurrencyCode());
            KpiJson.putValue(node, "netSales", row.netSales(), scale);
            putFraction(node, "vsForecast", row.netSales().vsForecast());
            KpiJson.putValue(node, "transactions", row.transactions(), scale);
            KpiJson.putValue(node, "conversion", row.conversion(), scale);
            KpiJson.putValue(node, "aov", row.averageOrder(), scale);
            node.put("alerts", row.alertCount());
            ArrayNode days = node.putArray("lastDays");
            for (DailyNet day : row.lastDays()) {
                days.addObject().put("date", day.date().toString())
                        .put("netSales", BigDecimal.valueOf(day.netMinor()).movePointLeft(scale));
            }
            row.variance().ifPresent(v -> {
                ObjectNode variance = node.putObject("variance");
                putFraction(variance, "sales", v.sales());
                v.traffic().ifPresent(traffic -> putFraction(variance, "traffic", traffic));
                v.conversion().ifPresent(conversion -> putFraction(variance, "conversion", conversion));
                putFraction(variance, "transactions", v.transactions());
                putFraction(variance, "basket", v.basket());
            });
            node.put("explanation", texts.variance(row.variance()));
        }
        ArrayNode outliers = root.putArray("outliers");
        for (StoreOutlier outlier : view.outliers()) {
            ObjectNode node = outliers.addObject();
            node.put("store", outlier.store().code());
            node.put("rate", outlier.rate().name());
            putFraction(node, "storeRate", outlier.storeRate());
            putFraction(node, "districtMedian", outlier.districtMedian());
            node.put("z", BigDecimal.valueOf(outlier.z()).setScale(2, RoundingMode.HALF_EVEN));
        }
        return mapper.writeValueAsString(root);
    }

    private static void putFraction(ObjectNode node, String name, Double value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, KpiJson.fraction(value));
        }
    }
}

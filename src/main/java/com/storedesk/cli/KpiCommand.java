package com.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.app.AppContext;
import com.storedesk.app.KpiTexts;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.anomaly.Alert;
import com.storedesk.insight.anomaly.AlertText;
import com.storedesk.insight.dashboard.StoreDashboard;
import com.storedesk.insight.forecast.DayForecast;
import com.storedesk.insight.forecast.ForecastMetric;
import com.storedesk.insight.kpi.Kpi;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storedesk kpi}: a store-day's tiles, the same figures its dashboard shows. */
@Command(name = "kpi", mixinStandardHelpOptions = true,
        description = "Print a store-day's KPIs with their comparisons to the forecast and to the same weekday"
                + " last week, as the store dashboard shows them.")
public final class KpiCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--store", required = true, paramLabel = "ID",
            description = "The store: its code (S01) or its id, as `storedesk stores` lists them.")
    private String store;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The business date (store-local). Default: the store's today, up to now.")
    private String date;

    @Option(names = "--json", description = "Print JSON instead of text; money in major units.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate day = DateArgument.parse(spec, date);
        try (AppContext context = databaseOption.open()) {
            StoreSummary summary = StoreLookup.find(context, spec, store);
            StoreDashboard dashboard = context.dashboards()
                    .load(context.session(), summary, day != null ? day : context.dashboards().today(summary));
            AlertText alertText = new AlertText(CommandOutput.messages(context));
            CommandOutput.print(spec, context, json, mapper -> toJson(dashboard, alertText, mapper),
                    (messages, out) -> printText(dashboard, messages, out));
            return 0;
        }
    }

    private static String toJson(StoreDashboard dashboard, AlertText alertText, ObjectMapper mapper)
            throws Exception {
        StoreSummary store = dashboard.store();
        ObjectNode root = mapper.createObjectNode();
        root.put("storeId", store.id());
        root.put("store", store.code());
        root.put("date", dashboard.date().toString());
        root.put("asOf", dashboard.asOf().toString());
        root.put("live", dashboard.live());
        root.put("currency", store.currency().getCurrencyCode());
        ObjectNode gaps = mapper.createObjectNode();
        ObjectNode vsForecast = mapper.createObjectNode();
        ObjectNode vsLastWeek = mapper.createObjectNode();
        int fraction = store.currency().getDefaultFractionDigits();
        for (Kpi kpi : dashboard.kpis().kpis()) {
            String name = kpi.name().jsonName();
            KpiJson.putValue(root, name, kpi, fraction);
            if (kpi.gap() != null) {
                gaps.put(name, kpi.gap().name());
            }
            if (kpi.vsForecast() != null) {
                vsForecast.put(name, KpiJson.fraction(kpi.vsForecast()));
            }
            if (kpi.vsLastWeek() != null) {
                vsLastWeek.put(name, KpiJson.fraction(kpi.vsLastWeek()));
            }
        }
        root.set("gaps", gaps);
        root.set("vsForecast", vsForecast);
        root.set("vsLastWeek", vsLastWeek);
        ObjectNode forecast = root.putObject("forecast");
        for (DayForecast day : dashboard.forecasts()) {
            if (day.hours().isEmpty()) {
                continue;
            }
            int scale = day.metric() == ForecastMetric.NET_SALES ? fraction : 0;
            ObjectNode band = forecast.putObject(jsonName(day.metric()));
            band.put("expected", major(day.day().expected(), scale));
            band.put("low", major(day.day().low(), scale));
            band.put("high", major(day.day().high(), scale));
        }
        ArrayNode alerts = root.putArray("alerts");
        for (Alert alert : dashboard.alerts()) {
            ObjectNode node = alerts.addObject();
            node.put("kind", alert.kind().name());
            node.put("severity", alert.severity().name());
            node.put("subjectType", alert.subject().type().name());
            node.put("subjectId", alert.subject().id());
            node.put("subject", alert.subject().name());
            node.put("title", alertText.title(alert));
            node.put("reason", alertText.reason(alert));
        }
        return mapper.writeValueAsString(root);
    }

    private static void printText(StoreDashboard dashboard, Messages messages, PrintWriter out) {
        Formats formats = new Formats(messages);
        KpiTexts texts = new KpiTexts(messages, formats);
        StoreSummary store = dashboard.store();
        out.println(messages.get(dashboard.live() ? "cli.kpi.headingLive" : "cli.kpi.heading", store.code(),
                store.name(), formats.date(dashboard.date()), formats.time(dashboard.asOf(), store.timeZone())));
        TextTable table = new TextTable(messages.get("cli.kpi.kpi"), messages.get("cli.kpi.value"),
                messages.get("cli.kpi.vsForecast"), messages.get("cli.kpi.vsLastWeek"), messages.get("cli.kpi.note"));
        for (Kpi kpi : dashboard.kpis().kpis()) {
            table.row(texts.label(kpi), texts.value(kpi, store.currency()), texts.change(kpi, kpi.vsForecast()),
                    texts.change(kpi, kpi.vsLastWeek()), texts.caveat(kpi));
        }
        table.print(out);
        AlertText alertText = new AlertText(messages);
        out.println();
        out.println(dashboard.alerts().isEmpty() ? messages.get("dashboard.alerts.none")
                : messages.get("dashboard.alerts.title") + ":");
        for (Alert alert : dashboard.alerts()) {
            out.println("- " + alertText.title(alert) + ": " + alertText.reason(alert));
        }
    }

    private static String jsonName(ForecastMetric metric) {
        return switch (metric) {
            case NET_SALES -> "netSales";
            case TRANSACTIONS -> "transactions";
            case TRAFFIC_IN -> "trafficIn";
        };
    }

    private static BigDecimal major(double minor, int scale) {
        return BigDecimal.valueOf(Math.round(minor)).movePointLeft(scale);
    }
}

package com.storedesk.export;

import com.storedesk.export.pdf.BarChart;
import com.storedesk.export.pdf.PageFlow;
import com.storedesk.export.pdf.ReportStyle;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.district.DistrictRow;
import com.storedesk.insight.district.DistrictView;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The report's chart: each store's net sales as a bar in rank order, its forecast marked across it. Amounts
 * in different currencies cannot share an axis, so the chart shows the stores in the district's most common
 * currency and says that the others are left out.
 */
final class DistrictChart {

    private final Messages messages;
    private final Formats formats;
    private final ReportStyle style;

    DistrictChart(Messages messages, Formats formats, ReportStyle style) {
        this.messages = messages;
        this.formats = formats;
        this.style = style;
    }

    void draw(PageFlow flow, DistrictView view) throws IOException {
        if (view.rows().isEmpty()) {
            return;
        }
        Currency currency = mainCurrency(view.rows());
        List<BarChart.Bar> bars = view.rows().stream()
                .filter(row -> row.store().currency().equals(currency))
                .map(row -> bar(row, currency))
                .toList();
        flow.ensure(style.heading().lineHeight() * 4);
        flow.paragraph(messages.get("export.chart.title"), style.heading(), 0);
        flow.down(4);
        new BarChart(style, minor -> axisMoney(minor, currency))
                .draw(flow, bars, messages.get("kpi.netSales"), messages.get("export.chart.forecast"));
        if (bars.size() < view.rows().size()) {
            flow.paragraph(messages.get("export.chart.otherCurrencies", currency.getCurrencyCode()), style.note(), 0);
        }
        flow.down(10);
    }

    private BarChart.Bar bar(DistrictRow row, Currency currency) {
        BigDecimal net = row.netSales().value();
        OptionalDouble forecast = KpiForecast.of(row.netSales())
                .map(f -> OptionalDouble.of(f.doubleValue())).orElse(OptionalDouble.empty());
        String valueText = net == null ? "\u2014" : axisMoney(net.doubleValue(), currency);
        return new BarChart.Bar(row.store().name(), net == null ? 0 : net.doubleValue(), forecast, valueText);
    }

    private String axisMoney(double minor, Currency currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return formats.wholeMoney(BigDecimal.valueOf(minor).movePointLeft(digits), currency);
    }

    private static Currency mainCurrency(List<DistrictRow> rows) {
        Map<Currency, Long> counts = rows.stream()
                .collect(Collectors.groupingBy(row -> row.store().currency(), Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<Currency, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.comparing(Currency::getCurrencyCode,
                                Comparator.reverseOrder()))))
                .map(Map.Entry::getKey)
                .orElseThrow();
    }
}

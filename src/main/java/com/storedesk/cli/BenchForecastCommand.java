package com.storedesk.cli;

import com.storedesk.app.AppContext;
import com.storedesk.bench.ForecastBacktest;
import com.storedesk.data.facts.StoreHourHistory;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.forecast.ForecastMetric;
import com.storedesk.insight.forecast.ForecastModel;
import com.storedesk.insight.forecast.MetricHistory;
import com.storedesk.insight.forecast.UsHolidays;
import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk bench forecast}: the sales forecast backtested on each store's last days, next to
 * the seasonal naive forecast. The last line, {@code ratio=0.72} (ours over naive, hourly MASE), is
 * for scripts. Reads the database only.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = {"Forecast each store's last days from the days before each one, and compare the error "
                + "(MASE) with the seasonal naive forecast (same hour, same weekday, last week)."})
public final class BenchForecastCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--days", paramLabel = "N", defaultValue = "" + ForecastBacktest.DEFAULT_DAYS,
            description = "How many of each store's last days to forecast (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "NET_SALES",
            description = "What to forecast: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ForecastMetric metric;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (days < 1) {
            throw new ParameterException(spec.commandLine(), "--days must be at least 1");
        }
        try (AppContext context = databaseOption.open()) {
            StoreHourHistory history = new StoreHourHistory(context.database());
            ForecastBacktest backtest = new ForecastBacktest(new MetricHistory(history),
                    new ForecastModel(new UsHolidays()), context.clock(), days);
            ForecastBacktest.Result result =
                    backtest.run(metric, context.stores().listStores(), history.salesDays());
            Messages messages = CommandOutput.messages(context);
            if (result.overall().isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(spec.commandLine().getColorScheme().errorText(
                        messages.get("cli.benchForecast.noHistory", backtest.daysNeeded())));
                err.flush();
                return 1;
            }
            print(result, backtest.daysNeeded(), messages, spec.commandLine().getOut());
            return 0;
        }
    }

    private static void print(ForecastBacktest.Result result, int daysNeeded, Messages messages, PrintWriter out) {
        out.println(messages.get("cli.benchForecast.what", messages.get(metricKey(result.metric())), result.days()));
        out.println(messages.get("cli.benchForecast.mase"));
        TextTable table = new TextTable(messages.get("cli.benchForecast.store"), messages.get("cli.benchForecast.days"),
                messages.get("cli.benchForecast.hourly"), messages.get("cli.benchForecast.naive"),
                messages.get("cli.benchForecast.ratio"), messages.get("cli.benchForecast.daily"),
                messages.get("cli.benchForecast.naive"), messages.get("cli.benchForecast.hoursInBand"),
                messages.get("cli.benchForecast.daysInBand"));
        NumberFormat decimal = NumberFormat.getNumberInstance(messages.locale());
        decimal.setMinimumFractionDigits(2);
        decimal.setMaximumFractionDigits(2);
        NumberFormat percent = NumberFormat.getPercentInstance(messages.locale());
        for (ForecastBacktest.StoreScore store : result.stores()) {
            store.score().ifPresent(score -> row(table, store.store().code(), score, decimal, percent));
        }
        row(table, messages.get("cli.benchForecast.all"), result.overall().orElseThrow(), decimal, percent);
        table.print(out);
        for (ForecastBacktest.StoreScore store : result.stores()) {
            if (store.score().isEmpty()) {
                out.println(messages.get("cli.benchForecast.tooLittle", store.store().code(), daysNeeded));
            }
        }
        out.println(messages.get("cli.benchForecast.time", result.medianMillis(), result.slowestMillis()));
        out.println(String.format(Locale.ROOT, "ratio=%.2f", result.overall().orElseThrow().ratio()));
        out.flush();
    }

    private static void row(TextTable table, String name, ForecastBacktest.Score score, NumberFormat decimal,
            NumberFormat percent) {
        table.row(name, String.valueOf(score.days()), decimal.format(score.hourlyMase()),
                decimal.format(score.naiveHourlyMase()), decimal.format(score.ratio()),
                decimal.format(score.dailyMase()), decimal.format(score.naiveDailyMase()),
                percent.format(score.hoursInBand()), percent.format(score.daysInBand()));
    }

    private static String metricKey(ForecastMetric metric) {
        return switch (metric) {
            case NET_SALES -> "cli.benchForecast.netSales";
            case TRANSACTIONS -> "cli.benchForecast.transactions";
            case TRAFFIC_IN -> "cli.benchForecast.trafficIn";
        };
    }
}

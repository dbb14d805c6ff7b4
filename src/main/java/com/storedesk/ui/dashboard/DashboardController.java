package com.storedesk.ui.dashboard;

import atlantafx.base.theme.Styles;
import com.storedesk.app.ErrorText;
import com.storedesk.app.KpiTexts;
import com.storedesk.core.Money;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.ProductDaySales;
import com.storedesk.data.facts.RecentSale;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.anomaly.AlertText;
import com.storedesk.insight.anomaly.Severity;
import com.storedesk.insight.basket.BasketText;
import com.storedesk.insight.dashboard.HourBar;
import com.storedesk.insight.dashboard.StoreDashboard;
import com.storedesk.insight.forecast.DayForecast;
import com.storedesk.insight.kpi.Kpi;
import com.storedesk.security.StoreAccess;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.components.KpiTile;
import com.storedesk.ui.concurrent.ScreenRefresh;
import com.storedesk.ui.shell.Screen;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.util.Duration;

/**
 * The store dashboard: one store-day's tiles, hourly chart against the forecast, products, latest
 * sales with what each basket was for and its best add-on, and alerts. Loads off the FX thread
 * whenever the store or day changes, within about a second of new data for the store shown, and
 * every minute while visible (the running hour moves); each sale's basket is read once.
 */
public final class DashboardController implements Screen {

    /** New data for the store shown refreshes it at most this often: well inside two seconds. */
    private static final Duration LIVE_REFRESH = Duration.millis(800);
    private static final Duration CLOCK_REFRESH = Duration.minutes(1);

    private final UiContext ui;
    private final DashboardModel model = new DashboardModel();
    private final DashboardView view;
    private final KpiTexts texts;
    private final ScreenRefresh screenRefresh;
    private final FeedBaskets baskets;
    private Task<StoreDashboard> running;
    /** The dashboard on screen, whose feed is drawn again when its baskets have been read. */
    private StoreDashboard shown;
    private boolean refreshAgain;
    private boolean active;
    /** Set while a store and day are chosen together, so they load once, not once each. */
    private boolean choosing;
    /** A store and day asked for before the store list had loaded. */
    private StoreDay requested;

    private record StoreDay(long storeId, LocalDate date) {
    }

    public DashboardController(UiContext ui) {
        this.ui = ui;
        this.texts = new KpiTexts(ui.messages(), ui.formats());
        this.baskets = new FeedBaskets(ui.tasks(), this::basketLine);
        DateTimeFormatter hour = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(ui.messages().locale());
        this.view = new DashboardView(model, ui.messages(), this, this::axisAmount,
                h -> hour.format(LocalTime.of(h, 0)));
        this.screenRefresh = new ScreenRefresh(ui.app().storeDataChanges(), CLOCK_REFRESH, LIVE_REFRESH, change -> {
            StoreSummary shown = model.store.get();
            return shown != null && change.storeIds().contains(shown.id());
        }, this::refresh);
        model.store.addListener((obs, old, now) -> {
            if (!choosing && now != null && (old == null || old.id() != now.id())) {
                model.date.set(ui.app().dashboards().today(now));
                refresh();
            }
        });
        model.date.addListener((obs, old, now) -> {
            if (!choosing) {
                refresh();
            }
        });
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        active = true;
        if (model.stores.isEmpty()) {
            ui.tasks().call(this::visibleStores).onSuccess(this::showStores).onFailure(this::showError).start();
        } else {
            refresh();
        }
        screenRefresh.start();
    }

    @Override
    public void onDeactivate() {
        active = false;
        screenRefresh.stop();
        if (running != null) {
            running.cancel();
        }
    }

    /**
     * Shows the store with {@code storeId} on {@code date}, e.g. from the district view. Before the
     * store list has loaded, the choice waits for it; a store the user may not see is ignored.
     */
    public void showStore(long storeId, LocalDate date) {
        if (model.stores.isEmpty()) {
            requested = new StoreDay(storeId, date);
            return;
        }
        model.stores.stream().filter(s -> s.id() == storeId).findFirst().ifPresent(store -> {
            choosing = true;
            model.store.set(store);
            model.date.set(date);
            choosing = false;
            if (active) {
                refresh();
            }
        });
    }

    void showToday() {
        StoreSummary store = model.store.get();
        if (store != null) {
            model.date.set(ui.app().dashboards().today(store));
        }
    }

    void refresh() {
        StoreSummary store = model.store.get();
        LocalDate date = model.date.get();
        if (store == null || date == null) {
            return;
        }
        if (running != null && running.isRunning()) {
            refreshAgain = true; // the choice changed while loading: load once more when done
            return;
        }
        model.loading.set(true);
        running = ui.tasks().call(() -> ui.app().dashboards().load(ui.app().session(), store, date))
                .onSuccess(this::showOrReload)
                .onFailure(this::showError)
                .start();
    }

    TableView<DashboardModel.SaleRow> latestSalesTable() {
        return view.latestSales();
    }

    private List<StoreSummary> visibleStores() {
        return StoreAccess.visibleStores(ui.app().session(), ui.app().stores().listStores());
    }

    private void showStores(List<StoreSummary> stores) {
        model.stores.setAll(stores);
        if (stores.isEmpty()) {
            model.error.set(ui.messages().get("dashboard.noStores"));
            model.loading.set(false);
        } else if (requested != null) {
            StoreDay chosen = requested;
            requested = null;
            showStore(chosen.storeId(), chosen.date());
            if (model.store.get() == null) {
                model.store.set(stores.get(0));
            }
        } else if (model.store.get() == null) {
            model.store.set(stores.get(0));
        }
    }

    private void showOrReload(StoreDashboard dashboard) {
        boolean stale = refreshAgain || model.store.get() == null || model.store.get().id() != dashboard.store().id()
                || !dashboard.date().equals(model.date.get());
        refreshAgain = false;
        if (stale) {
            running = null;
            refresh();
            return;
        }
        show(dashboard);
    }

    private void show(StoreDashboard dashboard) {
        shown = dashboard;
        Messages messages = ui.messages();
        Formats formats = ui.formats();
        Currency currency = dashboard.store().currency();
        for (Kpi kpi : dashboard.kpis().kpis()) {
            model.tiles.get(kpi.name()).set(new KpiTile.Content(texts.value(kpi, currency), kpi.value() == null,
                    texts.caveat(kpi),
                    comparison(kpi, kpi.vsForecast(), "dashboard.vsForecast"),
                    comparison(kpi, kpi.vsLastWeek(), "dashboard.vsLastWeek")));
        }
        model.asOf.set(dashboard.live()
                ? messages.get("dashboard.asOf.live", formats.time(dashboard.asOf(), dashboard.store().timeZone()))
                : messages.get("dashboard.asOf.day", formats.date(dashboard.date())));
        model.forecastSummary.set(forecastSummary(dashboard.forecasts().get(0), currency));
        model.chart.set(new DashboardModel.Chart(dashboard.hours().stream().map(DashboardController::bar).toList(),
                dashboard.currentHour()));
        model.topProducts.setAll(dashboard.topProducts().stream().map(p -> productRow(p, currency)).toList());
        model.bottomProducts.setAll(dashboard.bottomProducts().stream().map(p -> productRow(p, currency)).toList());
        showLatestSales(dashboard);
        AlertText alertText = new AlertText(messages);
        model.alerts.setAll(dashboard.alerts().stream().map(alert -> new DashboardModel.AlertRow(
                severityStyle(alert.severity()), alertText.title(alert), alertText.reason(alert))).toList());
        model.error.set(null);
        model.loaded.set(true);
        model.loading.set(false);
    }

    /** Replaces the feed's rows but keeps the sale the user selected selected, and the scroll where it was. */
    private void showLatestSales(StoreDashboard dashboard) {
        TableView<DashboardModel.SaleRow> table = view.latestSales();
        DashboardModel.SaleRow selected = table.getSelectionModel().getSelectedItem();
        List<DashboardModel.SaleRow> rows = dashboard.latestSales().stream()
                .map(sale -> saleRow(sale, dashboard.store())).toList();
        baskets.read(rows.stream().map(DashboardModel.SaleRow::id).toList(), () -> {
            if (shown != null) {
                showLatestSales(shown);
            }
        });
        if (rows.equals(model.latestSales)) {
            return;
        }
        model.latestSales.setAll(rows);
        if (selected != null) {
            rows.stream().filter(row -> row.id() == selected.id()).findFirst()
                    .ifPresent(row -> table.getSelectionModel().select(row));
        }
    }

    private static String severityStyle(Severity severity) {
        return switch (severity) {
            case CRITICAL -> Styles.DANGER;
            case WARNING -> Styles.WARNING;
            case INFO -> Styles.ACCENT;
        };
    }

    private KpiTile.Comparison comparison(Kpi kpi, Double change, String captionKey) {
        if (change == null) {
            return null;
        }
        Boolean good = Math.abs(change) < 0.005 ? null : (change > 0) == kpi.name().higherIsBetter();
        return new KpiTile.Comparison(ui.messages().get(captionKey), texts.change(kpi, change), good);
    }

    private String forecastSummary(DayForecast sales, Currency currency) {
        if (sales.hours().isEmpty()) {
            return ui.messages().get("dashboard.forecast.none");
        }
        return ui.messages().get("dashboard.forecast.day", money(sales.day().expected(), currency),
                money(sales.day().low(), currency), money(sales.day().high(), currency));
    }

    private static HourlySalesChart.Bar bar(HourBar hour) {
        return hour.forecast() == null ? new HourlySalesChart.Bar(hour.hour(), hour.netMinor(), false, 0, 0, 0)
                : new HourlySalesChart.Bar(hour.hour(), hour.netMinor(), true, hour.forecast().expected(),
                        hour.forecast().low(), hour.forecast().high());
    }

    private DashboardModel.ProductRow productRow(ProductDaySales product, Currency currency) {
        Formats formats = ui.formats();
        return new DashboardModel.ProductRow(product.name(), product.sku(), formats.decimal(
                product.units().doubleValue(), product.units().stripTrailingZeros().scale() > 0 ? 2 : 0),
                formats.money(new Money(product.netMinor(), currency)),
                formats.money(new Money(product.marginMinor(), currency)));
    }

    private DashboardModel.SaleRow saleRow(RecentSale sale, StoreSummary store) {
        Formats formats = ui.formats();
        Messages messages = ui.messages();
        String total = formats.money(new Money(sale.totalMinor(), store.currency()));
        return new DashboardModel.SaleRow(sale.id(), formats.time(sale.occurredAt(), store.timeZone()),
                sale.externalId(), formats.integer(sale.lines()),
                sale.voided() ? messages.get("dashboard.feed.voided", total) : total,
                sale.cashierName() == null ? "" : sale.cashierName(),
                sale.member() ? messages.get("dashboard.feed.isMember") : "", sale.voided(), baskets.get(sale.id()));
    }

    /** The sale's basket in words, from the receipt summary. Blocking: the first call builds the basket statistics. */
    private DashboardModel.BasketLine basketLine(long saleId) {
        BasketText text = new BasketText(ui.messages());
        return ui.app().basketInsight().receipts().summary(ui.app().session(), saleId)
                .map(summary -> new DashboardModel.BasketLine(ui.formats().capitalized(text.label(summary.label())),
                        summary.addOn().map(addOn -> addOn.product().name()).orElse(""),
                        summary.addOn().map(text::addOn).orElse("")))
                .orElse(DashboardModel.BasketLine.NONE);
    }

    private String money(double minor, Currency currency) {
        return ui.formats().money(new Money(Math.round(minor), currency));
    }

    /** Axis amounts without cents: "$2,000". */
    private String axisAmount(double minor) {
        StoreSummary store = model.store.get();
        Currency currency = store == null ? Currency.getInstance("USD") : store.currency();
        BigDecimal major = BigDecimal.valueOf(Math.round(minor)).movePointLeft(currency.getDefaultFractionDigits());
        return ui.formats().wholeMoney(major, currency);
    }

    private void showError(Throwable error) {
        model.error.set(ErrorText.describe(error, ui.messages(), ui.app().setup().appHome()));
        model.loading.set(false);
    }
}

package com.storedesk.ui.district;

import com.storedesk.app.DistrictTexts;
import com.storedesk.app.ErrorText;
import com.storedesk.app.KpiTexts;
import com.storedesk.export.DistrictCsv;
import com.storedesk.export.DistrictExport;
import com.storedesk.export.DistrictPdf;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.district.DailyNet;
import com.storedesk.insight.district.DistrictRow;
import com.storedesk.insight.district.StoreOutlier;
import com.storedesk.insight.district.VarianceExplanation;
import com.storedesk.insight.kpi.Kpi;
import com.storedesk.planogram.store.StoreCompliance;
import com.storedesk.security.UserSession;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.ScreenRefresh;
import com.storedesk.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.util.Duration;

/**
 * The district view: every store the user may see on one day, ranked against forecast, with why
 * each is off it and which stores stand out. Loads off the FX thread when the day changes, a couple
 * of seconds after new data for a store shown, and every minute while visible; a refresh keeps the
 * user's sort order and selected store. Each store's latest planogram compliance is read in the
 * same background load.
 */
public final class DistrictController implements Screen {

    /** A refresh reads every store's day: new data refreshes at most this often. */
    private static final Duration LIVE_REFRESH = Duration.seconds(2);
    private static final Duration CLOCK_REFRESH = Duration.minutes(1);

    private final UiContext ui;
    private final DistrictModel model = new DistrictModel();
    private final DistrictView view;
    private final KpiTexts kpiTexts;
    private final DistrictTexts texts;
    private final ScreenRefresh screenRefresh;
    private Task<Loaded> running;
    private boolean refreshAgain;
    /** What the screen shows: what an export writes. */
    private com.storedesk.insight.district.DistrictView shown;
    /** Read on ingest's thread when data changes. */
    private volatile Set<Long> shownStores = Set.of();

    public DistrictController(UiContext ui) {
        this.ui = ui;
        this.kpiTexts = new KpiTexts(ui.messages(), ui.formats());
        this.texts = new DistrictTexts(ui.messages(), ui.formats());
        this.view = new DistrictView(model, ui.messages(), this);
        this.screenRefresh = new ScreenRefresh(ui.app().storeDataChanges(), CLOCK_REFRESH, LIVE_REFRESH,
                change -> change.storeIds().stream().anyMatch(shownStores::contains), this::refresh);
        model.date.set(today());
        model.date.addListener((obs, old, now) -> refresh());
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        refresh();
        screenRefresh.start();
    }

    @Override
    public void onDeactivate() {
        screenRefresh.stop();
        if (running != null) {
            running.cancel();
        }
    }

    void showToday() {
        model.date.set(today());
    }

    void refresh() {
        LocalDate date = model.date.get();
        if (date == null) {
            return;
        }
        if (running != null && running.isRunning()) {
            refreshAgain = true; // the day changed while loading: load once more when done
            return;
        }
        model.loading.set(true);
        running = ui.tasks().call(() -> load(date, ui.app().session()))
                .onSuccess(this::showOrReload)
                .onFailure(this::showError)
                .start();
    }

    /** Opens the store's dashboard on the day shown. */
    void open(DistrictModel.Row row) {
        ui.shell().openStoreDashboard(row.storeId(), model.date.get());
    }

    TableView<DistrictModel.Row> table() {
        return view.table();
    }

    DistrictExport csv() {
        return new DistrictCsv(ui.messages(), ui.formats());
    }

    DistrictExport pdf() {
        return new DistrictPdf(ui.messages(), ui.formats(), ui.app().clock());
    }

    /** The name to offer for an export of what is shown; empty before the first load. */
    Optional<String> suggestedName(DistrictExport export) {
        return Optional.ofNullable(shown).map(export::fileName);
    }

    /** Writes what the screen shows, off the FX thread, and says where it went. */
    void export(DistrictExport export, Path file) {
        com.storedesk.insight.district.DistrictView district = shown;
        if (district == null) {
            return;
        }
        model.exported.set(null);
        ui.tasks().call(() -> {
            export.write(district, file);
            return file.toAbsolutePath();
        }).onSuccess(path -> model.exported.set(ui.messages().get("district.export.done",
                String.valueOf(path.getFileName()), String.valueOf(path.getParent()))))
                .onFailure(this::showError)
                .start();
    }

    /** The district's day and its stores' planogram compliance, read together off the FX thread. */
    private record Loaded(com.storedesk.insight.district.DistrictView district, Map<Long, StoreCompliance> compliance) {
    }

    private Loaded load(LocalDate date, UserSession session) {
        com.storedesk.insight.district.DistrictView district = ui.app().districts().load(date, session);
        List<Long> storeIds = district.rows().stream().map(row -> row.store().id()).toList();
        return new Loaded(district, StoreCompliance.byStore(ui.app().planograms().latestScores(session, storeIds)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(ui.app().clock().instant(), ZoneId.systemDefault());
    }

    private void showOrReload(Loaded loaded) {
        com.storedesk.insight.district.DistrictView district = loaded.district();
        boolean stale = refreshAgain || !district.date().equals(model.date.get());
        refreshAgain = false;
        if (stale) {
            running = null;
            refresh();
            return;
        }
        show(district, loaded.compliance());
    }

    private void show(com.storedesk.insight.district.DistrictView district, Map<Long, StoreCompliance> compliance) {
        shown = district;
        Messages messages = ui.messages();
        shownStores = district.rows().stream().map(r -> r.store().id()).collect(Collectors.toUnmodifiableSet());
        model.asOf.set(district.live()
                ? messages.get("district.asOf.live", ui.formats().time(district.asOf(), ZoneId.systemDefault()))
                : messages.get("district.asOf.day", ui.formats().date(district.date())));
        replaceRows(district.rows().stream().map(row -> row(row, compliance.get(row.store().id()))).toList());
        model.standOuts.setAll(district.outliers().stream().map(this::standOut).toList());
        model.error.set(null);
        model.loaded.set(true);
        model.loading.set(false);
    }

    /** New rows in the user's sort order, the store they had selected still selected. */
    private void replaceRows(List<DistrictModel.Row> rows) {
        TableView<DistrictModel.Row> table = view.table();
        DistrictModel.Row selected = table.getSelectionModel().getSelectedItem();
        if (rows.equals(model.rows)) {
            return;
        }
        model.rows.setAll(rows);
        if (selected != null) {
            table.getItems().stream().filter(row -> row.storeId() == selected.storeId()).findFirst()
                    .ifPresent(row -> table.getSelectionModel().select(row));
        }
    }

    private DistrictModel.Row row(DistrictRow row, StoreCompliance compliance) {
        Currency currency = row.store().currency();
        Kpi net = row.netSales();
        return new DistrictModel.Row(row.store().id(),
                count(row.rank()),
                row.store().code() + "  " + row.store().name(),
                new DistrictModel.Figure(kpiTexts.value(net, currency), number(net)),
                net.vsForecast() == null ? new DistrictModel.Figure(ui.messages().get("district.noFigure"), Double.NaN)
                        : new DistrictModel.Figure(kpiTexts.change(net, net.vsForecast()), net.vsForecast()),
                figure(row.transactions(), currency),
                figure(row.conversion(), currency),
                figure(row.averageOrder(), currency),
                new DistrictModel.Days(row.lastDays().stream().map(DailyNet::netMinor).toList()),
                count(row.alertCount()),
                planogram(compliance),
                new DistrictModel.Figure(texts.variance(row.variance()),
                        row.variance().map(VarianceExplanation::sales).orElse(Double.NaN)));
    }

    /**
     * "87 %" over "2 days ago" (a relative age wraps between words in a narrow column, a date would
     * split inside its digits), or "not checked" sorting below every score.
     */
    private DistrictModel.Figure planogram(StoreCompliance compliance) {
        if (compliance == null) {
            return new DistrictModel.Figure(ui.messages().get("district.planogram.notChecked"), Double.NaN);
        }
        return new DistrictModel.Figure(ui.messages().get("district.planogram.score",
                ui.formats().percent(compliance.score()),
                ui.formats().ago(compliance.lastChecked(), ui.app().clock().instant())), compliance.score());
    }

    private DistrictModel.Figure figure(Kpi kpi, Currency currency) {
        return new DistrictModel.Figure(kpiTexts.value(kpi, currency), number(kpi));
    }

    private DistrictModel.Figure count(int value) {
        return new DistrictModel.Figure(ui.formats().integer(value), value);
    }

    private static double number(Kpi kpi) {
        return kpi.value() == null ? Double.NaN : kpi.value().doubleValue();
    }

    private DistrictModel.StandOut standOut(StoreOutlier outlier) {
        return new DistrictModel.StandOut(outlier.store().code() + "  " + outlier.store().name(),
                texts.outlier(outlier));
    }

    private void showError(Throwable error) {
        model.error.set(ErrorText.describe(error, ui.messages(), ui.app().setup().appHome()));
        model.loading.set(false);
    }
}

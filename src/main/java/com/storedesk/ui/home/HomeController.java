package com.storedesk.ui.home;

import com.storedesk.app.AppContext;
import com.storedesk.app.ErrorText;
import com.storedesk.data.DatabaseInfo;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.TableRowCount;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.components.SourceNames;
import com.storedesk.ui.components.TableLabels;
import com.storedesk.ui.concurrent.ScreenRefresh;
import com.storedesk.ui.shell.Screen;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Home: which stores and data source this client shows, how fresh the data is, and how much
 * of it there is. Reads in the background when shown, a few seconds after new data arrives,
 * and every half minute while visible (ages such as "2 minutes ago" move on their own).
 */
public final class HomeController implements Screen {

    private static final Duration AUTO_REFRESH = Duration.seconds(30);
    /** New data refreshes the screen at most this often, however fast it arrives. */
    private static final Duration LIVE_REFRESH = Duration.seconds(3);

    private final UiContext ui;
    private final HomeModel model = new HomeModel();
    private final HomeView view;
    private final ScreenRefresh screenRefresh;
    private Task<HomeSnapshot> running;

    public HomeController(UiContext ui) {
        this.ui = ui;
        this.view = new HomeView(model, ui.messages(), this);
        this.screenRefresh = new ScreenRefresh(ui.app().storeDataChanges(), AUTO_REFRESH, LIVE_REFRESH,
                change -> true, this::refresh);
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

    void refresh() {
        if (running != null && running.isRunning()) {
            return;
        }
        model.loading.set(true);
        running = ui.tasks().call(this::read)
                .onSuccess(this::show)
                .onFailure(this::showError)
                .start();
    }

    private HomeSnapshot read() {
        AppContext app = ui.app();
        List<StoreSummary> visible = app.stores().listStores().stream()
                .filter(store -> app.session().canSeeStore(store.id()))
                .toList();
        return new HomeSnapshot(visible, app.databaseInspector().info(), app.freshness().latestSaleAt(),
                app.freshness().lastSuccessfulSync(), app.clock().instant());
    }

    private void show(HomeSnapshot snapshot) {
        Messages messages = ui.messages();
        Formats formats = ui.formats();
        model.storeCount.set(formats.integer(snapshot.stores().size()));
        model.dataSources.set(dataSources(snapshot.stores(), messages));
        model.latestSale.set(ago(snapshot.latestSale(), snapshot.readAt(), "home.never.sale"));
        model.lastSync.set(ago(snapshot.lastSync(), snapshot.readAt(), "home.never.sync"));
        model.stores.setAll(snapshot.stores().stream().map(store -> storeRow(store, snapshot.readAt())).toList());
        DatabaseInfo database = snapshot.database();
        model.databaseLocation.set(database.location());
        model.schemaVersion.set(database.schemaVersion());
        model.tables.setAll(database.tables().stream()
                .sorted(Comparator.comparing(TableRowCount::table, TableLabels.order()))
                .map(t -> new HomeModel.TableRow(TableLabels.label(t.table(), messages), t.table(),
                        formats.integer(t.rows())))
                .toList());
        model.error.set(null);
        model.loaded.set(true);
        model.loading.set(false);
    }

    private void showError(Throwable error) {
        model.error.set(ErrorText.describe(error, ui.messages(), ui.app().setup().appHome()));
        model.loading.set(false);
    }

    private HomeModel.StoreRow storeRow(StoreSummary store, Instant now) {
        // The zone id ("America/Chicago") is short and unambiguous where display names are long and vague.
        return new HomeModel.StoreRow(store.code(), store.name(), SourceNames.describe(store.source(), ui.messages()),
                store.timeZone().getId(), ui.formats().date(LocalDate.ofInstant(now, store.timeZone())),
                ui.formats().time(now, store.timeZone()));
    }

    private String ago(Optional<Instant> when, Instant now, String neverKey) {
        return when.map(instant -> ui.formats().ago(instant, now)).orElseGet(() -> ui.messages().get(neverKey));
    }

    private static String dataSources(List<StoreSummary> stores, Messages messages) {
        List<String> names = stores.stream().map(StoreSummary::source).distinct().sorted()
                .map(source -> SourceNames.describe(source, messages)).toList();
        return names.isEmpty() ? messages.get("home.source.none") : String.join(", ", names);
    }
}

package com.storedesk.ui.shell;

import com.storedesk.app.AppContext;
import com.storedesk.app.ErrorText;
import com.storedesk.app.RoleText;
import com.storedesk.config.Theme;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.security.UserSession;
import com.storedesk.ui.ShellActions;
import com.storedesk.ui.Themes;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.components.SourceNames;
import com.storedesk.ui.dashboard.DashboardController;
import com.storedesk.ui.concurrent.BackgroundTasks;
import com.storedesk.ui.concurrent.Coalescer;
import com.storedesk.ingest.StoreDataChanges;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The window around the screens: navigation limited to what the user's role may open, the
 * status line, theme and language, and on a kiosk the idle reset that clears a customer's
 * data off the screen.
 */
public final class ShellController implements ShellActions {

    private static final Duration STATUS_REFRESH = Duration.seconds(15);
    private static final Duration BADGE_REFRESH = Duration.minutes(1);
    private static final Duration BADGE_AFTER_DATA = Duration.seconds(2);

    private final AppContext app;
    private final BackgroundTasks tasks;
    private final ShellModel model = new ShellModel();
    private final StackPane host = new StackPane();
    private final Map<String, Screen> screens = new HashMap<>();
    private final Timeline statusRefresh;
    private final Timeline badgeRefresh;
    private final Coalescer badgeAfterData;
    private final Map<String, Badge> badges = new HashMap<>();
    private StoreDataChanges.Subscription dataChanges;
    private final java.time.Duration idleTimeout;
    private final Runnable signOut;
    private UiContext ui;
    private IdleTimer idleTimer;

    /** A shell for {@code app}'s session with no way to sign out (screens shown directly, in tests). */
    public ShellController(AppContext app, BackgroundTasks tasks, List<ScreenSpec> catalog) {
        this(app, tasks, catalog, null);
    }

    /** {@code signOut}, when given, is what the "Sign out" action runs (on the FX thread). */
    public ShellController(AppContext app, BackgroundTasks tasks, List<ScreenSpec> catalog, Runnable signOut) {
        this.app = app;
        this.tasks = tasks;
        this.signOut = signOut;
        model.canSignOut.set(signOut != null);
        this.idleTimeout = app.setup().settings().current().kioskIdleTimeout();
        model.kiosk.set(app.setup().kiosk());
        model.navigation.setAll(Screens.forRole(catalog, app.session().role()));
        this.statusRefresh = new Timeline(new KeyFrame(STATUS_REFRESH, e -> refreshStatus()));
        statusRefresh.setCycleCount(Animation.INDEFINITE);
        this.badgeRefresh = new Timeline(new KeyFrame(BADGE_REFRESH, e -> refreshBadges()));
        badgeRefresh.setCycleCount(Animation.INDEFINITE);
        this.badgeAfterData = new Coalescer(BADGE_AFTER_DATA, this::refreshBadges);
        host.setId("shell");
        build(new Messages(app.setup().settings().current().language()));
    }

    public Parent view() {
        return host;
    }

    /** Shows the home screen and starts the status line and, on a kiosk, the idle timer. */
    public void start(Scene scene) {
        open(model.navigation.get(0));
        refreshStatus();
        statusRefresh.play();
        refreshBadges();
        badgeRefresh.play();
        dataChanges = app.storeDataChanges().subscribe(change -> badgeAfterData.signal());
        if (model.kiosk.get()) {
            idleTimer = new IdleTimer(scene, Duration.millis(idleTimeout.toMillis()), this::resetForNextCustomer);
            idleTimer.start();
        }
    }

    public void stop() {
        statusRefresh.stop();
        badgeRefresh.stop();
        badgeAfterData.cancel();
        if (dataChanges != null) {
            dataChanges.close();
            dataChanges = null;
        }
        if (idleTimer != null) {
            idleTimer.stop();
        }
        Optional.ofNullable(model.current.get()).map(spec -> screens.get(spec.id())).ifPresent(Screen::onDeactivate);
    }

    void open(ScreenSpec spec) {
        ScreenSpec previous = model.current.get();
        if (previous != null && screens.containsKey(previous.id())) {
            screens.get(previous.id()).onDeactivate();
        }
        Screen screen = screens.computeIfAbsent(spec.id(), id -> spec.factory().apply(ui));
        model.current.set(spec);
        viewOf().showScreen(screen.view());
        screen.onActivate();
    }

    /** Opens the screen with {@code id}; false when the user's role may not open it. */
    public boolean open(String id) {
        Optional<ScreenSpec> spec = model.navigation.stream().filter(s -> s.id().equals(id)).findFirst();
        spec.ifPresent(this::open);
        return spec.isPresent();
    }

    public Optional<String> currentScreenId() {
        return Optional.ofNullable(model.current.get()).map(ScreenSpec::id);
    }

    @Override
    public void changeLanguage(Language language) {
        tasks.run(() -> app.setup().settings().update(s -> s.withLanguage(language)))
                .onFailure(this::showError)
                .start();
        String currentId = currentScreenId().orElse(model.navigation.get(0).id());
        discardScreens();
        build(new Messages(language));
        open(currentId);
        refreshStatus();
    }

    @Override
    public void changeTheme(Theme theme) {
        Themes.apply(theme);
        tasks.run(() -> app.setup().settings().update(s -> s.withTheme(theme)))
                .onFailure(this::showError)
                .start();
    }

    /** Picks the store and day before the dashboard shows, so it loads them and nothing else. */
    @Override
    public void openStoreDashboard(long storeId, LocalDate date) {
        model.navigation.stream().filter(s -> s.id().equals(Screens.DASHBOARD)).findFirst().ifPresent(spec -> {
            if (screens.computeIfAbsent(spec.id(), id -> spec.factory().apply(ui))
                    instanceof DashboardController dashboard) {
                dashboard.showStore(storeId, date);
            }
            open(spec);
        });
    }

    /** Reads every badge off the FX thread; a count that cannot be read is hidden rather than stale. */
    @Override
    public void refreshBadges() {
        badges.forEach((id, badge) -> tasks.call(badge::read)
                .onSuccess(count -> {
                    model.badges.put(id, count);
                    badge.shown(host);
                })
                .onFailure(error -> model.badges.remove(id))
                .start());
    }

    void toggleTheme() {
        changeTheme(app.setup().settings().current().theme().toggled());
    }

    void showAbout() {
        new AboutDialog(ui, host.getScene().getWindow()).show();
    }

    /** Reports a failure nobody else handled, in words, above the current screen. */
    public void showError(Throwable error) {
        model.error.set(ErrorText.describe(error, ui.messages(), app.setup().appHome()));
    }

    void dismissError() {
        model.error.set(null);
    }

    /**
     * Kiosk idle: forget every screen (and any customer on it); then sign the associate out when the
     * window signed them in, so the next person at the kiosk does not act as them, or else start
     * again from home.
     */
    void resetForNextCustomer() {
        discardScreens();
        model.error.set(null);
        if (signOut != null) {
            signOut.run();
            return;
        }
        open(model.navigation.get(0));
    }

    private void discardScreens() {
        Optional.ofNullable(model.current.get()).map(spec -> screens.get(spec.id())).ifPresent(Screen::onDeactivate);
        screens.clear();
        model.current.set(null);
    }

    void signOut() {
        if (signOut != null) {
            signOut.run();
        }
    }

    private void build(Messages messages) {
        UserSession session = app.session();
        model.user.set(session.displayName());
        model.userRole.set(session.displayName().isEmpty() ? "" : RoleText.label(session.role(), messages));
        ui = new UiContext(app, messages, tasks, this);
        badges.clear();
        model.navigation.stream().filter(spec -> spec.badge() != null)
                .forEach(spec -> badges.put(spec.id(), spec.badge().apply(ui)));
        ShellView view = new ShellView(model, messages, this);
        host.getChildren().setAll(view);
    }

    private ShellView viewOf() {
        return (ShellView) host.getChildren().get(0);
    }

    private void refreshStatus() {
        Messages messages = ui.messages();
        tasks.call(() -> new StatusSnapshot(
                        app.stores().listStores().stream().map(StoreSummary::source).distinct().sorted().toList(),
                        app.freshness().lastSuccessfulSync(),
                        app.feeds().unreachableSince(),
                        app.clock().instant()))
                .onSuccess(status -> showStatus(status, messages))
                .onFailure(error -> model.connection.set(ConnectionState.OFFLINE))
                .start();
    }

    private void showStatus(StatusSnapshot status, Messages messages) {
        model.dataSource.set(status.sources().isEmpty()
                ? messages.get("status.source.none")
                : String.join(", ", status.sources().stream().map(s -> SourceNames.describe(s, messages)).toList()));
        model.lastSync.set(status.lastSync()
                .map(at -> messages.get("status.lastSync", ui.formats().ago(at, status.now())))
                .orElseGet(() -> messages.get("status.lastSync.never")));
        // The time first, then the state: the sentence is built when the state changes.
        model.unreachableSince.set(status.unreachableSince()
                .map(at -> ui.formats().dateTime(at, app.clock().getZone())).orElse(""));
        model.connection.set(ConnectionState.of(status.lastSync(), status.unreachableSince(), status.now()));
    }

    private record StatusSnapshot(List<String> sources, Optional<Instant> lastSync, Optional<Instant> unreachableSince,
            Instant now) {
    }
}

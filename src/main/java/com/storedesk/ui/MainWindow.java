package com.storedesk.ui;

import com.storedesk.app.AppContext;
import com.storedesk.app.AppSetup;
import com.storedesk.app.DemoPlanograms;
import com.storedesk.app.DemoUsers;
import com.storedesk.app.ErrorText;
import com.storedesk.config.WindowBounds;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.ingest.sync.SyncTotals;
import com.storedesk.security.UserSession;
import com.storedesk.ui.concurrent.BackgroundTasks;
import com.storedesk.ui.shell.Screens;
import com.storedesk.ui.shell.ShellController;
import com.storedesk.ui.signin.SignInController;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The StoreDesk window: shown at once in the user's language and theme, then the database
 * opens in the background, someone signs in, and the shell replaces the sign-in screen; or an
 * explanation with Retry and Quit replaces the "opening" pane. Signing out comes back to sign-in.
 */
public final class MainWindow {

    private static final Logger log = LoggerFactory.getLogger(MainWindow.class);
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    private final AppSetup setup;
    private final Stage stage;
    private final Runnable onClosed;
    private final Messages messages;
    private final StackPane frame = new StackPane();
    private final BackgroundTasks tasks = BackgroundTasks.withThreads(2);
    private final AtomicBoolean closing = new AtomicBoolean();
    private AppContext context;
    private ShellController shell;
    /** A start-up failure that happened before anyone signed in, shown once the shell is up. */
    private Throwable pendingError;

    /** {@code onClosed} runs once the window is gone and the database closed; the caller decides whether to exit. */
    public MainWindow(AppSetup setup, Stage stage, Runnable onClosed) {
        this.setup = setup;
        this.stage = stage;
        this.onClosed = onClosed;
        this.messages = new Messages(setup.settings().current().language());
    }

    public void show() {
        Themes.apply(setup.settings().current().theme());
        Scene scene = new Scene(frame, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        Themes.addAppStylesheet(scene);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.name"));
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        appIcon().ifPresent(stage.getIcons()::add);
        placeWindow();
        stage.setOnCloseRequest(event -> {
            event.consume();
            close();
        });
        stage.show();
        log.info("First window shown {} ms after the JVM started",
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        openDatabase();
    }

    /** The services, once the database is open; null before that. For tests. */
    AppContext context() {
        return context;
    }

    /** The shell, once the database is open; empty before that or after a failure. */
    public Optional<ShellController> shell() {
        return Optional.ofNullable(shell);
    }

    private void openDatabase() {
        frame.getChildren().setAll(StartupPane.opening(messages));
        tasks.call(() -> {
                    AppContext opened = AppContext.open(setup);
                    opened.startWebhooksIfChosen();
                    boolean empty = opened.feeds().isEmpty();
                    if (!empty) {
                        // A demo database made before accounts existed gets its demo accounts now.
                        DemoUsers.ensure(opened);
                        DemoPlanograms.ensure(opened);
                    }
                    return new Opened(opened, empty);
                })
                .onSuccess(opened -> {
                    context = opened.context();
                    if (opened.empty()) {
                        prepareDemo();
                    } else {
                        showSignIn();
                        catchUpThenGoLive();
                    }
                })
                .onFailure(error -> frame.getChildren().setAll(StartupPane.failed(messages,
                        ErrorText.describe(error, messages, setup.appHome()), this::openDatabase, this::close)))
                .start();
    }

    private record Opened(AppContext context, boolean empty) {
    }

    /** First start on an empty database: the demo chain's history, with progress, before the shell. */
    private void prepareDemo() {
        Formats formats = new Formats(messages);
        DoubleProperty progress = new SimpleDoubleProperty(ProgressBar.INDETERMINATE_PROGRESS);
        StringProperty detail = new SimpleStringProperty("");
        AtomicBoolean cancelled = new AtomicBoolean();
        frame.getChildren().setAll(StartupPane.preparingDemo(messages, setup.demoSize(), progress, detail, () -> {
            cancelled.set(true);
            detail.set(messages.get("startup.demo.cancelling"));
        }));
        SyncProgress onPage = (fraction, totals) -> Platform.runLater(() -> {
            if (!cancelled.get()) {
                progress.set(fraction);
                detail.set(messages.get("startup.demo.detail", formats.percent(fraction),
                        formats.integer(totals.events())));
            }
        });
        tasks.call(() -> {
                    SyncTotals totals = context.feeds().catchUp(onPage, () -> cancelled.get() || closing.get());
                    DemoUsers.ensure(context);
                    DemoPlanograms.ensure(context);
                    return totals;
                })
                .onSuccess(totals -> {
                    if (closing.get()) {
                        return;
                    }
                    showSignIn();
                    if (!totals.cancelled()) {
                        goLive();
                    }
                })
                .onFailure(error -> {
                    if (!closing.get()) {
                        pendingError = error;
                        showSignIn();
                    }
                })
                .start();
    }

    /** Later starts: the shell at once, then whatever history was missed, then live data. */
    private void catchUpThenGoLive() {
        tasks.call(() -> context.feeds().catchUp(SyncProgress.NONE, closing::get))
                .onSuccess(totals -> goLive())
                .onFailure(error -> {
                    log.warn("Could not catch up on history", error);
                    goLive();
                })
                .start();
    }

    private void goLive() {
        if (closing.get()) {
            return;
        }
        tasks.run(() -> context.feeds().startLive())
                .onFailure(this::report)
                .start();
    }

    /** Who uses the window decides what the shell shows: always through sign-in. */
    private void showSignIn() {
        SignInController signIn = new SignInController(context, new Messages(setup.settings().current().language()),
                tasks, this::signedIn);
        frame.getChildren().setAll(signIn.view());
        signIn.start();
    }

    private void signedIn(UserSession session) {
        context.useSession(session);
        showShell();
    }

    private void signOut() {
        shell.stop();
        shell = null;
        context.useSession(UserSession.signedOut());
        showSignIn();
    }

    private void showShell() {
        shell = new ShellController(context, tasks, Screens.all(), this::signOut);
        frame.getChildren().setAll(shell.view());
        shell.start(stage.getScene());
        if (pendingError != null) {
            shell.showError(pendingError);
            pendingError = null;
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            log.error("Uncaught exception on {}", thread.getName(), error);
            Platform.runLater(() -> report(error));
        });
    }

    /** Shows a failure in the shell, or keeps it for the shell while someone signs in. */
    private void report(Throwable error) {
        if (shell != null) {
            shell.showError(error);
        } else {
            pendingError = error;
        }
    }

    private void placeWindow() {
        if (setup.kiosk()) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
            return;
        }
        setup.settings().current().windowBounds()
                .filter(b -> !Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height()).isEmpty())
                .ifPresentOrElse(b -> {
                    stage.setX(b.x());
                    stage.setY(b.y());
                    stage.setWidth(b.width());
                    stage.setHeight(b.height());
                    stage.setMaximized(b.maximized());
                }, this::fitToPrimaryScreen);
    }

    /** First start: the default size, shrunk to fit a small laptop screen, centred. */
    private void fitToPrimaryScreen() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
        stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2);
    }

    private void close() {
        closing.set(true);
        WindowBounds bounds = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
        boolean rememberBounds = !setup.kiosk() && !stage.isMaximized() && bounds.isUsable();
        if (shell != null) {
            shell.stop();
        }
        stage.hide();
        tasks.run(() -> {
            if (rememberBounds) {
                setup.settings().update(s -> s.withWindowBounds(bounds));
            }
            if (context != null) {
                context.close();
            }
        }).onSuccess(done -> finish()).onFailure(error -> finish()).start();
    }

    private void finish() {
        tasks.close();
        onClosed.run();
    }

    private static Optional<Image> appIcon() {
        InputStream icon = MainWindow.class.getResourceAsStream("/assets/icons/storedesk-256.png");
        return Optional.ofNullable(icon).map(Image::new);
    }
}

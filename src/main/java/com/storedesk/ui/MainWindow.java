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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
 *
 * <p>When the database already holds data (every start but the first), the password form is shown
 * at once, while the database opens: opening and checking it takes seconds on a small PC, and
 * nobody should wait for that to start typing.
 */
public final class MainWindow {

    private static final Logger log = LoggerFactory.getLogger(MainWindow.class);
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    private final AppSetup setup;
    private final boolean existingData;
    private final Stage stage;
    private final Runnable onClosed;
    private final Messages messages;
    private final StackPane frame = new StackPane();
    private final BackgroundTasks tasks = BackgroundTasks.withThreads(2);
    private final AtomicBoolean closing = new AtomicBoolean();
    private AppContext context;
    /** Completed on the FX thread once {@link #context} is set, or with why the database did not open. */
    private CompletableFuture<AppContext> opening = new CompletableFuture<>();
    private ShellController shell;
    /** Whether sign-in was shown yet: its first showing is a start-up time worth logging. */
    private boolean signInShown;
    /** A start-up failure that happened before anyone signed in, shown once the shell is up. */
    private Throwable pendingError;

    /** {@code onClosed} runs once the window is gone and the database closed; the caller decides whether to exit. */
    public MainWindow(AppSetup setup, Stage stage, Runnable onClosed) {
        this(setup, false, stage, onClosed);
    }

    /**
     * @param existingData whether the database already holds data ({@code DatabaseLocation.mayHoldData()},
     *     asked before the FX thread runs): then sign-in shows while it opens
     */
    public MainWindow(AppSetup setup, boolean existingData, Stage stage, Runnable onClosed) {
        this.setup = setup;
        this.existingData = existingData;
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
        log.info("First window shown {} ms after the JVM started", sinceJvmStart());
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
        opening = new CompletableFuture<>();
        boolean signInAtOnce = existingData && !setup.kiosk();
        if (signInAtOnce) {
            showSignIn();
        } else {
            frame.getChildren().setAll(StartupPane.opening(messages));
        }
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
                .onSuccess(open -> {
                    context = open.context();
                    opening.complete(context);
                    if (open.empty()) {
                        prepareDemo();
                    } else {
                        if (!signInAtOnce) {
                            showSignIn();
                        }
                        catchUpThenGoLive();
                    }
                })
                .onFailure(error -> {
                    opening.completeExceptionally(error);
                    frame.getChildren().setAll(StartupPane.failed(messages,
                            ErrorText.describe(error, messages, setup.appHome()), this::openDatabase, this::close));
                })
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
        CompletableFuture<AppContext> database = opening;
        SignInController signIn = new SignInController(setup, () -> services(database),
                new Messages(setup.settings().current().language()), tasks, this::signedIn);
        frame.getChildren().setAll(signIn.view());
        signIn.start();
        if (!signInShown) {
            signInShown = true;
            log.info("Sign-in shown {} ms after the JVM started", sinceJvmStart());
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Waits (on a background thread) for the database to open; throws why it did not. */
    private static AppContext services(CompletableFuture<AppContext> database) {
        try {
            return database.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The window closed while the database was opening");
        }
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

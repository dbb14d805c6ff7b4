package com.storedesk.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.data.LatestSchema;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.ingest.StoreDataChanged;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.TestInstallation;
import com.storedesk.ui.RecordingShell;
import com.storedesk.ui.Themes;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HomeScreenTest {

    private Stage stage;
    private AppContext context;
    private ExecutorService executor;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        executor.shutdownNow();
        context.close();
    }

    @Test
    void showsALoadingStateWhileTheDatabaseIsReadThenTheStores(FxRobot robot) throws Exception {
        context = TestInstallation.create().language(Language.ENGLISH).open(false);
        TestInstallation.seedStores(context);
        CountDownLatch databaseAnswers = new CountDownLatch(1);
        executor = Executors.newSingleThreadExecutor();
        // Holds every background read until the test lets it go, as a slow disk would.
        BackgroundTasks tasks = new BackgroundTasks(command -> executor.execute(() -> {
            if (awaitQuietly(databaseAnswers)) {
                command.run();
            }
        }));
        HomeController home = show(tasks);

        FxWait.until(() -> FxWait.shown(robot, "#loading-indicator"));
        assertThat(FxWait.shown(robot, "#home-stores")).isFalse();

        databaseAnswers.countDown();
        FxWait.until(() -> FxWait.shown(robot, "#home-stores"));
        TableView<?> stores = robot.lookup("#home-stores").queryAs(TableView.class);
        assertThat(stores.getItems()).hasSize(2);
        HomeModel.StoreRow first = (HomeModel.StoreRow) stores.getItems().get(0);
        assertThat(first.code()).isEqualTo("DT01");
        assertThat(first.source()).isEqualTo("Demo chain");
        assertThat(first.localTime()).as("15:30 UTC is 10:30 in New York").isEqualTo("10:30 AM");
        assertThat(first.businessDay()).isEqualTo("Nov 23, 2026");
        assertThat(first.timeZone()).isEqualTo("America/New_York");
        assertThat(robot.lookup("#rows-store").queryAs(Label.class).getText()).isEqualTo("2");
        assertThat(robot.lookup("#rows-sale").queryAs(Label.class).getText()).isEqualTo("0");
        assertThat(robot.lookup("#home-db-schema").queryAs(Label.class).getText()).isEqualTo(LatestSchema.VERSION);
        assertThat(FxWait.shown(robot, "#loading-indicator")).isFalse();
        FxWait.runFx(home::onDeactivate);
    }

    @Test
    void saysPlainlyWhenThereAreNoStoresYet(FxRobot robot) {
        context = TestInstallation.create().language(Language.SPANISH).open(false);
        executor = Executors.newSingleThreadExecutor();
        HomeController home = show(new BackgroundTasks(executor));

        FxWait.until(() -> FxWait.shown(robot, "#home-stores"));
        TableView<?> stores = robot.lookup("#home-stores").queryAs(TableView.class);
        assertThat(stores.getItems()).isEmpty();
        assertThat(((Label) stores.getPlaceholder()).getText())
                .isEqualTo(new Messages(Language.SPANISH).get("home.stores.empty"));
        assertThat(robot.lookup(".stat-tile .title-4").queryAllAs(Label.class))
                .extracting(Label::getText)
                .containsExactly("0", "Ninguno todavía", "Aún no hay ventas", "Nunca");
        FxWait.runFx(home::onDeactivate);
    }

    @Test
    void refreshesSoonAfterIngestSaysStoreDataChanged(FxRobot robot) {
        context = TestInstallation.create().language(Language.ENGLISH).open(false);
        executor = Executors.newSingleThreadExecutor();
        HomeController home = show(new BackgroundTasks(executor));
        FxWait.until(() -> FxWait.shown(robot, "#home-stores"));
        TableView<?> stores = robot.lookup("#home-stores").queryAs(TableView.class);
        assertThat(stores.getItems()).isEmpty();

        TestInstallation.seedStores(context);
        long storeId = context.stores().listStores().get(0).id();
        // Long before the half-minute refresh: only the signal can explain a refresh now.
        context.storeDataChanges().publish(new StoreDataChanged(Set.of(storeId)));

        FxWait.until(() -> stores.getItems().size() == 2);
        FxWait.runFx(home::onDeactivate);
    }

    @Test
    void stopsListeningWhenHidden(FxRobot robot) throws Exception {
        context = TestInstallation.create().language(Language.ENGLISH).open(false);
        executor = Executors.newSingleThreadExecutor();
        HomeController home = show(new BackgroundTasks(executor));
        FxWait.until(() -> FxWait.shown(robot, "#home-stores"));
        FxWait.runFx(home::onDeactivate);

        TestInstallation.seedStores(context);
        context.storeDataChanges().publish(new StoreDataChanged(Set.of(1L)));

        Thread.sleep(4_000);
        TableView<?> stores = robot.lookup("#home-stores").queryAs(TableView.class);
        assertThat(stores.getItems()).as("a hidden screen does not read the database").isEmpty();
    }

    private HomeController show(BackgroundTasks tasks) {
        return FxWait.onFx(() -> {
            UiContext ui = new UiContext(context, new Messages(context.setup().settings().current().language()), tasks,
                    new RecordingShell());
            HomeController home = new HomeController(ui);
            Scene scene = new Scene((javafx.scene.Parent) home.view(), 1100, 760);
            Themes.addAppStylesheet(scene);
            stage.setScene(scene);
            home.onActivate();
            return home;
        });
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

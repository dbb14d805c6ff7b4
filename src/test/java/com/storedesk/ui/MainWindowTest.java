package com.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.app.AppSetup;
import com.storedesk.app.DemoUsers;
import com.storedesk.config.SettingsFile;
import com.storedesk.config.WindowBounds;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.TestInstallation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The real window: opening the database in the background, failing readably, and remembering its place. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    /** Seconds a first start may take: the demo chain, then its accounts' hashes, on a busy machine. */
    private static final int FIRST_START = 120;

    @Test
    void showsTheShellOnceTheDatabaseIsOpen(FxRobot robot) throws Exception {
        TestInstallation installation = TestInstallation.create();
        Window window = show(installation.setup(false));

        signIn(robot, DemoUsers.storeManager("S01"), DemoUsers.PASSWORD);
        FxWait.until(() -> robot.lookup("#nav-home").tryQuery().isPresent());
        assertThat(window.main.shell()).isPresent();
        assertThat(window.main.context().session().username()).isEqualTo("manager.s01");
        window.close();
    }

    @Test
    void theShellSaysWhoIsSignedInAndSigningOutComesBackToSignIn(FxRobot robot) throws Exception {
        Window window = show(TestInstallation.create().setup(false));
        signIn(robot, DemoUsers.ADMINISTRATOR, DemoUsers.PASSWORD);
        FxWait.until(() -> robot.lookup("#nav-home").tryQuery().isPresent());
        assertThat(robot.lookup("#shell-user").queryAs(Label.class).getText()).isEqualTo("Alex Admin");
        assertThat(robot.lookup("#shell-user-role").queryAs(Label.class).getText()).isEqualTo("Administrator");

        robot.clickOn("#shell-sign-out");

        FxWait.until(FIRST_START, () -> FxWait.shown(robot, "#signin-username"));
        assertThat(window.main.shell()).isEmpty();
        assertThat(robot.lookup("#nav-home").tryQuery()).isEmpty();
        assertThat(window.main.context().session().canSeeStore(1)).isFalse();
        window.close();
    }

    @Test
    void aFirstStartFillsTheEmptyDatabaseWithTheDemoChainThenShowsItsStores(FxRobot robot) throws Exception {
        TestInstallation installation = TestInstallation.create();
        Window window = show(installation.setup(false));

        signIn(robot, DemoUsers.DISTRICT_MANAGER, DemoUsers.PASSWORD);
        FxWait.until(() -> robot.lookup("#nav-home").tryQuery().isPresent());
        FxWait.until(() -> robot.lookup("#home-stores").tryQuery()
                .map(table -> ((TableView<?>) table).getItems().size() == TestInstallation.DEMO.stores())
                .orElse(false));
        FxWait.until(() -> window.main.context().feeds().isLive());
        assertThat(FxWait.onFx(() -> ClippedText.in(window.stage.getScene().getRoot())))
                .as("the demo's long store names fit").isEmpty();
        FxWait.runFx(() -> Screenshots.save(window.stage.getScene(), "home-demo-en"));
        window.close();
    }

    @Test
    void theKioskFillsTheScreenWithAssociateScreensOnly(FxRobot robot) throws Exception {
        Window window = show(TestInstallation.create().setup(true));

        FxWait.until(FIRST_START, () -> FxWait.shown(robot, "#signin-associate-associate-s01"));
        robot.clickOn("#signin-associate-associate-s01");
        for (char digit : DemoUsers.PIN.toCharArray()) {
            robot.clickOn("#signin-pin-" + digit);
        }
        robot.clickOn("#signin-pin-submit");
        FxWait.until(() -> robot.lookup("#nav-home").tryQuery().isPresent());
        assertThat(window.stage.isFullScreen()).isTrue();
        assertThat(robot.lookup("#nav-settings").tryQuery()).isEmpty();
        window.close();
    }

    @Test
    void aKioskLeftAloneSignsTheAssociateOutForTheNextPerson(FxRobot robot) throws Exception {
        TestInstallation installation = TestInstallation.create()
                .settings(s -> s.withKioskIdleTimeout(Duration.ofSeconds(2)));
        Window window = show(installation.setup(true));
        FxWait.until(FIRST_START, () -> FxWait.shown(robot, "#signin-associate-associate-s01"));
        robot.clickOn("#signin-associate-associate-s01");
        for (char digit : DemoUsers.PIN.toCharArray()) {
            robot.clickOn("#signin-pin-" + digit);
        }
        robot.clickOn("#signin-pin-submit");
        FxWait.until(() -> window.main.shell().isPresent());

        FxWait.until(() -> FxWait.shown(robot, "#signin-associate-associate-s01"));
        assertThat(window.main.shell()).isEmpty();
        assertThat(window.main.context().session().username()).isEmpty();
        window.close();
    }

    @Test
    void aLaterStartShowsSignInWhileTheDatabaseOpensAndSignsInOnceItIs(FxRobot robot) throws Exception {
        TestInstallation installation = TestInstallation.create();
        assertThat(installation.setup(false).databaseLocation().mayHoldData()).as("nothing yet").isFalse();
        try (AppContext first = installation.open(false)) {
            first.feeds().catchUp(SyncProgress.NONE, () -> false);
            DemoUsers.ensure(first);
        }
        AppSetup setup = installation.setup(false);
        assertThat(setup.databaseLocation().mayHoldData()).isTrue();

        Window window = FxWait.onFx(() -> {
            Window shown = show(setup, true);
            // Still in the pulse that showed the window: the database cannot have opened yet.
            assertThat(shown.main.context()).isNull();
            assertThat(shown.stage.getScene().lookup("#signin-username")).isNotNull();
            assertThat(shown.stage.getScene().lookup("#startup-opening")).isNull();
            return shown;
        });
        signIn(robot, DemoUsers.storeManager("S01"), DemoUsers.PASSWORD);

        FxWait.until(FIRST_START, () -> robot.lookup("#nav-home").tryQuery().isPresent());
        assertThat(window.main.context().session().username()).isEqualTo("manager.s01");
        window.close();
    }

    @Test
    void explainsADatabaseItCannotOpenAndOpensItOnRetry(FxRobot robot) throws Exception {
        TestInstallation installation = TestInstallation.create();
        Path blocker = Files.writeString(installation.home().resolve("blocker"), "a file where a folder should be");
        AppSetup base = installation.setup(false);
        DatabaseLocation impossible = new DatabaseLocation.H2File(blocker.resolve("storedesk"));
        AppSetup setup = new AppSetup(base.appHome(), base.settings(), impossible, false, base.clock(), base.build(),
                base.demoSize(), base.presets());
        Window window = show(setup);

        FxWait.until(() -> robot.lookup("#startup-failed").tryQuery().isPresent());
        String reason = robot.lookup("#startup-reason").queryAs(Label.class).getText();
        assertThat(reason).contains("cannot reach the database").contains(blocker.toString())
                .doesNotContain("Exception");
        FxWait.runFx(() -> Screenshots.save(window.stage.getScene(), "startup-failed-en"));

        Files.delete(blocker);
        robot.clickOn("#startup-retry");
        FxWait.until(FIRST_START, () -> FxWait.shown(robot, "#signin-username"));
        window.close();
    }

    @Test
    void remembersWhereTheWindowWasForTheNextStart(FxRobot robot) throws Exception {
        TestInstallation installation = TestInstallation.create();
        Window first = show(installation.setup(false));
        FxWait.until(FIRST_START, () -> FxWait.shown(robot, "#signin-username"));
        FxWait.runFx(() -> {
            first.stage.setX(30);
            first.stage.setY(40);
            first.stage.setWidth(1000);
            first.stage.setHeight(700);
        });
        first.close();

        assertThat(new SettingsFile(installation.home()).load().windowBounds())
                .contains(new WindowBounds(30, 40, 1000, 700, false));
        Window second = show(installation.setup(false));
        assertThat(second.stage.getX()).isEqualTo(30);
        assertThat(second.stage.getWidth()).isEqualTo(1000);
        assertThat(second.stage.getHeight()).isEqualTo(700);
        FxWait.until(FIRST_START, () -> FxWait.shown(robot, "#signin-username"));
        second.close();
    }

    /** Waits for the sign-in screen (after the demo chain, on a first start) and signs in. */
    private static void signIn(FxRobot robot, String username, String password) {
        FxWait.until(FIRST_START, () -> FxWait.shown(robot, "#signin-username"));
        FxWait.runFx(() -> {
            robot.lookup("#signin-username").queryAs(TextField.class).setText(username);
            robot.lookup("#signin-password").queryAs(TextField.class).setText(password);
        });
        robot.clickOn("#signin-submit");
    }

    private static Window show(AppSetup setup) {
        return FxWait.onFx(() -> show(setup, false));
    }

    /** On the FX thread. */
    private static Window show(AppSetup setup, boolean existingData) {
        CountDownLatch closed = new CountDownLatch(1);
        Stage stage = new Stage();
        MainWindow main = new MainWindow(setup, existingData, stage, closed::countDown);
        main.show();
        return new Window(main, stage, closed);
    }

    private record Window(MainWindow main, Stage stage, CountDownLatch closed) {
        void close() throws InterruptedException {
            FxWait.runFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
            assertThat(closed.await(20, TimeUnit.SECONDS)).as("window closed and database released").isTrue();
        }
    }
}

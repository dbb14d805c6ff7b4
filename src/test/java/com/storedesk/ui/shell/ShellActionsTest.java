package com.storedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.config.SettingsFile;
import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.TestInstallation;
import com.storedesk.ui.Themes;
import com.storedesk.ui.concurrent.BackgroundTasks;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the shell itself does: About, the theme switch, switching language in place, the status line. */
@ExtendWith(ApplicationExtension.class)
class ShellActionsTest {

    private Stage stage;
    private TestInstallation installation;
    private AppContext context;
    private BackgroundTasks tasks;
    private ShellController shell;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @BeforeEach
    void open() {
        installation = TestInstallation.create().language(Language.ENGLISH);
        context = installation.open(false);
        TestInstallation.seedStores(context);
        tasks = BackgroundTasks.withThreads(2);
        FxWait.runFx(() -> {
            Themes.apply(Theme.LIGHT);
            shell = new ShellController(context, tasks, Screens.all());
            Scene scene = new Scene(shell.view(), 1280, 800);
            Themes.addAppStylesheet(scene);
            stage.setScene(scene);
            // The headless screen is 1280 x 800: keep the whole window on it so the robot can reach the bottom bar.
            stage.setX(0);
            stage.setY(0);
            shell.start(scene);
        });
    }

    @AfterEach
    void close() {
        FxWait.runFx(() -> {
            shell.stop();
            Themes.apply(Theme.LIGHT);
        });
        tasks.close();
        context.close();
    }

    @Test
    void aboutNamesTheVersionAndWhereTheDataIs(FxRobot robot) {
        robot.clickOn("#shell-about");
        FxWait.until(() -> robot.lookup("#about-dialog").tryQuery().isPresent());

        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText()).isEqualTo(
                context.setup().build().version());
        assertThat(robot.lookup("#about-database").queryAs(Label.class).getText())
                .isEqualTo(installation.databaseFile().toString());
        FxWait.runFx(() -> Screenshots.save(robot.lookup("#about-dialog").query().getScene(), "about-en"));

        javafx.stage.Window dialog = robot.lookup("#about-dialog").query().getScene().getWindow();
        robot.clickOn("Close");
        FxWait.until(() -> !dialog.isShowing());
    }

    @Test
    void theThemeSwitchIsRememberedForTheNextStart(FxRobot robot) {
        robot.clickOn("#shell-theme");
        FxWait.until(() -> new SettingsFile(installation.home()).load().theme() == Theme.DARK);
        FxWait.until(() -> FxWait.shown(robot, "#home-stores"));
        FxWait.runFx(() -> Screenshots.save(stage.getScene(), "home-dark-en"));

        robot.clickOn("#shell-theme");
        FxWait.until(() -> new SettingsFile(installation.home()).load().theme() == Theme.LIGHT);
    }

    @Test
    void switchingLanguageRedrawsInPlaceAndIsRemembered(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-language").clickOn("Français");

        FxWait.until(() -> robot.lookup("#nav-settings").queryAs(Labeled.class).getText().equals("Paramètres"));
        assertThat(shell.currentScreenId()).contains(Screens.SETTINGS);
        assertThat(robot.lookup("#screen-title").queryAs(Label.class).getText()).isEqualTo("Paramètres");
        FxWait.until(() -> new SettingsFile(installation.home()).load().language() == Language.FRENCH);
    }

    @Test
    void theStatusLineNamesTheSourceAndSaysItHasNeverSynced(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#status-source").queryAs(Label.class).getText().contains("Demo chain"));
        assertThat(robot.lookup("#status-sync").queryAs(Label.class).getText()).isEqualTo("Never synced");
        assertThat(robot.lookup("#status-connection").queryAs(Label.class).getText()).isEqualTo("Not connected");
    }
}

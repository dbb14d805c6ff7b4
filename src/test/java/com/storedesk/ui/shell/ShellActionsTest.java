package com.storedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.config.SettingsFile;
import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.TestInstallation;
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
    private ShellFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @BeforeEach
    void open() {
        fixture = ShellFixture.open(stage, TestInstallation.create().language(Language.ENGLISH));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aboutNamesTheVersionAndWhereTheDataIs(FxRobot robot) {
        robot.clickOn("#shell-about");
        FxWait.until(() -> robot.lookup("#about-dialog").tryQuery().isPresent());

        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText()).isEqualTo(
                fixture.context.setup().build().version());
        assertThat(robot.lookup("#about-database").queryAs(Label.class).getText())
                .isEqualTo(fixture.installation.databaseFile().toString());
        FxWait.runFx(() -> Screenshots.save(robot.lookup("#about-dialog").query().getScene(), "about-en"));

        javafx.stage.Window dialog = robot.lookup("#about-dialog").query().getScene().getWindow();
        robot.clickOn("Close");
        FxWait.until(() -> !dialog.isShowing());
    }

    @Test
    void theThemeSwitchIsRememberedForTheNextStart(FxRobot robot) {
        robot.clickOn("#shell-theme");
        FxWait.until(() -> new SettingsFile(fixture.installation.home()).load().theme() == Theme.DARK);
        FxWait.until(() -> FxWait.shown(robot, "#home-stores"));
        FxWait.runFx(() -> Screenshots.save(stage.getScene(), "home-dark-en"));

        robot.clickOn("#shell-theme");
        FxWait.until(() -> new SettingsFile(fixture.installation.home()).load().theme() == Theme.LIGHT);
    }

    @Test
    void switchingLanguageRedrawsInPlaceAndIsRemembered(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-language").clickOn("Français");

        FxWait.until(() -> robot.lookup("#nav-settings").queryAs(Labeled.class).getText().equals("Paramètres"));
        assertThat(fixture.shell.currentScreenId()).contains(Screens.SETTINGS);
        assertThat(robot.lookup("#screen-title").queryAs(Label.class).getText()).isEqualTo("Paramètres");
        FxWait.until(() -> new SettingsFile(fixture.installation.home()).load().language() == Language.FRENCH);
    }

    @Test
    void theStatusLineNamesTheSourceAndSaysItHasNeverSynced(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#status-source").queryAs(Label.class).getText().contains("Demo chain"));
        assertThat(robot.lookup("#status-sync").queryAs(Label.class).getText()).isEqualTo("Never synced");
        assertThat(robot.lookup("#status-connection").queryAs(Label.class).getText()).isEqualTo("Not connected");
    }
}

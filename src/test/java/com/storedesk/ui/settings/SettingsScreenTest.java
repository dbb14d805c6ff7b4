package com.storedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.config.SettingsFile;
import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.TestInstallation;
import com.storedesk.testing.TestStage;
import com.storedesk.ui.RecordingShell;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {

    private Stage stage;
    private TestInstallation installation;
    private AppContext context;
    private BackgroundTasks tasks;
    private RecordingShell shell;
    private SettingsController settings;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @BeforeEach
    void open() {
        installation = TestInstallation.create().language(Language.ENGLISH);
        context = installation.open(false);
        tasks = BackgroundTasks.withThreads(1);
        shell = new RecordingShell();
        settings = FxWait.onFx(() -> {
            SettingsController controller = new SettingsController(
                    new UiContext(context, new Messages(Language.ENGLISH), tasks, shell));
            Scene scene = TestStage.show(stage, (Parent) controller.view(), 1100, 700);
            return controller;
        });
        FxWait.until(() -> stage.getScene().lookup("#settings-language") != null);
    }

    @AfterEach
    void close() {
        tasks.close();
        context.close();
    }

    @Test
    void choosingALanguageAsksTheShellToRedrawInIt(FxRobot robot) {
        robot.clickOn("#settings-language").clickOn("Deutsch");
        assertThat(shell.languages).containsExactly(Language.GERMAN);
    }

    @Test
    void theDarkThemeSwitchAsksForTheDarkTheme(FxRobot robot) {
        robot.clickOn("#settings-dark-theme");
        assertThat(shell.themes).containsExactly(Theme.DARK);
    }

    @Test
    void aNewDataFolderIsCheckedSavedAndUsedFromTheNextStart(FxRobot robot) {
        Path chosen = installation.home().resolve("moved-data");
        assertThat(robot.lookup("#settings-data-folder-default").queryAs(Button.class).isDisabled()).isTrue();

        FxWait.runFx(() -> settings.chooseDataFolder(chosen));
        FxWait.until(() -> FxWait.shown(robot, "#settings-notice"));

        assertThat(robot.lookup("#settings-data-folder").queryAs(TextField.class).getText())
                .isEqualTo(chosen.toString());
        assertThat(new SettingsFile(installation.home()).load().dataFolder()).contains(chosen);
        assertThat(chosen).isDirectory();
        assertThat(robot.lookup("#settings-data-folder-default").queryAs(Button.class).isDisabled()).isFalse();

        robot.clickOn("#settings-data-folder-default");
        FxWait.until(() -> new SettingsFile(installation.home()).load().dataFolder().isEmpty());
        assertThat(context.setup().settings().current().dataFolder()).isEqualTo(Optional.empty());
    }

    @Test
    void aFolderThatCannotHoldTheDatabaseIsRefusedWithAReason(FxRobot robot) throws Exception {
        Path file = Files.writeString(installation.home().resolve("not-a-folder"), "x");

        FxWait.runFx(() -> settings.chooseDataFolder(file));
        FxWait.until(() -> FxWait.shown(robot, "#settings-error"));

        assertThat(context.setup().settings().current().dataFolder()).isEmpty();
        assertThat(new SettingsFile(installation.home()).load().dataFolder()).isEmpty();
        assertThat(FxWait.shown(robot, "#settings-notice")).isFalse();
    }
}

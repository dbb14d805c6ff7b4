package com.storedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.config.SettingsFile;
import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.TestInstallation;
import com.storedesk.data.StoreSummary;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
    void theDistrictViewOpensAStoresDashboardOnTheDayItShows(FxRobot robot) {
        List<StoreSummary> stores = fixture.context.stores().listStores();
        LocalDate day = LocalDate.of(2026, 11, 20);

        // Before the dashboard has ever been shown: the choice waits for its store list.
        FxWait.runFx(() -> fixture.shell.openStoreDashboard(stores.get(1).id(), day));
        FxWait.until(() -> fixture.shell.currentScreenId().orElse("").equals(Screens.DASHBOARD)
                && dashboardShows(robot, stores.get(1), day));

        // From a district row, with the dashboard already on another store.
        robot.clickOn("#nav-district");
        TableView<?> table = robot.lookup("#district-table").queryAs(TableView.class);
        FxWait.runFx(() -> robot.lookup("#district-date").queryAs(DatePicker.class).setValue(day.minusDays(1)));
        FxWait.until(() -> table.getItems().size() == 2
                && robot.lookup("#district-as-of").queryAs(Label.class).getText().contains("2026"));
        FxWait.runFx(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0); // no sales: ranked by net sales, then code
        });
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> fixture.shell.currentScreenId().orElse("").equals(Screens.DASHBOARD)
                && dashboardShows(robot, stores.get(0), day.minusDays(1)));
    }

    private static boolean dashboardShows(FxRobot robot, StoreSummary store, LocalDate day) {
        return robot.lookup("#dashboard-store").tryQuery().map(n -> {
            Object chosen = ((ComboBox<?>) n).getValue();
            return chosen instanceof StoreSummary s && s.id() == store.id()
                    && day.equals(robot.lookup("#dashboard-date").queryAs(DatePicker.class).getValue());
        }).orElse(false);
    }

    @Test
    void theStatusLineNamesTheSourceAndSaysItHasNeverSynced(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#status-source").queryAs(Label.class).getText().contains("Demo chain"));
        assertThat(robot.lookup("#status-sync").queryAs(Label.class).getText()).isEqualTo("Never synced");
        assertThat(robot.lookup("#status-connection").queryAs(Label.class).getText()).isEqualTo("Not connected");
    }
}

package com.storedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditFilter;
import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.inventory.count.CountTolerance;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.TestInstallation;
import com.storedesk.testing.TestStage;
import com.storedesk.ui.RecordingShell;
import com.storedesk.ui.Themes;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.math.BigDecimal;
import java.util.Set;
import javafx.scene.Parent;
import atlantafx.base.controls.Message;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings' count tolerance: a manager changes it, counts use it, bad values are refused, associates never see it. */
@ExtendWith(ApplicationExtension.class)
class ToleranceSettingsTest {

    private static final UserSession MANAGER = new UserSession("Sam", Role.STORE_MANAGER, false, Set.of(1L), "sam");

    private Stage stage;
    private AppContext context;
    private BackgroundTasks tasks;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        if (tasks != null) {
            tasks.close();
        }
        context.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aManagerSavesANewToleranceThatCountsThenUse(Language language, FxRobot robot) {
        Messages messages = new Messages(language);
        mount(language, MANAGER);
        TextField units = robot.lookup("#settings-tolerance-units").queryAs(TextField.class);
        TextField percent = robot.lookup("#settings-tolerance-percent").queryAs(TextField.class);
        FxWait.until(() -> !units.isDisabled());
        assertThat(textOf(units)).isEqualTo("0");
        assertThat(textOf(percent)).isEqualTo("2");

        FxWait.runFx(() -> {
            units.setText("1");
            percent.setText("2,5");
        });
        robot.clickOn("#settings-tolerance-save");
        FxWait.until(() -> FxWait.shown(robot, "#settings-tolerance-notice"));

        CountTolerance saved = context.counts().tolerance();
        assertThat(saved.units()).isEqualByComparingTo("1");
        assertThat(saved.percent()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(context.auditQuery().newest(AuditFilter.ALL, 0, 10)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.POLICY_CHANGED.name());
            assertThat(entry.subject()).isEqualTo("count-tolerance");
        });
        assertThat(textOf(percent)).isEqualTo(language == Language.ENGLISH ? "2.5" : "2,5");
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "settings-tolerance-" + language.tag())))
                .isRegularFile();
        assertThat(messages.get("settings.tolerance.saved")).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aShareAbove100OrANegativeCountIsRefusedAndNothingIsSaved(Language language, FxRobot robot) {
        Messages messages = new Messages(language);
        mount(language, MANAGER);
        TextField units = robot.lookup("#settings-tolerance-units").queryAs(TextField.class);
        FxWait.until(() -> !units.isDisabled());

        FxWait.runFx(() -> robot.lookup("#settings-tolerance-percent").queryAs(TextField.class).setText("150"));
        robot.clickOn("#settings-tolerance-save");
        FxWait.until(() -> FxWait.shown(robot, "#settings-tolerance-error"));
        assertThat(errorText(robot)).contains(messages.get("settings.tolerance.error.percent"));

        FxWait.runFx(() -> units.setText("-3"));
        robot.clickOn("#settings-tolerance-save");
        FxWait.until(() -> errorText(robot).contains(messages.get("settings.tolerance.error.units")));

        assertThat(context.countTolerance().current()).isEqualTo(CountTolerance.DEFAULT);
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(),
                "settings-tolerance-error-" + language.tag()))).isRegularFile();
    }

    @Test
    void anAssociatesSettingsHaveNoToleranceAndAManagersDo(FxRobot robot) {
        context = TestInstallation.create().language(Language.ENGLISH).open(false);
        showSettings(new UserSession("Alex", Role.ASSOCIATE, false, Set.of(1L), "alex"));
        FxWait.until(() -> robot.lookup("#settings-language").tryQuery().isPresent());
        assertThat(robot.lookup("#settings-tolerance-section").tryQuery()).isEmpty();

        showSettings(MANAGER);
        FxWait.until(() -> robot.lookup("#settings-tolerance-section").tryQuery().isPresent());
    }

    private void showSettings(UserSession session) {
        context.useSession(session);
        if (tasks == null) {
            tasks = BackgroundTasks.withThreads(1);
        }
        FxWait.runFx(() -> {
            Themes.apply(Theme.LIGHT);
            SettingsController controller = new SettingsController(
                    new UiContext(context, new Messages(Language.ENGLISH), tasks, new RecordingShell()));
            TestStage.show(stage, (Parent) controller.view(), 1280, 800);
        });
    }

    private void mount(Language language, UserSession session) {
        context = TestInstallation.create().language(language).open(false);
        context.useSession(session);
        tasks = BackgroundTasks.withThreads(1);
        UiContext ui = new UiContext(context, new Messages(language), tasks, new RecordingShell());
        FxWait.runFx(() -> {
            Themes.apply(Theme.LIGHT);
            VBox page = new VBox(20, new ToleranceController(ui).view());
            page.getStyleClass().add("screen");
            ScrollPane root = new ScrollPane(page);
            root.setFitToWidth(true);
            TestStage.show(stage, root, 1000, 460);
        });
    }

    private static String textOf(TextField field) {
        return FxWait.onFx(() -> field.getText());
    }

    private static String errorText(FxRobot robot) {
        return FxWait.onFx(() -> String.valueOf(robot.lookup("#settings-tolerance-error").queryAs(Message.class)
                .getDescription()));
    }
}

package com.storedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.config.CameraSettings;
import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.planogram.scan.camera.CameraDevices;
import com.storedesk.planogram.scan.camera.CameraProblem;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FakeCamera;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.TestInstallation;
import com.storedesk.testing.TestStage;
import com.storedesk.ui.RecordingShell;
import com.storedesk.ui.Themes;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.util.Optional;
import atlantafx.base.controls.ToggleSwitch;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings' scanning camera: the cameras found, the choice and the beep saved, and no camera said plainly. */
@ExtendWith(ApplicationExtension.class)
class CameraSettingsTest {

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
        tasks.close();
        context.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theChosenCameraAndTheBeepAreSaved(Language language, FxRobot robot) {
        Messages messages = new Messages(language);
        mount(language, FakeCamera.holding(FakeCamera.blank(64, 48)));
        FxWait.until(() -> messages.get("settings.camera.found", 1).equals(label(robot, "#settings-camera-found")));
        ComboBox<String> camera = robot.lookup("#settings-camera").queryAs(ComboBox.class);
        assertThat(camera.getItems()).containsExactly("", FakeCamera.NAME);
        assertThat(FxWait.onFx(() -> camera.getConverter().toString(camera.getValue())))
                .isEqualTo(messages.get("settings.camera.automatic"));

        FxWait.runFx(() -> camera.setValue(FakeCamera.NAME));
        FxWait.until(() -> context.setup().settings().current().camera().camera().isPresent());
        FxWait.runFx(() -> robot.lookup("#settings-camera-sound").queryAs(ToggleSwitch.class).setSelected(false));
        FxWait.until(() -> !context.setup().settings().current().camera().sound());

        assertThat(context.setup().settings().current().camera())
                .isEqualTo(new CameraSettings(Optional.of(FakeCamera.NAME), false));
        FxWait.until(() -> FxWait.shown(robot, "#settings-camera-notice"));
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "settings-camera-" + language.tag())))
                .isRegularFile();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noDriverIsSaidAndTheSavedCameraStaysChosen(Language language, FxRobot robot) {
        Messages messages = new Messages(language);
        context = TestInstallation.create().language(language)
                .settings(s -> s.withCamera(new CameraSettings(Optional.of("USB Camera"), true))).open(false);
        mountOn(language, FakeCamera.failing(CameraProblem.NO_DRIVER));
        FxWait.until(() -> messages.get("camera.problem.noDriver").equals(label(robot, "#settings-camera-found")));

        assertThat(robot.lookup("#settings-camera").queryAs(ComboBox.class).getValue()).isEqualTo("USB Camera");
        assertThat(context.setup().settings().current().camera().camera()).contains("USB Camera");
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "settings-camera-no-driver-" + language.tag())))
                .isRegularFile();
    }

    private void mount(Language language, CameraDevices cameras) {
        context = TestInstallation.create().language(language).open(false);
        mountOn(language, cameras);
    }

    private void mountOn(Language language, CameraDevices cameras) {
        tasks = BackgroundTasks.withThreads(2);
        UiContext ui = new UiContext(context, new Messages(language), tasks, new RecordingShell());
        FxWait.runFx(() -> {
            Themes.apply(Theme.LIGHT);
            VBox page = new VBox(20, new CameraSettingsController(ui, cameras).view());
            page.getStyleClass().add("screen");
            ScrollPane root = new ScrollPane(page);
            root.setFitToWidth(true);
            TestStage.show(stage, root, 1000, 420);
        });
    }

    private static String label(FxRobot robot, String query) {
        return FxWait.onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}

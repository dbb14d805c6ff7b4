package com.storedesk.ui.copilot;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.planogram.scan.camera.CameraDevices;
import com.storedesk.planogram.scan.camera.CameraProblem;
import com.storedesk.planogram.scan.camera.WebcamDevices;
import com.storedesk.testing.BarcodePictures;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FakeCamera;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.SeededDemo;
import com.storedesk.testing.TestStage;
import com.storedesk.ui.RecordingShell;
import com.storedesk.ui.Themes;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Scan card" on the copilot: a loyalty card held up to the webcam finds its member; no camera is said plainly. */
@ExtendWith(ApplicationExtension.class)
class CopilotCardScanTest {

    private Stage stage;
    private BackgroundTasks tasks;
    private CopilotController copilot;

    @AfterAll
    static void waitForTheKnowledgeIndex() {
        SeededDemo.context().knowledge().start().join();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        FxWait.runFx(copilot::onDeactivate);
        tasks.close();
    }

    @Test
    void aCardHeldUpToTheCameraFindsTheMemberAndClosesTheCamera(FxRobot robot) throws SQLException {
        String card = aCard(SeededDemo.context());
        FakeCamera camera = FakeCamera.holding(BarcodePictures.loyaltyCard(card));
        show(Language.ENGLISH, camera);

        FxWait.runFx(() -> robot.lookup("#copilot-scan-card").queryAs(Button.class).fire());
        FxWait.until(() -> FxWait.shown(robot, "#copilot-name"));

        assertThat(robot.lookup("#copilot-search").queryAs(TextField.class).getText()).isEqualTo(card);
        assertThat(FxWait.shown(robot, "#copilot-scan-pane")).as("the pane closed after one card").isFalse();
        FxWait.until(() -> !camera.isOpen());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noCameraIsSaidAndTheCardCanStillBeScannedByHand(Language language, FxRobot robot) throws SQLException {
        Messages messages = new Messages(language);
        show(language, FakeCamera.failing(CameraProblem.NO_CAMERA));

        FxWait.runFx(() -> robot.lookup("#copilot-scan-card").queryAs(Button.class).fire());
        FxWait.until(() -> messages.get("camera.problem.noCamera").equals(stateText(robot)));

        assertThat(FxWait.shown(robot, "#copilot-scan-pane")).isTrue();
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "copilot-scan-card-no-camera-"
                + language.tag()))).isRegularFile();

        FxWait.runFx(() -> robot.lookup("#copilot-scan-close").queryAs(Button.class).fire());
        assertThat(FxWait.shown(robot, "#copilot-scan-pane")).isFalse();
        typeCard(robot, aCard(SeededDemo.context()));
        FxWait.until(() -> FxWait.shown(robot, "#copilot-name"));
    }

    @Test
    void theRealCameraLibraryWithoutACameraLeavesTheScreenWorking(FxRobot robot) throws SQLException {
        Messages messages = new Messages(Language.ENGLISH);
        show(Language.ENGLISH, new WebcamDevices(Duration.ofSeconds(5)));

        FxWait.runFx(() -> robot.lookup("#copilot-scan-card").queryAs(Button.class).fire());
        FxWait.until(30, () -> messages.get("camera.problem.noCamera").equals(stateText(robot))
                || messages.get("camera.problem.noDriver").equals(stateText(robot)));

        typeCard(robot, aCard(SeededDemo.context()));
        FxWait.until(() -> FxWait.shown(robot, "#copilot-name"));
    }

    @Test
    void nextCustomerClosesTheCamera(FxRobot robot) {
        FakeCamera camera = FakeCamera.holding(FakeCamera.blank(640, 480));
        show(Language.ENGLISH, camera);
        FxWait.runFx(() -> robot.lookup("#copilot-scan-card").queryAs(Button.class).fire());
        FxWait.until(camera::isOpen);

        FxWait.runFx(() -> robot.lookup("#copilot-clear").queryAs(Button.class).fire());

        FxWait.until(() -> !camera.isOpen());
        assertThat(FxWait.shown(robot, "#copilot-scan-pane")).isFalse();
    }

    private static String stateText(FxRobot robot) {
        return robot.lookup("#camera-state").queryAs(Label.class).getText();
    }

    private static void typeCard(FxRobot robot, String card) {
        FxWait.runFx(() -> {
            TextField search = robot.lookup("#copilot-search").queryAs(TextField.class);
            search.setText(card);
            search.fireEvent(new javafx.event.ActionEvent());
        });
    }

    private void show(Language language, CameraDevices cameras) {
        tasks = BackgroundTasks.withThreads(2);
        UiContext ui = new UiContext(SeededDemo.context(), new Messages(language), tasks, new RecordingShell());
        FxWait.runFx(() -> {
            Themes.apply(Theme.LIGHT);
            copilot = new CopilotController(ui, cameras);
            StackPane kiosk = new StackPane(copilot.view());
            kiosk.getStyleClass().add("kiosk");
            TestStage.show(stage, (Parent) kiosk, 1280, 800);
            copilot.onActivate();
        });
    }

    /** A member's loyalty card number. */
    private static String aCard(AppContext context) throws SQLException {
        try (Connection connection = context.database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT loyalty_id FROM customer WHERE loyalty_id IS NOT NULL"
                        + " ORDER BY loyalty_id")) {
            row.next();
            return row.getString(1);
        }
    }
}

package com.storedesk.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.planogram.scan.FrameDecoder;
import com.storedesk.planogram.scan.camera.CameraScanner;
import com.storedesk.planogram.scan.camera.CameraState;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FakeCamera;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.TestStage;
import com.storedesk.ui.Themes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The camera preview with a fake camera held over two shelf labels: the picture, a banner per code, Stop. */
@ExtendWith(ApplicationExtension.class)
class CameraPreviewTest {

    private Stage stage;
    private CameraPreview preview;
    private FakeCamera camera;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void stop() {
        FxWait.runFx(preview::stop);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void showsThePictureAndEachCodeAndStopsTheCamera(Language language, FxRobot robot) {
        Messages messages = new Messages(language);
        camera = FakeCamera.holding(FakeCamera.sideBySide(FakeCamera.photo("barcodes/ean13-1/10.png"),
                FakeCamera.photo("barcodes/ean13-1/1.png")));
        List<String> codes = new CopyOnWriteArrayList<>();
        FxWait.runFx(() -> {
            Themes.apply(Theme.LIGHT);
            preview = new CameraPreview(new CameraScanner(camera, new FrameDecoder()), messages, new ScanBeep(), true);
            preview.onCode(code -> codes.add(code.text()));
            StackPane root = new StackPane(preview.root());
            root.getStyleClass().add("screen");
            TestStage.show(stage, root, 720, 400);
            preview.start(FakeCamera.NAME);
        });

        FxWait.until(() -> codes.size() == 2 && preview.state().get().phase() == CameraState.Phase.SCANNING
                && robot.lookup("#camera-picture").queryAs(ImageView.class).getImage() != null);
        assertThat(codes).containsExactly("8480010001136", "8413000065504");
        assertThat(FxWait.onFx(() -> robot.lookup("#camera-banner").queryAs(Label.class).getText()))
                .isEqualTo("8413000065504");
        assertThat(FxWait.onFx(() -> robot.lookup("#camera-state").queryAs(Label.class).getText()))
                .isEqualTo(messages.get("camera.state.scanning", FakeCamera.NAME));
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "camera-preview-" + language.tag())))
                .isRegularFile();

        FxWait.runFx(() -> robot.lookup("#camera-toggle").queryAs(Button.class).fire());
        FxWait.until(() -> !camera.isOpen());
        assertThat(preview.state().get()).isEqualTo(CameraState.stopped());
        assertThat(robot.lookup("#camera-picture").queryAs(ImageView.class).getImage()).isNull();
        assertThat(robot.lookup("#camera-toggle").queryAs(Button.class).getText()).isEqualTo(messages.get("camera.start"));
    }

}

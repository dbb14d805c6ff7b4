package com.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.DemoSize;
import com.storedesk.config.Theme;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StartupPaneTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(new StackPane(), 1024, 640);
        Themes.addAppStylesheet(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theDemoPreparationShowsProgressInEveryLanguageWithoutClippedText() {
        FxWait.runFx(() -> Themes.apply(Theme.LIGHT));
        for (Language language : Language.values()) {
            Messages messages = new Messages(language);
            SimpleDoubleProperty progress = new SimpleDoubleProperty(0.42);
            Formats formats = new Formats(messages);
            SimpleStringProperty detail = new SimpleStringProperty(
                    messages.get("startup.demo.detail", formats.percent(0.42), formats.integer(104_512)));
            FxWait.runFx(() -> stage.getScene().setRoot(new StackPane(
                    StartupPane.preparingDemo(messages, DemoSize.FULL, progress, detail, () -> { }))));

            ProgressBar bar = (ProgressBar) stage.getScene().lookup("#startup-demo-progress");
            assertThat(bar.getProgress()).isEqualTo(0.42);
            assertThat(((Label) stage.getScene().lookup("#startup-demo-detail")).getText())
                    .contains(formats.integer(104_512));
            assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot())))
                    .as("clipped text in %s", language).isEmpty();
            assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "startup-demo-" + language.tag())))
                    .isRegularFile();
        }
    }

    @Test
    void cancelAsksOnceAndSaysItIsStopping(FxRobot robot) {
        Messages messages = new Messages(Language.ENGLISH);
        AtomicInteger cancels = new AtomicInteger();
        FxWait.runFx(() -> stage.getScene().setRoot(new StackPane(StartupPane.preparingDemo(messages, DemoSize.FULL,
                new SimpleDoubleProperty(0.1), new SimpleStringProperty(""), cancels::incrementAndGet))));

        robot.clickOn("#startup-demo-cancel");

        assertThat(cancels.get()).isEqualTo(1);
        assertThat(robot.lookup("#startup-demo-cancel").queryAs(Button.class).isDisabled()).isTrue();
    }
}

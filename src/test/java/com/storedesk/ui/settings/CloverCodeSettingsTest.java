package com.storedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.config.Theme;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.ingest.webhook.WebhookService;
import com.storedesk.pos.connection.ConnectionDraft;
import com.storedesk.pos.connection.Environment;
import com.storedesk.pos.connection.Platform;
import com.storedesk.pos.webhook.TestBodies;
import com.storedesk.pos.webhook.WebhookPlatform;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.security.vault.Secret;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.TestInstallation;
import com.storedesk.testing.TestStage;
import com.storedesk.ui.RecordingShell;
import com.storedesk.ui.Themes;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
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

/** Clover's one-time verification code reaches Settings, Webhooks, where the administrator copies it for Clover. */
@ExtendWith(ApplicationExtension.class)
class CloverCodeSettingsTest {

    private static final UserSession ADMINISTRATOR =
            new UserSession("Ada Admin", Role.ADMINISTRATOR, true, Set.of(), "admin");
    private static final String CODE = "ce7643c1-83ea-4218-abe6-da876c9c7a0a";

    private Stage stage;
    private AppContext context;
    private BackgroundTasks tasks;
    private SettingsController controller;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        if (controller != null) {
            FxWait.runFx(controller::onDeactivate);
        }
        tasks.close();
        context.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theCodeCloverSendsIsShownAndCopied(Language language, FxRobot robot) throws Exception {
        open(language, true);
        Messages messages = new Messages(language);
        FxWait.until(() -> FxWait.shown(robot, "#webhooks-clover"));
        assertThat(label(robot, "#webhooks-clover-hint").getText())
                .isEqualTo(messages.get("webhooks.clover.waiting", WebhookPlatform.CLOVER.path()));
        assertThat(FxWait.onFx(() -> FxWait.shown(robot, "#webhooks-clover-copy"))).isFalse();

        FxWait.runFx(() -> {
            robot.lookup("#webhooks-port").queryAs(TextField.class).setText("0");
            robot.lookup("#webhooks-start").queryAs(Button.class).fire();
        });
        FxWait.until(() -> context.webhooks().status().state() == WebhookService.State.LISTENING);
        assertThat(handshake(context.webhooks().status().port())).isEqualTo(200);

        FxWait.until(() -> CODE.equals(robot.lookup("#webhooks-clover-code").queryAs(TextField.class).getText()));
        String when = new Formats(messages)
                .dateTime(context.clock().instant(), context.clock().getZone());
        assertThat(label(robot, "#webhooks-clover-hint").getText())
                .isEqualTo(messages.get("webhooks.clover.received", when));
        TestStage.scrollTo(stage, "#webhooks-clover");
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "settings-webhooks-clover-" + language.tag())))
                .isRegularFile();

        FxWait.runFx(() -> robot.lookup("#webhooks-clover-copy").queryButton().fire());
        assertThat(FxWait.onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(CODE);
        FxWait.until(() -> FxWait.shown(robot, "#webhooks-notice"));
    }

    @Test
    void withoutACloverConnectionOrCodeTheSectionSaysNothingOfClover(FxRobot robot) {
        open(Language.ENGLISH, false);
        FxWait.until(() -> FxWait.shown(robot, "#webhooks-start"));
        FxWait.until(() -> !robot.lookup("#webhooks-connections").queryAs(VBox.class)
                .getChildren().isEmpty());
        assertThat(FxWait.onFx(() -> robot.lookup("#webhooks-clover").query().isVisible())).isFalse();
    }

    private void open(Language language, boolean clover) {
        context = TestInstallation.create().language(language).open(false);
        context.useSession(ADMINISTRATOR);
        if (clover) {
            // No webhook key yet: Clover shows its auth code only after the handshake.
            context.connections().save(ADMINISTRATOR, new ConnectionDraft(null, Platform.CLOVER, Environment.CUSTOM,
                    "http://127.0.0.1:9", "7R56PZ0Z0EAB1", "", true, Secret.of("clover-token"), null, ""));
        }
        tasks = BackgroundTasks.withThreads(2);
        FxWait.runFx(() -> {
            Themes.apply(Theme.LIGHT);
            controller = new SettingsController(
                    new UiContext(context, new Messages(language), tasks, new RecordingShell()));
            TestStage.show(stage, (Parent) controller.view(), 1280, 800);
            controller.onActivate();
        });
    }

    private static int handshake(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + WebhookPlatform.CLOVER.path()))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        TestBodies.resource("clover/webhook_verification_request_body.json")))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }
}

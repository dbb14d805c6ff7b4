package com.storedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.ingest.webhook.WebhookService;
import com.storedesk.pos.connection.ConnectionDraft;
import com.storedesk.pos.connection.Environment;
import com.storedesk.pos.connection.Platform;
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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/** Settings' webhook receiver: started and stopped by an administrator, its state and ready connections shown. */
@ExtendWith(ApplicationExtension.class)
class WebhooksSettingsTest {

    private static final UserSession ADMINISTRATOR =
            new UserSession("Ada Admin", Role.ADMINISTRATOR, true, Set.of(), "admin");

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
    void theReceiverStartsOnAFreePortShowsItsStateAndStops(Language language, FxRobot robot) {
        open(language);
        context.connections().save(ADMINISTRATOR, new ConnectionDraft(null, Platform.SHOPIFY, Environment.CUSTOM,
                "http://127.0.0.1:9", "jsmith", "655441491", true, Secret.of("shpat_token"), Secret.of("shopify-key"),
                ""));
        context.connections().save(ADMINISTRATOR, new ConnectionDraft(null, Platform.SQUARE, Environment.CUSTOM,
                "http://127.0.0.1:9", "L1", "", true, Secret.of("token"), Secret.of("square-key"), ""));
        mount(language);
        Messages messages = new Messages(language);
        FxWait.until(() -> lines(robot, "#webhooks-connections").size() == 2);
        assertThat(label(robot, "#webhooks-state").getText()).isEqualTo(messages.get("webhooks.state.stopped"));
        assertThat(lines(robot, "#webhooks-connections")).containsExactlyInAnyOrder(
                messages.get("webhooks.connection", messages.get("source.shopify"), "jsmith",
                        messages.get("webhooks.ready.ready")),
                messages.get("webhooks.connection", messages.get("source.square"), "L1",
                        messages.get("webhooks.ready.noUrl")));
        assertThat(lines(robot, "#webhooks-paths")).contains(
                messages.get("webhooks.path", messages.get("source.shopify"), "/webhooks/shopify"));

        FxWait.runFx(() -> {
            robot.lookup("#webhooks-port").queryAs(TextField.class).setText("0");
            robot.lookup("#webhooks-start").queryAs(Button.class).fire();
        });
        FxWait.until(() -> context.webhooks().status().state() == WebhookService.State.LISTENING
                && !robot.lookup("#webhooks-stop").queryAs(Button.class).isDisabled());
        int port = context.webhooks().status().port();
        assertThat(port).isPositive();
        assertThat(label(robot, "#webhooks-state").getText())
                .isEqualTo(messages.get("webhooks.state.listening.none", "127.0.0.1:" + port));
        assertThat(context.setup().settings().current().webhooks().port()).as("the choice is saved").isZero();
        TestStage.scrollTo(stage, "#settings-webhooks");
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "settings-webhooks-" + language.tag())))
                .isRegularFile();

        FxWait.runFx(() -> robot.lookup("#webhooks-stop").queryAs(Button.class).fire());
        FxWait.until(() -> messages.get("webhooks.state.stopped").equals(label(robot, "#webhooks-state").getText())
                && !robot.lookup("#webhooks-start").queryAs(Button.class).isDisabled());
        assertThat(context.webhooks().status().state()).isEqualTo(WebhookService.State.STOPPED);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPortInUseIsSaidInTheUsersLanguage(Language language, FxRobot robot) throws Exception {
        open(language);
        mount(language);
        Messages messages = new Messages(language);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String port = Integer.toString(taken.getLocalPort());
            FxWait.until(() -> FxWait.shown(robot, "#webhooks-start"));
            FxWait.runFx(() -> {
                robot.lookup("#webhooks-port").queryAs(TextField.class).setText(port);
                robot.lookup("#webhooks-start").queryAs(Button.class).fire();
            });
            String expected = messages.get("webhooks.state.portInUse", "127.0.0.1", port);
            FxWait.until(() -> expected.equals(label(robot, "#webhooks-state").getText())
                    && !robot.lookup("#webhooks-start").queryAs(Button.class).isDisabled());
            assertThat(context.webhooks().status().state()).isEqualTo(WebhookService.State.FAILED);
            TestStage.scrollTo(stage, "#settings-webhooks");
            assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
            assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(),
                    "settings-webhooks-port-in-use-" + language.tag()))).isRegularFile();
        }
    }

    @Test
    void aPortThatIsNotANumberIsRefusedBeforeAnythingStarts(FxRobot robot) {
        open(Language.ENGLISH);
        mount(Language.ENGLISH);
        FxWait.until(() -> FxWait.shown(robot, "#webhooks-start"));
        FxWait.runFx(() -> {
            robot.lookup("#webhooks-port").queryAs(TextField.class).setText("80a");
            robot.lookup("#webhooks-start").queryAs(Button.class).fire();
        });
        FxWait.until(() -> FxWait.shown(robot, "#webhooks-error"));
        assertThat(context.webhooks().status().state()).isEqualTo(WebhookService.State.STOPPED);
        assertThat(context.setup().settings().current().webhooks().port()).as("nothing saved").isEqualTo(8787);
    }

    @Test
    void aStoreManagerDoesNotSeeTheReceiver(FxRobot robot) {
        open(Language.ENGLISH);
        context.useSession(new UserSession("Sam", Role.STORE_MANAGER, false, Set.of(1L), "sam"));
        tasks = BackgroundTasks.withThreads(1);
        FxWait.runFx(() -> TestStage.show(stage, (Parent) new SettingsController(
                new UiContext(context, new Messages(Language.ENGLISH), tasks, new RecordingShell())).view(), 1280, 800));
        FxWait.until(() -> robot.lookup("#settings-language").tryQuery().isPresent());
        assertThat(robot.lookup("#settings-webhooks").tryQuery()).isEmpty();
    }

    private void open(Language language) {
        context = TestInstallation.create().language(language).open(false);
    }

    private void mount(Language language) {
        context.useSession(ADMINISTRATOR);
        tasks = BackgroundTasks.withThreads(2);
        FxWait.runFx(() -> {
            Themes.apply(Theme.LIGHT);
            controller = new SettingsController(
                    new UiContext(context, new Messages(language), tasks, new RecordingShell()));
            TestStage.show(stage, (Parent) controller.view(), 1280, 800);
            controller.onActivate();
        });
    }

    private java.util.List<String> lines(FxRobot robot, String query) {
        return FxWait.onFx(() -> ((VBox) stage.getScene().lookup(query)).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList());
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }
}

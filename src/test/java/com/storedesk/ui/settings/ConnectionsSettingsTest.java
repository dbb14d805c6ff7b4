package com.storedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.pos.connection.ConnectionDraft;
import com.storedesk.pos.connection.Environment;
import com.storedesk.pos.connection.Platform;
import com.storedesk.pos.connection.PosConnection;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.security.vault.Secret;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.SquareReplay;
import com.storedesk.testing.TestInstallation;
import com.storedesk.testing.TestStage;
import com.storedesk.ui.RecordingShell;
import com.storedesk.ui.Themes;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The POS connections section of Settings, as an administrator configures and tests a Square location. */
@ExtendWith(ApplicationExtension.class)
class ConnectionsSettingsTest {

    private static final UserSession ADMINISTRATOR =
            new UserSession("Ada Admin", Role.ADMINISTRATOR, true, Set.of(), "admin");

    private Stage stage;
    private AppContext context;
    private BackgroundTasks tasks;
    private SquareReplay square;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() throws IOException {
        tasks.close();
        context.close();
        square.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aConnectionShowsItsStoredSecretsItsTestAndItsSyncReadably(Language language, FxRobot robot) throws IOException {
        open(language);
        PosConnection saved = context.connections().save(ADMINISTRATOR, new ConnectionDraft(null, Platform.SQUARE,
                Environment.CUSTOM, square.baseUrl(), SquareReplay.LOCATION, true, Secret.of(SquareReplay.TOKEN), null));
        context.syncState().recordSuccess(saved.source(), "history", "sq1|ORDERS|2026-11-23T15:00:00Z|2026-11-23T15:25:00Z|", 1234);
        mount(language);
        FxWait.until(() -> FxWait.shown(robot, "#connections-sync"));

        Messages messages = new Messages(language);
        assertThat(label(robot, "#connections-credential-state").getText())
                .isEqualTo(messages.get("connections.secret.stored"));
        assertThat(robot.lookup("#connections-credential").queryAs(PasswordField.class).getText())
                .as("a stored token is never read back").isEmpty();
        assertThat(label(robot, "#connections-sync-items").getText()).contains("234");
        assertThat(FxWait.shown(robot, "#connections-vault-warning")).as("tests keep secrets in the file").isTrue();

        FxWait.runFx(() -> robot.lookup("#connections-test").queryAs(Button.class).fire());
        FxWait.until(() -> FxWait.shown(robot, "#connections-check"));
        assertThat(FxWait.onFx(() -> ((javafx.scene.layout.VBox) stage.getScene().lookup("#connections-check"))
                .getChildren().stream().map(n -> ((Label) n).getText()).toList()))
                .contains(messages.get("connections.check.location.passed", SquareReplay.LOCATION, "Grant Park"));

        TestStage.scrollTo(stage, "#settings-connections");
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "settings-connections-" + language.tag())))
                .isRegularFile();
        assertThat(FxWait.onFx(() -> stage.getScene().getRoot().lookupAll(".text-field").stream()
                .map(n -> ((TextField) n).getText()).toList())).doesNotContain(SquareReplay.TOKEN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aShopifyConnectionAsksForItsLocationInARowOfItsOwnAndSavesIt(Language language, FxRobot robot)
            throws Exception {
        open(language);
        try (MockWebServer shopify = new MockWebServer()) {
            shopify.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse().setHeader("Content-Type", "application/json")
                            .setBody(resource("/pos/shopify/location.json"));
                }
            });
            shopify.start();
            String server = shopify.url("/").toString().replaceAll("/$", "");
            mount(language);
            FxWait.until(() -> FxWait.shown(robot, "#connections-platform"));
            assertThat(FxWait.shown(robot, "#connections-location")).as("Square has no location row").isFalse();

            FxWait.runFx(() -> robot.lookup("#connections-platform").<Platform>queryComboBox().setValue(Platform.SHOPIFY));
            FxWait.until(() -> FxWait.shown(robot, "#connections-location"));
            Messages messages = new Messages(language);
            TextField location = robot.lookup("#connections-location").queryAs(TextField.class);
            TextField account = robot.lookup("#connections-account").queryAs(TextField.class);
            PasswordField credential = robot.lookup("#connections-credential").queryAs(PasswordField.class);
            assertThat(location.getPromptText()).isEqualTo(messages.get("connections.location.prompt"));
            assertThat(label(robot, "#connections-location-caption").getText())
                    .isEqualTo(messages.get("connections.account.location"));
            TestStage.scrollTo(stage, "#settings-connections");
            assertThat(FxWait.onFx(() -> promptFits(location))).as("the prompt fits its field").isTrue();
            assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(),
                    "settings-connections-shopify-new-" + language.tag()))).isRegularFile();
            FxWait.runFx(() -> {
                robot.lookup("#connections-environment").<Environment>queryComboBox().setValue(Environment.CUSTOM);
                robot.lookup("#connections-base-url").queryAs(TextField.class).setText(server);
                account.setText("jsmith");
                location.setText("655441491");
                credential.setText("shpat_settings-test-token");
                robot.lookup("#connections-test").queryAs(Button.class).fire();
            });
            FxWait.until(() -> FxWait.shown(robot, "#connections-check"));
            assertThat(FxWait.onFx(() -> ((VBox) stage.getScene().lookup("#connections-check")).getChildren().stream()
                    .map(n -> ((Label) n).getText()).toList())).containsExactly(
                            messages.get("connections.check.server.passed", server),
                            messages.get("connections.check.token.passed"),
                            messages.get("connections.check.shop.passed", "jsmith", "John Smith Test Store"),
                            messages.get("connections.check.location.passed", "655441491", "Louisville Store"));

            FxWait.runFx(() -> stage.getScene().getRoot().layout());
            assertThat(FxWait.onFx(() -> bounds(location).getMinX())).as("aligned with the account")
                    .isEqualTo(FxWait.onFx(() -> bounds(account).getMinX()));
            assertThat(FxWait.onFx(() -> bounds(location).getWidth())).isEqualTo(FxWait.onFx(() -> bounds(account)
                    .getWidth()));
            assertThat(FxWait.onFx(() -> bounds(account).getMaxY() < bounds(location).getMinY()
                    && bounds(location).getMaxY() < bounds(credential).getMinY())).as("between account and token").isTrue();
            assertThat(FxWait.onFx(() -> promptFits(location))).as("the prompt fits its field").isTrue();
            TestStage.scrollTo(stage, "#settings-connections");
            assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
            assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(),
                    "settings-connections-shopify-" + language.tag()))).isRegularFile();
            assertThat(FxWait.onFx(() -> stage.getScene().getRoot().lookupAll(".text-field").stream()
                    .filter(n -> !(n instanceof PasswordField)).map(n -> ((TextField) n).getText()).toList()))
                    .as("the token only in its masked field").doesNotContain("shpat_settings-test-token");

            FxWait.runFx(() -> robot.lookup("#connections-save").queryAs(Button.class).fire());
            FxWait.until(() -> FxWait.shown(robot, "#connections-sync")
                    && !robot.lookup("#connections-new").queryAs(Button.class).isDisabled());
            assertThat(context.connections().all()).singleElement().satisfies(c -> {
                assertThat(c.platform()).isEqualTo(Platform.SHOPIFY);
                assertThat(c.accountId()).isEqualTo("jsmith");
                assertThat(c.locationId()).isEqualTo("655441491");
            });
            assertThat(robot.lookup("#connections-location").queryAs(TextField.class).getText())
                    .as("read back from the saved connection").isEqualTo("655441491");

            double gapBefore = FxWait.onFx(() -> bounds(credential).getMinY() - bounds(account).getMaxY());
            FxWait.runFx(() -> robot.lookup("#connections-new").queryAs(Button.class).fire());
            FxWait.runFx(() -> stage.getScene().getRoot().layout());
            assertThat(FxWait.shown(robot, "#connections-location")).as("Square again: no location row").isFalse();
            double gapAfter = FxWait.onFx(() -> bounds(credential).getMinY() - bounds(account).getMaxY());
            assertThat(gapAfter).as("the token row moves up, leaving no gap").isLessThan(gapBefore - location.getHeight());
        }
    }

    @Test
    void aNewConnectionIsSavedWithItsTokenStoredAndTheFieldCleared(FxRobot robot) throws IOException {
        open(Language.ENGLISH);
        mount(Language.ENGLISH);
        FxWait.until(() -> FxWait.shown(robot, "#connections-platform"));
        FxWait.runFx(() -> {
            robot.lookup("#connections-account").queryAs(TextField.class).setText(SquareReplay.LOCATION);
            robot.lookup("#connections-credential").queryAs(PasswordField.class).setText(SquareReplay.TOKEN);
            robot.lookup("#connections-save").queryAs(Button.class).fire();
        });
        FxWait.until(() -> FxWait.shown(robot, "#connections-notice"));

        assertThat(context.connections().all()).singleElement().satisfies(c -> {
            assertThat(c.baseUrl()).isEqualTo(Platform.SQUARE.baseUrl(Environment.PRODUCTION, "").orElseThrow());
            assertThat(c.accountId()).isEqualTo(SquareReplay.LOCATION);
        });
        assertThat(robot.lookup("#connections-credential").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(label(robot, "#connections-credential-state").getText()).isEqualTo("Stored on this computer");
    }

    @Test
    void aSquareConnectionKeepsItsNotificationUrlInARowShownForSquareOnly(FxRobot robot) throws IOException {
        open(Language.ENGLISH);
        mount(Language.ENGLISH);
        FxWait.until(() -> FxWait.shown(robot, "#connections-notification-url"));
        FxWait.runFx(() -> {
            robot.lookup("#connections-account").queryAs(TextField.class).setText(SquareReplay.LOCATION);
            robot.lookup("#connections-credential").queryAs(PasswordField.class).setText(SquareReplay.TOKEN);
            robot.lookup("#connections-notification-url").queryAs(TextField.class).setText("ftp://relay.example/x");
            robot.lookup("#connections-save").queryAs(Button.class).fire();
        });
        FxWait.until(() -> FxWait.shown(robot, "#connections-error"));
        assertThat(context.connections().all()).as("nothing saved").isEmpty();

        FxWait.runFx(() -> {
            robot.lookup("#connections-notification-url").queryAs(TextField.class)
                    .setText("https://relay.example/webhooks/square");
            robot.lookup("#connections-save").queryAs(Button.class).fire();
        });
        FxWait.until(() -> FxWait.shown(robot, "#connections-notice"));
        assertThat(context.connections().all()).singleElement().satisfies(c ->
                assertThat(c.notificationUrl()).isEqualTo("https://relay.example/webhooks/square"));
        assertThat(robot.lookup("#connections-notification-url").queryAs(TextField.class).getText())
                .as("read back").isEqualTo("https://relay.example/webhooks/square");

        FxWait.runFx(() -> robot.lookup("#connections-platform").<Platform>queryComboBox().setValue(Platform.CLOVER));
        FxWait.runFx(() -> stage.getScene().getRoot().layout());
        assertThat(FxWait.shown(robot, "#connections-notification-url")).as("Clover signs no URL").isFalse();
    }

    @Test
    void aStoreManagerDoesNotSeeConnections(FxRobot robot) throws IOException {
        open(Language.ENGLISH);
        context.useSession(new UserSession("Sam", Role.STORE_MANAGER, false, Set.of(1L), "sam"));
        tasks = BackgroundTasks.withThreads(1);
        FxWait.runFx(() -> TestStage.show(stage, (Parent) new SettingsController(
                new UiContext(context, new Messages(Language.ENGLISH), tasks, new RecordingShell())).view(), 1280, 800));
        FxWait.until(() -> robot.lookup("#settings-language").tryQuery().isPresent());
        assertThat(robot.lookup("#settings-connections").tryQuery()).isEmpty();
    }

    private void open(Language language) throws IOException {
        square = new SquareReplay();
        context = TestInstallation.create().language(language).open(false);
    }

    private void mount(Language language) {
        context.useSession(ADMINISTRATOR);
        tasks = BackgroundTasks.withThreads(1);
        FxWait.runFx(() -> {
            Themes.apply(Theme.LIGHT);
            SettingsController controller = new SettingsController(
                    new UiContext(context, new Messages(language), tasks, new RecordingShell()));
            TestStage.show(stage, (Parent) controller.view(), 1280, 800);
        });
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** Whether the field's prompt is drawn whole: its text narrower than the field inside its padding. */
    private static boolean promptFits(TextField field) {
        Text prompt = new Text(field.getPromptText());
        prompt.setFont(field.getFont());
        Insets padding = field.getPadding();
        return prompt.getLayoutBounds().getWidth() <= field.getWidth() - padding.getLeft() - padding.getRight();
    }

    private static String resource(String path) {
        try (InputStream in = ConnectionsSettingsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }
}

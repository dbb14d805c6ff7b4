package com.storedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import com.storedesk.app.AppContext;
import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.pos.connection.ConnectionDraft;
import com.storedesk.pos.connection.Environment;
import com.storedesk.pos.connection.Platform;
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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A Lightspeed connection as an administrator sets it up: the API client and a refresh token, tested
 * (which renews the single-use refresh token, so the form keeps the new one) and saved.
 */
@ExtendWith(ApplicationExtension.class)
class LightspeedConnectionSettingsTest {

    private static final UserSession ADMINISTRATOR =
            new UserSession("Ada Admin", Role.ADMINISTRATOR, true, Set.of(), "admin");

    private final Deque<String> refreshTokens = new ArrayDeque<>(List.of("refresh-two-ghijkl", "refresh-three-mnopq"));
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private Stage stage;
    private AppContext context;
    private BackgroundTasks tasks;
    private MockWebServer lightspeed;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @BeforeEach
    void serve() throws IOException {
        lightspeed = new MockWebServer();
        lightspeed.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        lightspeed.start();
    }

    @AfterEach
    void close() throws IOException {
        tasks.close();
        context.close();
        lightspeed.shutdown();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theApiClientAndRefreshTokenAreTestedRenewedAndSavedTogether(Language language, FxRobot robot) throws Exception {
        context = TestInstallation.create().language(language).open(false);
        mount(language);
        Messages messages = new Messages(language);
        FxWait.until(() -> FxWait.shown(robot, "#connections-platform"));
        assertThat(FxWait.shown(robot, "#connections-client-id")).as("Square has no API client rows").isFalse();

        FxWait.runFx(() -> robot.lookup("#connections-platform").<Platform>queryComboBox().setValue(Platform.LIGHTSPEED));
        FxWait.until(() -> FxWait.shown(robot, "#connections-client-id"));
        PasswordField refresh = robot.lookup("#connections-credential").queryAs(PasswordField.class);
        String server = lightspeed.url("/").toString().replaceAll("/$", "");
        FxWait.runFx(() -> {
            robot.lookup("#connections-environment").<Environment>queryComboBox().setValue(Environment.CUSTOM);
            robot.lookup("#connections-base-url").queryAs(TextField.class).setText(server);
            robot.lookup("#connections-account").queryAs(TextField.class).setText("83050");
            refresh.setText("refresh-one-abcdef");
            robot.lookup("#connections-test").queryAs(Button.class).fire();
        });
        FxWait.until(() -> FxWait.shown(robot, "#connections-error"));
        assertThat(FxWait.onFx(() -> ((Message) stage.getScene().lookup("#connections-error")).getDescription()))
                .isEqualTo(messages.get("connections.error.lightspeedClient"));
        assertThat(tokenRequests).as("nothing sent for a grant typed in part").isEmpty();

        FxWait.runFx(() -> {
            robot.lookup("#connections-client-id").queryAs(TextField.class).setText("client-17");
            robot.lookup("#connections-client-secret").queryAs(PasswordField.class).setText("client-secret-4242");
            robot.lookup("#connections-test").queryAs(Button.class).fire();
        });
        FxWait.until(() -> FxWait.shown(robot, "#connections-check"));
        assertThat(FxWait.onFx(() -> ((VBox) stage.getScene().lookup("#connections-check")).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList())).contains(messages.get("connections.check.token.passed"),
                        messages.get("connections.check.account.passed", "83050", "Main"));
        assertThat(FxWait.onFx(() -> refresh.getText())).as("the renewed refresh token replaces the spent one")
                .isEqualTo("refresh-two-ghijkl");
        assertThat(FxWait.onFx(() -> stage.getScene().lookup("#connections-credential").getParent()
                .lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList()))
                .contains(messages.get("connections.credential.refreshToken"));

        TestStage.scrollTo(stage, "#settings-connections");
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "settings-connections-lightspeed-"
                + language.tag()))).isRegularFile();

        FxWait.runFx(() -> robot.lookup("#connections-save").queryAs(Button.class).fire());
        FxWait.until(() -> FxWait.shown(robot, "#connections-notice"));
        long id = context.connections().all().get(0).id();
        context.connections().test(ADMINISTRATOR, new ConnectionDraft(id, Platform.LIGHTSPEED, Environment.CUSTOM,
                server, "83050", true, null, null));
        assertThat(tokenRequests).hasSize(2);
        assertThat(tokenRequests.get(1)).as("the saved grant holds the renewed refresh token")
                .contains("refresh_token=refresh-two-ghijkl", "client_id=client-17");
    }

    private void mount(Language language) {
        context.useSession(ADMINISTRATOR);
        tasks = BackgroundTasks.withThreads(1);
        FxWait.runFx(() -> {
            Themes.apply(Theme.LIGHT);
            TestStage.show(stage, (Parent) new SettingsController(
                    new UiContext(context, new Messages(language), tasks, new RecordingShell())).view(), 1280, 800);
        });
    }

    private synchronized MockResponse answer(RecordedRequest request) {
        String path = request.getRequestUrl().encodedPath();
        if (path.equals("/auth/oauth/token")) {
            tokenRequests.add(request.getBody().readUtf8());
            return json("{\"access_token\":\"access-A\",\"expires_in\":3600,\"token_type\":\"bearer\","
                    + "\"refresh_token\":\"" + refreshTokens.poll() + "\"}");
        }
        if (path.equals("/API/V3/Account/83050.json") && "Bearer access-A".equals(request.getHeader("Authorization"))) {
            try (InputStream in = getClass().getResourceAsStream("/pos/lightspeed/account.json")) {
                return json(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new MockResponse().setResponseCode(401).setBody("{}");
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }
}

package com.storedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.app.AppContext;
import com.storedesk.i18n.Language;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.connection.ConnectionDraft;
import com.storedesk.pos.connection.Environment;
import com.storedesk.pos.connection.Platform;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.security.vault.Secret;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.TestInstallation;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A configured POS that stops answering: the status bar says since when, and the screens go on with what is here. */
@ExtendWith(ApplicationExtension.class)
class PosUnreachableStatusTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @Test
    void theStatusBarSaysSinceWhenThePosIsUnreachable(FxRobot robot) throws IOException {
        TestInstallation installation = TestInstallation.create().language(Language.ENGLISH);
        String dead;
        try (ServerSocket socket = new ServerSocket(0)) {
            dead = "http://127.0.0.1:" + socket.getLocalPort();
        }
        try (AppContext setup = installation.open(false)) {
            setup.connections().save(new UserSession("Ada", Role.ADMINISTRATOR, true, Set.of(), "admin"),
                    new ConnectionDraft(null, Platform.SQUARE, Environment.CUSTOM, dead, "L1", true,
                            Secret.of("EAAAl-token-of-a-dead-pos"), null));
        }
        try (ShellFixture fixture = ShellFixture.open(stage, installation)) {
            // Four attempts, then one more after them: five failures in a row open the circuit.
            assertThatThrownBy(() -> fixture.context.feeds().catchUp(SyncProgress.NONE, () -> false))
                    .isInstanceOf(ConnectorException.class);
            assertThatThrownBy(() -> fixture.context.feeds().catchUp(SyncProgress.NONE, () -> false))
                    .isInstanceOf(ConnectorException.class);
            assertThat(fixture.context.feeds().unreachableSince()).contains(TestInstallation.NOW);

            FxWait.runFx(() -> fixture.shell.changeLanguage(Language.ENGLISH));
            FxWait.until(() -> robot.lookup("#status-connection").queryAs(Label.class).getText()
                    .startsWith("POS unreachable since"));
            assertThat(robot.lookup("#status-connection").queryAs(Label.class).getText()).contains("2026");
            assertThat(fixture.context.stores().listStores()).as("the data already here stays usable").hasSize(2);
            assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "status-pos-unreachable-en")))
                    .isRegularFile();
        }
    }
}

package com.storedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.security.Role;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.TestInstallation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The kiosk: associate screens only, touch-sized controls, and an idle reset that forgets the customer. */
@ExtendWith(ApplicationExtension.class)
class KioskTest {

    private Stage stage;
    private ShellFixture fixture;
    private final List<CustomerScreen> customerScreens = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void showsOnlyAssociateScreensWithTouchSizedControls(FxRobot robot) {
        open(Duration.ofMinutes(5), Screens.all());

        assertThat(fixture.context.session().role()).isEqualTo(Role.ASSOCIATE);
        assertThat(robot.lookup("#nav-home").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-settings").tryQuery()).as("managers' screens are hidden").isEmpty();
        FxWait.until(() -> FxWait.shown(robot, "#home-stores"));

        List<String> tooSmall = FxWait.onFx(() -> robot.lookup(n -> n instanceof ButtonBase && n.isVisible())
                .queryAll().stream()
                .filter(n -> n.getBoundsInLocal().getHeight() < 48 || n.getBoundsInLocal().getWidth() < 48)
                .map(n -> n.getId() + " " + n.getBoundsInLocal())
                .toList());
        assertThat(tooSmall).as("touch targets under 48 px").isEmpty();
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        FxWait.runFx(() -> Screenshots.save(stage.getScene(), "kiosk-home-en"));
    }

    @Test
    void idleTimeoutReturnsHomeAndClearsTheCustomerFromTheScreen(FxRobot robot) {
        ScreenSpec customerSpec = new ScreenSpec("customer", "screen.home", Feather.USER, Set.of(Role.ASSOCIATE),
                ui -> {
                    CustomerScreen screen = new CustomerScreen();
                    customerScreens.add(screen);
                    return screen;
                });
        open(Duration.ofMillis(1500), List.of(Screens.all().get(0), customerSpec));

        robot.clickOn("#nav-customer");
        robot.clickOn("#customer-name").write("Ana Customer");
        assertThat(customerScreens).hasSize(1);
        assertThat(customerScreens.get(0).name.getText()).isEqualTo("Ana Customer");

        FxWait.until(() -> fixture.shell.currentScreenId().orElse("").equals(Screens.HOME));
        assertThat(customerScreens.get(0).deactivated).isTrue();
        assertThat(robot.lookup("#customer-name").tryQuery()).as("customer data left the scene").isEmpty();

        robot.clickOn("#nav-customer");
        assertThat(customerScreens).as("a fresh screen, not the one holding the last customer").hasSize(2);
        assertThat(customerScreens.get(1).name.getText()).isEmpty();
    }

    private void open(Duration idleTimeout, List<ScreenSpec> catalog) {
        TestInstallation installation = TestInstallation.create().settings(s -> s.withKioskIdleTimeout(idleTimeout));
        fixture = ShellFixture.open(stage, installation, true, catalog);
    }

    /** Stands in for the copilot: a screen that holds a customer's name. */
    private static final class CustomerScreen implements Screen {
        final TextField name = new TextField();
        boolean deactivated;

        CustomerScreen() {
            name.setId("customer-name");
        }

        @Override
        public Node view() {
            return name;
        }

        @Override
        public void onDeactivate() {
            deactivated = true;
        }
    }
}

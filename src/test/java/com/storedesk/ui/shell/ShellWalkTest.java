package com.storedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.DemoUsers;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.TestInstallation;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Opens the shell in each language and walks every screen of the navigation, saving
 * {@code target/screenshots/<screen>-<lang>.png}. New screens join the walk by being in {@link Screens}.
 */
@ExtendWith(ApplicationExtension.class)
class ShellWalkTest {

    private Stage stage;
    private ShellFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyScreenOpensReadablyInEveryLanguage(Language language, FxRobot robot) {
        fixture = ShellFixture.open(stage, TestInstallation.create().language(language));
        Messages messages = new Messages(language);

        List<ScreenSpec> navigation = Screens.forRole(Screens.all(), fixture.context.session().role());
        assertThat(navigation).extracting(ScreenSpec::id)
                .containsExactly(Screens.HOME, Screens.COPILOT, Screens.PLANOGRAM, Screens.COUNT, Screens.DASHBOARD, Screens.DISTRICT, Screens.INBOX, Screens.AUDIT,
                        Screens.SETTINGS);
        walk(navigation, language, robot);
        Node title = robot.lookup("#screen-title").query();
        assertThat(((Labeled) title).getText()).isEqualTo(messages.get("settings.title"));
    }

    /** The screens only administrators are offered, on the demo accounts; the walk above has the others. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theAdministratorsOwnScreensOpenReadablyInEveryLanguage(Language language, FxRobot robot) {
        fixture = ShellFixture.open(stage, TestInstallation.create().language(language),
                new UserSession("Alex Admin", Role.ADMINISTRATOR, true, Set.of(), DemoUsers.ADMINISTRATOR));
        DemoUsers.ensure(fixture.context);

        List<ScreenSpec> districtManagers = Screens.forRole(Screens.all(), Role.DISTRICT_MANAGER);
        List<ScreenSpec> ownScreens = Screens.forRole(Screens.all(), Role.ADMINISTRATOR).stream()
                .filter(spec -> !districtManagers.contains(spec)).toList();
        assertThat(ownScreens).extracting(ScreenSpec::id).containsExactly(Screens.USERS);
        walk(ownScreens, language, robot);
        assertThat(robot.lookup("#users-table").queryAs(TableView.class).getItems()).hasSize(6);
    }

    private void walk(List<ScreenSpec> screens, Language language, FxRobot robot) {
        ShellController shell = fixture.shell;
        Messages messages = new Messages(language);
        for (ScreenSpec spec : screens) {
            // Fired on the FX thread: a click looks the button up from the test thread while screens lay out.
            FxWait.runFx(() -> robot.lookup("#nav-" + spec.id()).queryAs(ButtonBase.class).fire());
            FxWait.until(() -> shell.currentScreenId().orElse("").equals(spec.id())
                    && robot.lookup("#loading-indicator").tryQuery().map(n -> !FxWait.shown(n)).orElse(true));

            Labeled navButton = robot.lookup("#nav-" + spec.id()).queryAs(Labeled.class);
            assertThat(navButton.getText()).isEqualTo(messages.get(spec.titleKey()));
            List<String> texts = FxWait.onFx(() -> robot.lookup(n -> n instanceof Labeled).queryAll().stream()
                    .map(n -> ((Labeled) n).getText()).filter(t -> t != null).toList());
            assertThat(texts).as("no missing translations on %s", spec.id()).noneMatch(t -> t.startsWith("!"));
            assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot())))
                    .as("clipped text on %s in %s", spec.id(), language).isEmpty();

            String name = "shell-" + spec.id() + "-" + language.tag();
            Path png = FxWait.onFx(() -> Screenshots.save(stage.getScene(), name));
            assertThat(png).isRegularFile();
        }
    }
}

package com.storedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.TestInstallation;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
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
        AppContext context = fixture.context;
        ShellController shell = fixture.shell;
        Messages messages = new Messages(language);

        List<ScreenSpec> navigation = Screens.forRole(Screens.all(), context.session().role());
        assertThat(navigation).extracting(ScreenSpec::id)
                .containsExactly(Screens.HOME, Screens.DASHBOARD, Screens.DISTRICT, Screens.INBOX, Screens.AUDIT,
                        Screens.SETTINGS);
        for (ScreenSpec spec : navigation) {
            robot.clickOn("#nav-" + spec.id());
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
        Node title = robot.lookup("#screen-title").query();
        assertThat(((Labeled) title).getText()).isEqualTo(messages.get("settings.title"));
    }
}

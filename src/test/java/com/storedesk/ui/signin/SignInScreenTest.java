package com.storedesk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import com.storedesk.app.AppContext;
import com.storedesk.config.SettingsFile;
import com.storedesk.config.Theme;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.security.NewAccount;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.TestInstallation;
import com.storedesk.testing.TestStage;
import com.storedesk.ui.Themes;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The sign-in screen on its own: what each form asks, what a refusal says, and what a success hands on. */
@ExtendWith(ApplicationExtension.class)
class SignInScreenTest {

    private static final String PASSWORD = "maria-password";
    private static final UserSession ROOT = new UserSession("Root", Role.ADMINISTRATOR, true, Set.of(), "root");

    private Stage stage;
    private final BackgroundTasks tasks = BackgroundTasks.withThreads(2);
    private final AtomicReference<UserSession> signedIn = new AtomicReference<>();
    private AppContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        if (context != null) {
            context.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aManagerSignsInWithTheirPasswordAndAWrongOneSaysSoReadably(Language language, FxRobot robot) {
        show(language, false, true);
        Messages messages = new Messages(language);
        FxWait.until(() -> FxWait.shown(robot, "#signin-username"));
        type(robot, "#signin-username", "Maria");
        type(robot, "#signin-password", "not-her-password");
        robot.clickOn("#signin-submit");

        FxWait.until(() -> FxWait.shown(robot, "#signin-error"));
        assertThat(error(robot)).isEqualTo(messages.get("signin.failed.credentials"));
        assertThat(robot.lookup("#signin-password").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(signedIn.get()).isNull();
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).isEmpty();
        FxWait.runFx(() -> Screenshots.save(stage.getScene(), "signin-" + language.locale().getLanguage()));

        type(robot, "#signin-password", PASSWORD);
        robot.clickOn("#signin-submit");
        FxWait.until(() -> signedIn.get() != null);
        assertThat(signedIn.get().username()).isEqualTo("maria");
        assertThat(signedIn.get().role()).isEqualTo(Role.STORE_MANAGER);
    }

    @Test
    void aLockedAccountSaysUntilWhen(FxRobot robot) {
        show(Language.ENGLISH, false, true);
        for (int i = 0; i < 5; i++) {
            context.signIn().signIn("maria", "wrong-" + i);
        }
        FxWait.until(() -> FxWait.shown(robot, "#signin-username"));
        type(robot, "#signin-username", "maria");
        type(robot, "#signin-password", PASSWORD);
        robot.clickOn("#signin-submit");

        FxWait.until(() -> FxWait.shown(robot, "#signin-error"));
        assertThat(error(robot)).startsWith("Too many wrong attempts").contains("locked until");
        assertThat(signedIn.get()).isNull();
    }

    @Test
    void onAKioskAnAssociateTapsTheirNameAndTypesTheirPinOnTheKeypad(FxRobot robot) {
        show(Language.ENGLISH, true, true);
        FxWait.until(() -> FxWait.shown(robot, "#signin-associate-ann"));
        assertThat(robot.lookup("#signin-associate-bob").tryQuery()).as("Bob works in the other store").isEmpty();
        assertThat(robot.lookup("#signin-pin-submit").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#signin-associate-ann");
        for (String key : new String[] {"#signin-pin-2", "#signin-pin-4", "#signin-pin-6", "#signin-pin-9",
                "#signin-pin-delete", "#signin-pin-8"}) {
            robot.clickOn(key);
        }
        assertThat(robot.lookup("#signin-pin").queryAs(PasswordField.class).getText()).isEqualTo("2468");
        assertThat(robot.lookup("#signin-pin-for").queryAs(Label.class).getText()).isEqualTo("PIN of Ann Associate");
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).isEmpty();
        FxWait.runFx(() -> Screenshots.save(stage.getScene(), "signin-kiosk-en"));

        robot.clickOn("#signin-pin-submit");
        FxWait.until(() -> signedIn.get() != null);
        assertThat(signedIn.get().username()).isEqualTo("ann");
        assertThat(signedIn.get().role()).isEqualTo(Role.ASSOCIATE);
    }

    @Test
    void aKioskStaysInTheStoreItWasSetTo(FxRobot robot) {
        show(Language.ENGLISH, true, true);
        FxWait.until(() -> FxWait.shown(robot, "#signin-associate-ann"));
        StoreSummary second = context.stores().listStores().get(1);

        FxWait.runFx(() -> robot.lookup("#signin-kiosk-store").<StoreSummary>queryComboBox().setValue(second));
        FxWait.until(() -> FxWait.shown(robot, "#signin-associate-bob"));
        FxWait.until(() -> new SettingsFile(context.setup().appHome()).load().kioskStore().isPresent());
        assertThat(new SettingsFile(context.setup().appHome()).load().kioskStore()).contains(second.code());

        mount(Language.ENGLISH); // the next start, or the next person after a sign-out
        FxWait.until(() -> FxWait.shown(robot, "#signin-associate-bob"));
        assertThat(robot.lookup("#signin-associate-ann").tryQuery()).isEmpty();
    }

    @Test
    void aNewDatabaseAsksForItsAdministratorAndSignsThemIn(FxRobot robot) {
        show(Language.ENGLISH, false, false);
        FxWait.until(() -> FxWait.shown(robot, "#signin-admin-username"));
        type(robot, "#signin-admin-username", "it");
        type(robot, "#signin-admin-name", "Chain IT");
        type(robot, "#signin-admin-password", "it-password-1");
        type(robot, "#signin-admin-confirm", "it-password-2");
        robot.clickOn("#signin-admin-create");
        FxWait.until(() -> FxWait.shown(robot, "#signin-error"));
        assertThat(error(robot)).isEqualTo("The two passwords are not the same.");

        type(robot, "#signin-admin-confirm", "it-password-1");
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).isEmpty();
        FxWait.runFx(() -> Screenshots.save(stage.getScene(), "first-admin-en"));
        robot.clickOn("#signin-admin-create");

        FxWait.until(() -> signedIn.get() != null);
        assertThat(signedIn.get().role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(context.accountSetup().needsAdministrator()).isFalse();
    }

    private static void type(FxRobot robot, String field, String text) {
        FxWait.runFx(() -> robot.lookup(field).queryAs(TextField.class).setText(text));
    }

    private static String error(FxRobot robot) {
        return robot.lookup("#signin-error").queryAs(Message.class).getDescription();
    }

    /** Two stores; with {@code accounts}, an administrator, Maria managing the first and an associate in each. */
    private void show(Language language, boolean kiosk, boolean accounts) {
        context = TestInstallation.create().language(language).open(kiosk);
        TestInstallation.seedStores(context);
        if (accounts) {
            context.accountSetup().createFirstAdministrator("root", "Root", "root-password");
            long first = context.stores().listStores().get(0).id();
            long second = context.stores().listStores().get(1).id();
            context.users().create(ROOT, new NewAccount("maria", "Maria Lopez", Role.STORE_MANAGER, PASSWORD, false,
                    Set.of(first)));
            context.users().create(ROOT, new NewAccount("ann", "Ann Associate", Role.ASSOCIATE, "2468", false,
                    Set.of(first)));
            context.users().create(ROOT, new NewAccount("bob", "Bob Associate", Role.ASSOCIATE, "1357", false,
                    Set.of(second)));
        }
        mount(language);
    }

    private void mount(Language language) {
        FxWait.runFx(() -> {
            Themes.apply(Theme.LIGHT);
            SignInController controller = new SignInController(context, new Messages(language), tasks, signedIn::set);
            Scene scene = TestStage.show(stage, (Parent) controller.view(), 1280, 800);
            controller.start();
        });
    }
}

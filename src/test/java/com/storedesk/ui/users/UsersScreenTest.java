package com.storedesk.ui.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import atlantafx.base.controls.Message;
import com.storedesk.app.AppContext;
import com.storedesk.app.DemoUsers;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEntry;
import com.storedesk.audit.AuditFilter;
import com.storedesk.config.Theme;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.security.AccessDeniedException;
import com.storedesk.security.Lockout;
import com.storedesk.security.Role;
import com.storedesk.security.SignInResult;
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
import java.util.List;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The users screen on the demo accounts (two stores, DT01 and ML02), signed in as the demo administrator. */
@ExtendWith(ApplicationExtension.class)
class UsersScreenTest {

    /** admin, district, and a manager and an associate per store. */
    private static final int DEMO_ACCOUNTS = 6;
    private static final String ASSOCIATE = DemoUsers.associate("DT01");
    private static final String MANAGER = DemoUsers.storeManager("ML02");

    private Stage stage;
    private AppContext context;
    private BackgroundTasks tasks;
    private UsersController users;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        if (users != null) {
            FxWait.runFx(users::onDeactivate);
        }
        tasks.close();
        context.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theDemoAccountsAreListedReadablyInEveryLanguage(Language language, FxRobot robot) {
        open(language);
        lockOut(ASSOCIATE);
        show(language, administrator());
        Messages messages = new Messages(language);
        FxWait.until(() -> table(robot).getItems().size() == DEMO_ACCOUNTS);

        UsersModel.Row admin = row(robot, DemoUsers.ADMINISTRATOR);
        assertThat(admin.role()).isEqualTo(messages.get("users.role.administrator"));
        assertThat(admin.stores()).isEqualTo(messages.get("users.stores.all"));
        assertThat(admin.status()).isEqualTo(messages.get("users.status.active"));
        assertThat(admin.lastSignIn()).isEqualTo(TestInstallation.NOW);
        assertThat(row(robot, DemoUsers.DISTRICT_MANAGER).stores()).isEqualTo("DT01, ML02");
        assertThat(row(robot, MANAGER).lastSignInText()).isEqualTo(messages.get("users.lastSignIn.never"));
        assertThat(row(robot, ASSOCIATE).status()).startsWith(messages.get("users.status.locked", "").strip());

        select(robot, ASSOCIATE);
        assertThat(text(robot, "#users-reset-rule")).isEqualTo(messages.get("users.rule.pin", 4, 8));
        assertThat(FxWait.onFx(() -> robot.lookup("#users-unlock").queryButton().isDisabled())).isFalse();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "users-" + language.tag()))).isRegularFile();
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();

        robot.clickOn("#users-add");
        FxWait.until(() -> FxWait.shown(robot, "#users-new"));
        assertThat(text(robot, "#users-new-rule")).isEqualTo(messages.get("users.rule.password", 10));
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "users-new-" + language.tag())))
                .isRegularFile();
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
    }

    @Test
    void theFilterFindsByNameOrUsernameAndColumnsSort(FxRobot robot) {
        open(Language.ENGLISH);
        show(Language.ENGLISH, administrator());
        TableView<UsersModel.Row> table = table(robot);
        FxWait.until(() -> table.getItems().size() == DEMO_ACCOUNTS);
        assertThat(table.getItems().get(0).username()).isEqualTo(DemoUsers.ADMINISTRATOR);

        robot.clickOn("#users-filter").write("ml02");
        FxWait.until(() -> table.getItems().size() == 2);
        assertThat(text(robot, "#users-summary")).isEqualTo("Shown: 2 of 6");
        FxWait.runFx(() -> robot.lookup("#users-filter").queryAs(TextInputControl.class).setText("dana"));
        FxWait.until(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).username()).isEqualTo(DemoUsers.DISTRICT_MANAGER);

        FxWait.runFx(() -> robot.lookup("#users-filter").queryAs(TextInputControl.class).setText(""));
        FxWait.until(() -> table.getItems().size() == DEMO_ACCOUNTS);
        FxWait.runFx(() -> {
            TableColumn<UsersModel.Row, ?> lastSignIn = table.getColumns().get(5);
            lastSignIn.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(lastSignIn));
        });
        FxWait.until(() -> table.getItems().get(0).username().equals(DemoUsers.ADMINISTRATOR));
    }

    @Test
    void anAdministratorAddsAUserWithTranslatedRulesAndTheTrailRecordsIt(FxRobot robot) {
        open(Language.GERMAN);
        show(Language.GERMAN, administrator());
        Messages messages = new Messages(Language.GERMAN);
        FxWait.until(() -> table(robot).getItems().size() == DEMO_ACCOUNTS);

        robot.clickOn("#users-add");
        FxWait.until(() -> FxWait.shown(robot, "#users-new"));
        robot.clickOn("#users-new-username").write("jordan.lee");
        robot.clickOn("#users-new-name").write("Jordan Lee");
        ComboBox<Role> role = robot.lookup("#users-new-role").queryComboBox();
        FxWait.runFx(() -> role.getSelectionModel().select(Role.ASSOCIATE));
        FxWait.until(() -> text(robot, "#users-new-rule").equals(messages.get("users.rule.pin", 4, 8)));
        robot.clickOn("#users-new-secret").write("12");
        robot.clickOn("#users-new-confirm").write("21");
        robot.clickOn("#users-new-create");
        FxWait.until(() -> messages.get("users.secret.mismatch").equals(error(robot)));

        setText(robot, "#users-new-confirm", "12");
        robot.clickOn("#users-new-create");
        FxWait.until(() -> messages.get("security.pin.rule").equals(error(robot)));

        setText(robot, "#users-new-secret", "1357");
        setText(robot, "#users-new-confirm", "1357");
        robot.clickOn("#users-new-create");
        FxWait.until(() -> messages.get("security.stores.rule").equals(error(robot)));

        robot.clickOn("#users-new-store-DT01");
        robot.clickOn("#users-new-create");
        FxWait.until(() -> table(robot).getItems().size() == DEMO_ACCOUNTS + 1);
        FxWait.until(() -> FxWait.shown(robot, "#users-notice"));
        assertThat(notice(robot)).isEqualTo(messages.get("users.done.created", "jordan.lee",
                messages.get("users.role.associate")));
        UsersModel.Row created = row(robot, "jordan.lee");
        assertThat(created.stores()).isEqualTo("DT01");
        assertThat(created.role()).isEqualTo(messages.get("users.role.associate"));
        assertThat(text(robot, "#users-detail-heading")).isEqualTo("Jordan Lee (jordan.lee) \u00b7 "
                + messages.get("users.role.associate"));
        assertThat(FxWait.shown(robot, "#users-new")).isFalse();

        assertThat(context.signIn().signIn("jordan.lee", "1357")).isInstanceOf(SignInResult.SignedIn.class);
        AuditEntry audited = latest(AuditAction.USER_CREATED);
        assertThat(audited.actor()).isEqualTo(DemoUsers.ADMINISTRATOR);
        assertThat(audited.subject()).isEqualTo("jordan.lee");
        assertThat(audited.details()).containsEntry("role", "ASSOCIATE").doesNotContainValue("1357");
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
    }

    @Test
    void resettingAPinLetsTheAssociateSignInWithTheNewOne(FxRobot robot) {
        open(Language.ENGLISH);
        show(Language.ENGLISH, administrator());
        FxWait.until(() -> table(robot).getItems().size() == DEMO_ACCOUNTS);
        select(robot, ASSOCIATE);
        assertThat(button(robot, "#users-reset").getText()).isEqualTo("Set PIN");

        robot.clickOn("#users-reset-secret").write("9753");
        robot.clickOn("#users-reset-confirm").write("9753");
        robot.clickOn("#users-reset");

        FxWait.until(() -> FxWait.shown(robot, "#users-notice"));
        assertThat(notice(robot)).isEqualTo(ASSOCIATE + " has a new PIN.");
        assertThat(FxWait.onFx(() -> robot.lookup("#users-reset-secret").queryAs(TextInputControl.class).getText()))
                .as("the typed PIN is forgotten").isEmpty();
        assertThat(context.signIn().signIn(ASSOCIATE, DemoUsers.PIN))
                .isInstanceOf(SignInResult.WrongCredentials.class);
        assertThat(context.signIn().signIn(ASSOCIATE, "9753")).isInstanceOf(SignInResult.SignedIn.class);
        AuditEntry audited = latest(AuditAction.USER_CHANGED);
        assertThat(audited.subject()).isEqualTo(ASSOCIATE);
        assertThat(audited.details()).containsEntry("change", "secret").doesNotContainValue("9753");
    }

    @Test
    void lockedAccountsAreUnlockedAndDisabledOnesRefusedUntilEnabled(FxRobot robot) {
        open(Language.ENGLISH);
        lockOut(ASSOCIATE);
        show(Language.ENGLISH, administrator());
        FxWait.until(() -> table(robot).getItems().size() == DEMO_ACCOUNTS);
        assertThat(row(robot, ASSOCIATE).status()).isEqualTo("Locked until " + lockEnd());

        select(robot, ASSOCIATE);
        robot.clickOn("#users-unlock");
        FxWait.until(() -> row(robot, ASSOCIATE).status().equals("Active"));
        assertThat(notice(robot)).isEqualTo(ASSOCIATE + " is unlocked and can sign in again.");
        assertThat(context.signIn().signIn(ASSOCIATE, DemoUsers.PIN)).isInstanceOf(SignInResult.SignedIn.class);

        select(robot, MANAGER);
        assertThat(button(robot, "#users-disable").getText()).isEqualTo("Disable");
        robot.clickOn("#users-disable");
        FxWait.until(() -> row(robot, MANAGER).status().equals("Disabled"));
        FxWait.until(() -> button(robot, "#users-disable").getText().equals("Enable"));
        assertThat(context.signIn().signIn(MANAGER, DemoUsers.PASSWORD)).isInstanceOf(SignInResult.Disabled.class);
        assertThat(latest(AuditAction.USER_CHANGED).details()).containsEntry("change", "disabled");

        robot.clickOn("#users-disable");
        FxWait.until(() -> row(robot, MANAGER).status().equals("Active"));
        assertThat(context.signIn().signIn(MANAGER, DemoUsers.PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);

        select(robot, DemoUsers.ADMINISTRATOR);
        robot.clickOn("#users-disable");
        FxWait.until(() -> "You cannot disable your own account.".equals(error(robot)));
        assertThat(row(robot, DemoUsers.ADMINISTRATOR).status()).isEqualTo("Active");
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "users-refused-en"))).isRegularFile();
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
    }

    @Test
    void storesAreChangedAndAnEmptyChoiceIsExplained(FxRobot robot) {
        open(Language.FRENCH);
        show(Language.FRENCH, administrator());
        Messages messages = new Messages(Language.FRENCH);
        FxWait.until(() -> table(robot).getItems().size() == DEMO_ACCOUNTS);

        select(robot, MANAGER);
        assertThat(FxWait.shown(robot, "#users-detail-store-all")).as("only district managers may have all").isFalse();
        robot.clickOn("#users-detail-store-DT01");
        robot.clickOn("#users-save-stores");
        FxWait.until(() -> row(robot, MANAGER).stores().equals("DT01, ML02"));
        assertThat(notice(robot)).isEqualTo(messages.get("users.done.stores", MANAGER));
        assertThat(latest(AuditAction.USER_CHANGED).details()).containsEntry("change", "stores");

        robot.clickOn("#users-detail-store-DT01");
        robot.clickOn("#users-detail-store-ML02");
        robot.clickOn("#users-save-stores");
        FxWait.until(() -> messages.get("security.stores.rule").equals(error(robot)));
        assertThat(row(robot, MANAGER).stores()).isEqualTo("DT01, ML02");

        select(robot, DemoUsers.DISTRICT_MANAGER);
        robot.clickOn("#users-detail-store-all");
        robot.clickOn("#users-save-stores");
        FxWait.until(() -> row(robot, DemoUsers.DISTRICT_MANAGER).stores().equals(messages.get("users.stores.all")));

        select(robot, DemoUsers.ADMINISTRATOR);
        assertThat(button(robot, "#users-save-stores").isDisabled()).as("administrators reach every store").isTrue();
    }

    @Test
    void aSessionThatIsNotAnAdministratorsIsRefusedByTheService(FxRobot robot) {
        open(Language.SPANISH);
        UserSession manager = signIn(DemoUsers.storeManager("DT01"), DemoUsers.PASSWORD);
        assertThatThrownBy(() -> context.users().list(manager)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> context.users().unlock(manager, ASSOCIATE)).isInstanceOf(AccessDeniedException.class);
        UserSession district = signIn(DemoUsers.DISTRICT_MANAGER, DemoUsers.PASSWORD);
        assertThatThrownBy(() -> context.users().setDisabled(district, ASSOCIATE, true))
                .isInstanceOf(AccessDeniedException.class);

        show(Language.SPANISH, manager);
        Messages messages = new Messages(Language.SPANISH);
        FxWait.until(() -> messages.get("security.denied.role").equals(error(robot)));
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(context.users().list(administrator())).noneMatch(account -> account.disabled());
    }

    private void open(Language language) {
        context = TestInstallation.create().language(language).open(false);
        TestInstallation.seedStores(context);
        DemoUsers.ensure(context);
        tasks = BackgroundTasks.withThreads(1);
    }

    private void show(Language language, UserSession session) {
        context.useSession(session);
        users = FxWait.onFx(() -> {
            UsersController controller = new UsersController(
                    new UiContext(context, new Messages(language), tasks, new RecordingShell()));
            Themes.apply(Theme.LIGHT);
            TestStage.show(stage, (Parent) controller.view(), 1060, 760);
            controller.onActivate();
            return controller;
        });
    }

    /** The demo administrator, signed in (so the trail has a sign-in for the "last sign-in" column). */
    private UserSession administrator() {
        return signIn(DemoUsers.ADMINISTRATOR, DemoUsers.PASSWORD);
    }

    private UserSession signIn(String username, String secret) {
        return ((SignInResult.SignedIn) context.signIn().signIn(username, secret)).session();
    }

    /** Wrong PINs until the account locks. */
    private void lockOut(String username) {
        SignInResult result;
        do {
            result = context.signIn().signIn(username, "0000");
        } while (!(result instanceof SignInResult.Locked));
    }

    /** When a lock made now ends, as the English screen writes it. */
    private String lockEnd() {
        return new Formats(new Messages(Language.ENGLISH))
                .dateTime(TestInstallation.NOW.plus(Lockout.LOCK), context.clock().getZone());
    }

    private AuditEntry latest(AuditAction action) {
        return context.auditQuery().newest(new AuditFilter(null, null, Set.of(action), null, null), 0, 1).get(0);
    }

    private void select(FxRobot robot, String username) {
        UsersModel.Row row = row(robot, username);
        FxWait.runFx(() -> table(robot).getSelectionModel().select(row));
        FxWait.until(() -> FxWait.shown(robot, "#users-detail-heading")
                && text(robot, "#users-detail-heading").contains("(" + username + ")"));
    }

    private static UsersModel.Row row(FxRobot robot, String username) {
        return FxWait.onFx(() -> table(robot).getItems().stream().filter(r -> r.username().equals(username))
                .findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static TableView<UsersModel.Row> table(FxRobot robot) {
        return robot.lookup("#users-table").queryAs(TableView.class);
    }

    private static void setText(FxRobot robot, String query, String text) {
        FxWait.runFx(() -> robot.lookup(query).queryAs(TextInputControl.class).setText(text));
    }

    private static Button button(FxRobot robot, String query) {
        return FxWait.onFx(() -> robot.lookup(query).queryButton());
    }

    /** What the red notice says, or null while it is hidden. */
    private static String error(FxRobot robot) {
        return description(robot, "#users-error");
    }

    private static String notice(FxRobot robot) {
        return description(robot, "#users-notice");
    }

    private static String description(FxRobot robot, String query) {
        return FxWait.onFx(() -> robot.lookup(query).tryQuery().filter(FxWait::shown)
                .map(n -> ((Message) n).getDescription()).orElse(null));
    }

    private static String text(FxRobot robot, String query) {
        return FxWait.onFx(() -> robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse(""));
    }
}

package com.storedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.storedesk.actions.ActionType;
import com.storedesk.actions.policy.ApprovalLevel;
import com.storedesk.actions.policy.ApprovalPolicy;
import com.storedesk.actions.policy.Measure;
import com.storedesk.actions.policy.PolicyRule;
import com.storedesk.app.AppContext;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEntry;
import com.storedesk.audit.AuditFilter;
import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
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
import org.testfx.util.WaitForAsyncUtils;

/** The approval policy in Settings, as an administrator edits it and as others do not see it. */
@ExtendWith(ApplicationExtension.class)
class PolicySettingsTest {

    private static final UserSession ADMINISTRATOR =
            new UserSession("Ada Admin", Role.ADMINISTRATOR, true, Set.of(), "admin");

    private Stage stage;
    private AppContext context;
    private BackgroundTasks tasks;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        context.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anAdministratorSeesEveryRuleInForceReadably(Language language, FxRobot robot) {
        show(language, ADMINISTRATOR);
        int rules = ApprovalPolicy.defaults().rules().size();
        FxWait.until(() -> robot.lookup("#policy-threshold-" + rules).tryQuery().isPresent());

        Messages messages = new Messages(language);
        PolicyRule first = ApprovalPolicy.defaults().rules().get(0);
        assertThat(combo(robot, "#policy-type-1").getConverter().toString(first.type()))
                .isEqualTo(messages.get(first.type().nameKey()));
        assertThat(field(robot, "#policy-threshold-1").getText()).isEqualTo("15");
        assertThat(robot.lookup("#settings-policy-save").queryAs(Button.class).isDisabled())
                .as("nothing to save yet").isTrue();

        FxWait.runFx(() -> stage.getScene().lookup("#settings-policy").requestFocus());
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        FxWait.runFx(() -> ((ScrollPane) stage.getScene().getRoot()).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "settings-policy-" + language.tag())))
                .isRegularFile();
    }

    @Test
    void aChangedThresholdIsSavedAndRecordedInTheAuditTrail(FxRobot robot) {
        show(Language.ENGLISH, ADMINISTRATOR);
        FxWait.until(() -> robot.lookup("#policy-threshold-1").tryQuery().isPresent());

        FxWait.runFx(() -> field(robot, "#policy-threshold-1").setText("20"));
        click(robot, "#settings-policy-save");
        FxWait.until(() -> FxWait.shown(robot, "#settings-policy-notice"));

        assertThat(context.policies().current().rulesFor(ActionType.SALE_DISCOUNT))
                .extracting(PolicyRule::threshold).containsExactly(new BigDecimal("20"));
        List<AuditEntry> changes = context.auditQuery().newest(
                new AuditFilter(null, null, Set.of(AuditAction.POLICY_CHANGED), null, null), 0, 10);
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).actor()).isEqualTo("admin");
        assertThat(changes.get(0).details().get("after")).contains("SALE_DISCOUNT.PERCENT>20=STORE_MANAGER");
        assertThat(robot.lookup("#settings-policy-save").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aRuleCanBeRemovedAndAnotherAddedInOneSave(FxRobot robot) {
        show(Language.ENGLISH, ADMINISTRATOR);
        int rules = ApprovalPolicy.defaults().rules().size();
        FxWait.until(() -> robot.lookup("#policy-threshold-" + rules).tryQuery().isPresent());

        click(robot, "#policy-remove-" + rules);
        click(robot, "#settings-policy-add");
        FxWait.runFx(() -> {
            combo(robot, "#policy-type-" + rules).setValue(ActionType.STOCK_ADJUSTMENT);
            field(robot, "#policy-threshold-" + rules).setText("2500");
            combo(robot, "#policy-level-" + rules).setValue(ApprovalLevel.DISTRICT_MANAGER);
        });
        assertThat(combo(robot, "#policy-measure-" + rules).getValue())
                .as("a stock adjustment is measured by its value").isEqualTo(Measure.AMOUNT);
        click(robot, "#settings-policy-save");
        FxWait.until(() -> FxWait.shown(robot, "#settings-policy-notice"));

        ApprovalPolicy saved = context.policies().current();
        assertThat(saved.rulesFor(ActionType.STOCK_ADJUSTMENT)).as("the last rule replaced")
                .extracting(PolicyRule::threshold, PolicyRule::level)
                .containsExactly(tuple(new BigDecimal("2500"), ApprovalLevel.DISTRICT_MANAGER));
        assertThat(saved.rules()).hasSize(rules);
    }

    @Test
    void aThresholdThatIsNotANumberIsNamedAndNothingIsSaved(FxRobot robot) {
        show(Language.GERMAN, ADMINISTRATOR);
        FxWait.until(() -> robot.lookup("#policy-threshold-2").tryQuery().isPresent());

        FxWait.runFx(() -> field(robot, "#policy-threshold-2").setText("zehn"));
        click(robot, "#settings-policy-save");
        FxWait.until(() -> FxWait.shown(robot, "#settings-policy-error"));

        assertThat(field(robot, "#policy-threshold-2").getPseudoClassStates())
                .anyMatch(state -> state.getPseudoClassName().equals("danger"));
        assertThat(context.policies().current()).isEqualTo(ApprovalPolicy.defaults());
        assertThat(FxWait.shown(robot, "#settings-policy-notice")).isFalse();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "settings-policy-error-de"))).isRegularFile();
    }

    @Test
    void aGermanDecimalCommaIsReadAsADecimal(FxRobot robot) {
        show(Language.GERMAN, ADMINISTRATOR);
        FxWait.until(() -> robot.lookup("#policy-threshold-1").tryQuery().isPresent());

        FxWait.runFx(() -> field(robot, "#policy-threshold-1").setText("12,5"));
        click(robot, "#settings-policy-save");
        FxWait.until(() -> FxWait.shown(robot, "#settings-policy-notice"));

        assertThat(context.policies().current().rulesFor(ActionType.SALE_DISCOUNT))
                .extracting(PolicyRule::threshold).containsExactly(new BigDecimal("12.5"));
        assertThat(field(robot, "#policy-threshold-1").getText()).isEqualTo("12,5");
    }

    @Test
    void theDefaultsComeBackAfterEditsAreSaved(FxRobot robot) {
        context = TestInstallation.create().language(Language.ENGLISH).open(false);
        context.policies().update(ADMINISTRATOR, new ApprovalPolicy(List.of(new PolicyRule(
                ActionType.MARKDOWN, Measure.PERCENT, BigDecimal.TEN, ApprovalLevel.DISTRICT_MANAGER))));
        mount(Language.ENGLISH, ADMINISTRATOR);
        FxWait.until(() -> robot.lookup("#policy-threshold-1").tryQuery().isPresent());
        assertThat(robot.lookup("#policy-threshold-2").tryQuery()).isEmpty();

        click(robot, "#settings-policy-defaults");
        click(robot, "#settings-policy-save");
        FxWait.until(() -> FxWait.shown(robot, "#settings-policy-notice"));

        assertThat(context.policies().current()).isEqualTo(ApprovalPolicy.defaults());
    }

    @Test
    void aStoreManagerDoesNotSeeThePolicy(FxRobot robot) {
        show(Language.ENGLISH, new UserSession("Sam", Role.STORE_MANAGER, false, Set.of(1L), "sam"));
        FxWait.until(() -> robot.lookup("#settings-language").tryQuery().isPresent());
        assertThat(robot.lookup("#settings-policy").tryQuery()).isEmpty();
    }

    private void show(Language language, UserSession session) {
        context = TestInstallation.create().language(language).open(false);
        mount(language, session);
    }

    private void mount(Language language, UserSession session) {
        context.useSession(session);
        tasks = BackgroundTasks.withThreads(1);
        FxWait.runFx(() -> {
            Themes.apply(Theme.LIGHT);
            SettingsController controller = new SettingsController(
                    new UiContext(context, new Messages(language), tasks, new RecordingShell()));
            TestStage.show(stage, (Parent) controller.view(), 1280, 800);
        });
    }

    /** The policy is the last section: scrolled to the bottom, all of it is in view for the robot. */
    private void click(FxRobot robot, String query) {
        FxWait.runFx(() -> {
            ScrollPane page = (ScrollPane) stage.getScene().getRoot();
            page.layout();
            page.setVvalue(1);
        });
        robot.clickOn(query);
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    private static TextField field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }
}

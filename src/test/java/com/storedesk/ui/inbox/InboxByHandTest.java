package com.storedesk.ui.inbox;

import static com.storedesk.ui.inbox.InboxLookups.button;
import static com.storedesk.ui.inbox.InboxLookups.rows;
import static com.storedesk.ui.inbox.InboxLookups.select;
import static com.storedesk.ui.inbox.InboxLookups.status;
import static com.storedesk.ui.inbox.InboxLookups.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.Evidence;
import com.storedesk.actions.Figure;
import com.storedesk.actions.Proposal;
import com.storedesk.actions.ProposedAction;
import com.storedesk.actions.Proposer;
import com.storedesk.actions.Rationale;
import com.storedesk.app.AppContext;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditFilter;
import com.storedesk.config.Theme;
import com.storedesk.data.entity.Store;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/**
 * Before anyone approves, the inbox says what the store's POS cannot apply; approving then records hand work,
 * which a manager marks done (or not done, with why) once they have been to the till.
 */
@ExtendWith(ApplicationExtension.class)
class InboxByHandTest {

    private static final Currency USD = Currency.getInstance("USD");

    private Stage stage;
    private AppContext context;
    private BackgroundTasks tasks;
    private InboxController inbox;
    private ProposedAction atClover;
    private ProposedAction atDemo;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        FxWait.runFx(inbox::onDeactivate);
        tasks.close();
        context.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aMarkdownForACloverStoreSaysItIsDoneByHand(Language language, FxRobot robot) {
        open(language);
        Messages messages = new Messages(language);
        TableView<InboxModel.Row> table = rows(robot);
        FxWait.until(() -> table.getItems().size() == 2);

        select(table, atClover.id());
        String expected = messages.get("inbox.byHand.markdown", messages.get("source.clover"));
        FxWait.until(() -> byHand(robot).isVisible() && byHand(robot).getText().equals(expected));
        assertThat(FxWait.onFx(() -> robot.lookup("#inbox-approve").queryButton().isDisabled())).isFalse();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "inbox-by-hand-" + language.tag())))
                .isRegularFile();
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();

        select(table, atDemo.id());
        FxWait.until(() -> !byHand(robot).isVisible());
        assertThat(FxWait.onFx(() -> byHand(robot).isManaged())).isFalse();
    }

    @Test
    void approvingItRecordsHandWorkThatTheOutboxNeverSends(FxRobot robot) {
        open(Language.ENGLISH);
        TableView<InboxModel.Row> table = rows(robot);
        FxWait.until(() -> table.getItems().size() == 2);

        select(table, atClover.id());
        FxWait.until(() -> byHand(robot).isVisible() && !robot.lookup("#inbox-approve").queryButton().isDisabled());
        FxWait.runFx(() -> robot.lookup("#inbox-approve").queryButton().fire());

        FxWait.until(() -> status(table, atClover.id()).equals("Approved, to do by hand"));
        assertThat(context.actions().get(context.session(), atClover.id()).status()).isEqualTo(ActionStatus.MANUAL);
        assertThat(context.actions().outboxDue()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void handWorkIsMarkedDoneAtTheTillFromTheInbox(Language language, FxRobot robot) {
        open(language);
        Messages messages = new Messages(language);
        TableView<InboxModel.Row> table = rows(robot);
        context.actions().approve(context.session(), atClover.id());
        FxWait.runFx(inbox::refresh);
        FxWait.until(() -> status(table, atClover.id()).equals(messages.get("action.status.manual")));

        select(table, atClover.id());
        FxWait.until(() -> robot.lookup("#inbox-hand-work").query().isVisible());
        assertThat(FxWait.onFx(() -> button(robot, "#inbox-not-done").isDisabled())).as("waits for a reason").isTrue();
        assertThat(FxWait.onFx(() -> FxWait.shown(robot, "#inbox-approve"))).as("decided").isFalse();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "inbox-hand-work-" + language.tag())))
                .isRegularFile();
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();

        FxWait.runFx(() -> button(robot, "#inbox-done-by-hand").fire());

        FxWait.until(() -> status(table, atClover.id()).equals(messages.get("action.status.doneByHand")));
        assertThat(context.actions().get(context.session(), atClover.id()).status())
                .isEqualTo(ActionStatus.DONE_BY_HAND);
        FxWait.until(() -> !robot.lookup("#inbox-hand-work").query().isVisible());
        assertThat(text(robot, "#inbox-detail-history")).contains(messages.get("action.status.doneByHand"));
        assertThat(FxWait.onFx(() -> byHand(robot).isVisible())).as("no more to do by hand").isFalse();
        assertThat(context.auditQuery().newest(new AuditFilter(null, null, Set.of(AuditAction.ACTION_DONE_BY_HAND),
                null, null), 0, 1)).singleElement().satisfies(entry -> assertThat(entry.actor()).contains("Dana"));
    }

    @Test
    void handWorkThatCouldNotBeDoneIsRecordedWithItsReason(FxRobot robot) {
        open(Language.ENGLISH);
        TableView<InboxModel.Row> table = rows(robot);
        context.actions().approve(context.session(), atClover.id());
        FxWait.runFx(inbox::refresh);
        FxWait.until(() -> status(table, atClover.id()).equals("Approved, to do by hand"));
        select(table, atClover.id());
        FxWait.until(() -> robot.lookup("#inbox-hand-work").query().isVisible());

        FxWait.runFx(() -> robot.lookup("#inbox-hand-note").queryAs(TextField.class).setText("Gouda sold out"));
        FxWait.until(() -> !button(robot, "#inbox-not-done").isDisabled());
        FxWait.runFx(() -> button(robot, "#inbox-not-done").fire());

        FxWait.until(() -> status(table, atClover.id()).equals("Could not be done by hand"));
        ProposedAction notDone = context.actions().get(context.session(), atClover.id());
        assertThat(notDone.status()).isEqualTo(ActionStatus.NOT_DONE);
        assertThat(notDone.failureReason()).isEqualTo("Gouda sold out");
        FxWait.until(() -> text(robot, "#inbox-detail-history").contains("Could not be done: Gouda sold out"));
    }

    @Test
    void aStoreManagerOfAnotherStoreIsNotOfferedTheButtons(FxRobot robot) {
        open(Language.ENGLISH);
        context.actions().approve(context.session(), atClover.id());
        context.useSession(new UserSession("Sam", Role.STORE_MANAGER, false, Set.of(store("DT01"))));
        FxWait.runFx(inbox::refresh);
        TableView<InboxModel.Row> table = rows(robot);
        FxWait.until(() -> table.getItems().size() == 1);
        assertThat(status(table, atClover.id())).as("not in a store Sam sees").isEmpty();
        assertThat(FxWait.onFx(() -> robot.lookup("#inbox-hand-work").query().isVisible())).isFalse();
    }

    private void open(Language language) {
        context = TestInstallation.create().language(language).open(false);
        TestInstallation.seedStores(context);
        context.database().writeVoid(session -> session.persist(new Store("clover:7R56PZ0Z0EAB1", "7R56PZ0Z0EAB1",
                "CL03", "Harbor Clover", ZoneId.of("America/Los_Angeles"), USD)));
        long clover = store("CL03");
        long downtown = store("DT01");
        context.useSession(new UserSession("Dana", Role.DISTRICT_MANAGER, true, Set.of()));
        atDemo = propose(downtown);
        atClover = propose(clover);
        tasks = BackgroundTasks.withThreads(1);
        inbox = FxWait.onFx(() -> {
            InboxController controller = new InboxController(
                    new UiContext(context, new Messages(language), tasks, new RecordingShell()));
            Themes.apply(Theme.LIGHT);
            TestStage.show(stage, (Parent) controller.view(), 1060, 800);
            controller.onActivate();
            return controller;
        });
    }

    private long store(String code) {
        return context.stores().listStores().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow()
                .id();
    }

    /** A 30 % markdown of a slow cheese until the end of the month, enough to need a store manager. */
    private ProposedAction propose(long store) {
        ActionChange.Markdown markdown = new ActionChange.Markdown(8, "CHE-0002", "Aged Gouda", 2_000, 1_400, USD,
                LocalDate.of(2026, 11, 30));
        return context.actions().propose(new Proposal(store, markdown,
                Rationale.of("action.rationale.clearance", Figure.text("Aged Gouda"), Figure.count(42),
                        Figure.days(new BigDecimal("31.5")), Figure.percent(new BigDecimal("30"))),
                Evidence.of(List.of(new Evidence.NamedFigure("action.figure.onHand", Figure.count(42)))),
                Proposer.rule("clearance"), TestInstallation.NOW.plus(Duration.ofDays(2))));
    }

    private static Label byHand(FxRobot robot) {
        return robot.lookup("#inbox-detail-by-hand").queryAs(Label.class);
    }
}

package com.storedesk.ui.inbox;

import static com.storedesk.ui.inbox.InboxLookups.button;
import static com.storedesk.ui.inbox.InboxLookups.rows;
import static com.storedesk.ui.inbox.InboxLookups.select;
import static com.storedesk.ui.inbox.InboxLookups.status;
import static com.storedesk.ui.inbox.InboxLookups.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.Evidence;
import com.storedesk.actions.Figure;
import com.storedesk.actions.Proposal;
import com.storedesk.actions.ProposedAction;
import com.storedesk.actions.Proposer;
import com.storedesk.actions.Rationale;
import com.storedesk.actions.help.Exchange;
import com.storedesk.actions.help.HelpRequest;
import com.storedesk.app.AppContext;
import com.storedesk.audit.AuditAction;
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
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A help request from the copilot in a store manager's inbox: the conversation readable, answered "on my way". */
@ExtendWith(ApplicationExtension.class)
class InboxHelpRequestTest {

    private static final String QUESTION = "Can an opened kettle still be returned?";
    private static final String ANSWER = "Opened small appliances come back within 14 days with the receipt, "
            + "in their box, with every part.";

    private final RecordingShell shell = new RecordingShell();
    private Stage stage;
    private AppContext context;
    private BackgroundTasks tasks;
    private InboxController inbox;
    private ProposedAction help;
    private ProposedAction discount;

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
    void theRequestShowsWhoAsksWhyAndTheConversationWithoutAPosWarning(Language language, FxRobot robot) {
        open(language);
        Messages messages = new Messages(language);
        TableView<InboxModel.Row> table = rows(robot);
        FxWait.until(() -> table.getItems().size() == 2);

        select(table, help.id());
        FxWait.until(() -> text(robot, "#inbox-detail-change").contains("price match"));
        assertThat(text(robot, "#inbox-detail-change")).isEqualTo(messages.get("action.change.assistanceWhy",
                "Maria Lopez", "customer wants a price match"));
        assertThat(FxWait.onFx(() -> labels(stage.getScene().lookup("#inbox-detail")))).contains(
                messages.get("inbox.help.conversation"), messages.get("action.figure.question"), QUESTION,
                messages.get("action.figure.answer"), ANSWER, messages.get("action.figure.customerCard"), "LOY-7001");
        assertThat(text(robot, "#inbox-detail-routing")).isEqualTo(messages.get("action.routing.every",
                messages.get("action.level.storeManager")));
        assertThat(FxWait.shown(robot, "#inbox-detail-by-hand")).as("no 'the POS cannot apply this'").isFalse();
        FxWait.until(() -> !button(robot, "#inbox-approve").isDisabled());
        assertThat(FxWait.onFx(() -> button(robot, "#inbox-approve").getText()))
                .isEqualTo(messages.get("inbox.help.onMyWay"));
        assertThat(FxWait.onFx(() -> button(robot, "#inbox-reject").getText()))
                .isEqualTo(messages.get("inbox.help.decline"));
        assertThat(FxWait.shown(robot, "#inbox-edit")).isFalse();

        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "inbox-help-" + language.tag())))
                .isRegularFile();
    }

    @Test
    void onMyWayHandlesItAuditedAndApproveAllLeavesItAlone(FxRobot robot) {
        open(Language.ENGLISH);
        TableView<InboxModel.Row> table = rows(robot);
        FxWait.until(() -> table.getItems().size() == 2);

        FxWait.runFx(() -> table.getSelectionModel().selectAll());
        FxWait.until(() -> !button(robot, "#inbox-bulk").isDisabled());
        FxWait.runFx(() -> button(robot, "#inbox-bulk").fire());
        FxWait.until(() -> status(table, discount.id()).equals("Approved"));
        assertThat(status(table, help.id())).isEqualTo("Proposed");

        select(table, help.id());
        FxWait.until(() -> !button(robot, "#inbox-approve").isDisabled());
        FxWait.runFx(() -> button(robot, "#inbox-approve").fire());
        FxWait.until(() -> status(table, help.id()).equals("Handled"));
        assertThat(context.auditQuery().newest(new AuditFilter(null, null, Set.of(AuditAction.ACTION_APPROVED),
                null, null), 0, 10)).extracting(e -> e.subject()).contains("action:" + help.id());
        assertThat(context.actions().outboxDue()).extracting(ProposedAction::id).doesNotContain(help.id());
        assertThat(text(robot, "#inbox-detail-history")).contains("Handled by Sam");
        assertThat(shell.badgeRefreshes.get()).isPositive();
        assertThat(context.actions().awaitingDecision(context.session())).isEmpty();
    }

    /** Downtown with a help request from Maria and a 20 % discount; Sam, its store manager, reads the inbox. */
    private void open(Language language) {
        context = TestInstallation.create().language(language).open(false);
        TestInstallation.seedStores(context);
        long downtown = context.stores().listStores().stream().filter(s -> s.code().equals("DT01")).findFirst()
                .orElseThrow().id();
        discount = context.actions().propose(new Proposal(downtown, new ActionChange.SaleDiscount(null, 7, "GIF-0003",
                "Notebook", new BigDecimal("20"), 2_000, Currency.getInstance("USD")),
                Rationale.of("action.rationale.clearance", Figure.text("Notebook"), Figure.count(42),
                        Figure.days(new BigDecimal("31.5")), Figure.percent(new BigDecimal("20"))),
                Evidence.of(List.of()), Proposer.rule("clearance"), TestInstallation.NOW.plus(Duration.ofDays(2))));
        UserSession maria = new UserSession("Maria Lopez", Role.ASSOCIATE, false, Set.of(downtown), "maria");
        help = context.helpRequests().call(maria, new HelpRequest(downtown, "Maria Lopez", 1L, "LOY-7001",
                "customer wants a price match", List.of(new Exchange(QUESTION, ANSWER)))).request();
        context.useSession(new UserSession("Sam", Role.STORE_MANAGER, false, Set.of(downtown), "sam"));
        tasks = BackgroundTasks.withThreads(1);
        inbox = FxWait.onFx(() -> {
            InboxController controller = new InboxController(new UiContext(context, new Messages(language), tasks,
                    shell));
            Themes.apply(Theme.LIGHT);
            TestStage.show(stage, (Parent) controller.view(), 1060, 1000);
            controller.onActivate();
            return controller;
        });
    }

    private static List<String> labels(Node root) {
        return root.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }
}

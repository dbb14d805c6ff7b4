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
import com.storedesk.actions.outbox.FailureReason;
import com.storedesk.app.AppContext;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditFilter;
import com.storedesk.config.Theme;
import com.storedesk.data.StoreSummary;
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
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class InboxScreenTest {

    private static final Currency USD = Currency.getInstance("USD");

    private Stage stage;
    private AppContext context;
    private BackgroundTasks tasks;
    private InboxController inbox;
    private final RecordingShell shell = new RecordingShell();
    private long downtown;
    private long mall;

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
    void theInboxListsNewestFirstAndShowsTheSelectedActionReadably(Language language, FxRobot robot) {
        List<ProposedAction> seeded = open(language, Role.DISTRICT_MANAGER);
        TableView<InboxModel.Row> table = rows(robot);
        FxWait.until(() -> table.getItems().size() == seeded.size());
        assertThat(table.getItems()).extracting(InboxModel.Row::id)
                .isEqualTo(seeded.stream().map(ProposedAction::id).sorted((a, b) -> Long.compare(b, a)).toList());
        Messages messages = new Messages(language);

        select(table, seeded.get(0).id());
        FxWait.until(() -> text(robot, "#inbox-detail-rationale").contains("Notebook"));
        FxWait.runFx(() -> table.scrollTo(table.getSelectionModel().getSelectedIndex()));
        assertThat(text(robot, "#inbox-detail-routing")).isNotBlank();
        assertThat(text(robot, "#inbox-detail-history")).contains(messages.get("action.status.proposed"));
        assertThat(robot.lookup("#inbox-detail-series").queryAs(com.storedesk.ui.components.Sparkline.class).values())
                .containsExactly(4L, 3L, 5L, 2L, 1L);
        assertThat(FxWait.onFx(() -> robot.lookup("#inbox-reject").queryButton().isDisabled())).isTrue();

        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "inbox-" + language.tag()))).isRegularFile();
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
    }

    @Test
    void approveRejectWithAReasonAndEditThenApproveChangeTheStatusAndTheTrail(FxRobot robot) {
        List<ProposedAction> seeded = open(Language.ENGLISH, Role.DISTRICT_MANAGER);
        TableView<InboxModel.Row> table = rows(robot);
        FxWait.until(() -> table.getItems().size() == seeded.size());

        select(table, seeded.get(1).id());
        FxWait.until(() -> !button(robot, "#inbox-approve").isDisabled());
        FxWait.runFx(() -> button(robot, "#inbox-approve").fire());
        FxWait.until(() -> status(table, seeded.get(1).id()).equals("Approved"));
        assertThat(context.auditQuery().newest(new AuditFilter(null, null, Set.of(AuditAction.ACTION_APPROVED),
                null, null), 0, 10)).extracting(e -> e.subject()).contains("action:" + seeded.get(1).id());
        assertThat(shell.badgeRefreshes.get()).isPositive();

        select(table, seeded.get(2).id());
        FxWait.until(() -> !button(robot, "#inbox-approve").isDisabled());
        assertThat(button(robot, "#inbox-reject").isDisabled()).as("no reason yet").isTrue();
        FxWait.runFx(() -> robot.lookup("#inbox-reason").queryAs(TextField.class).setText("   "));
        assertThat(button(robot, "#inbox-reject").isDisabled()).as("a blank reason").isTrue();
        FxWait.runFx(() -> robot.lookup("#inbox-reason").queryAs(TextField.class).setText("Sold at this price"));
        FxWait.runFx(() -> button(robot, "#inbox-reject").fire());
        FxWait.until(() -> status(table, seeded.get(2).id()).equals("Rejected"));
        assertThat(context.actions().get(context.session(), seeded.get(2).id()).decision().reason())
                .isEqualTo("Sold at this price");

        select(table, seeded.get(0).id());
        FxWait.until(() -> FxWait.onFx(() -> robot.lookup("#inbox-edit").queryAs(TextField.class).getText()).equals("20"));
        assertThat(button(robot, "#inbox-approve-edited").isDisabled()).as("nothing edited yet").isTrue();
        FxWait.runFx(() -> robot.lookup("#inbox-edit").queryAs(TextField.class).setText("abc"));
        FxWait.until(() -> text(robot, "#inbox-edit-level").equals("Not a value this change accepts."));
        assertThat(button(robot, "#inbox-approve-edited").isDisabled()).isTrue();
        FxWait.runFx(() -> robot.lookup("#inbox-edit").queryAs(TextField.class).setText("10"));
        FxWait.until(() -> text(robot, "#inbox-edit-level").equals("After the edit: Automatic"));
        FxWait.runFx(() -> button(robot, "#inbox-approve-edited").fire());
        FxWait.until(() -> status(table, seeded.get(0).id()).equals("Approved"));
        ActionChange.SaleDiscount applied = (ActionChange.SaleDiscount) context.actions()
                .get(context.session(), seeded.get(0).id()).change();
        assertThat(applied.percent()).isEqualByComparingTo("10");
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
    }

    @Test
    void theKeyAApprovesTheSelectedActionAndBulkApprovalSaysWhatItDid(FxRobot robot) {
        List<ProposedAction> seeded = open(Language.ENGLISH, Role.DISTRICT_MANAGER);
        TableView<InboxModel.Row> table = rows(robot);
        FxWait.until(() -> table.getItems().size() == seeded.size());

        select(table, seeded.get(3).id());
        FxWait.until(() -> !button(robot, "#inbox-approve").isDisabled());
        FxWait.runFx(table::requestFocus);
        robot.type(KeyCode.A);
        FxWait.until(() -> status(table, seeded.get(3).id()).equals("Approved"));

        FxWait.runFx(() -> table.getSelectionModel().selectAll());
        FxWait.until(() -> !button(robot, "#inbox-bulk").isDisabled());
        FxWait.runFx(() -> button(robot, "#inbox-bulk").fire());
        FxWait.until(() -> table.getItems().stream().filter(r -> r.action().status() == ActionStatus.APPROVED)
                .count() == seeded.size());
        FxWait.until(() -> FxWait.shown(robot, "#inbox-notice"));
        assertThat(FxWait.onFx(() -> robot.lookup("#inbox-notice")
                .queryAs(atlantafx.base.controls.Message.class).getDescription())).isEqualTo("3 approved.");
    }

    @Test
    void aFailedActionIsRetriedBackToApprovedAndItsFailureIsInTheHistory(FxRobot robot) {
        List<ProposedAction> seeded = open(Language.ENGLISH, Role.DISTRICT_MANAGER);
        long id = seeded.get(1).id();
        context.actions().approve(context.session(), id);
        context.actions().markSent(id);
        context.actions().markFailed(id, new FailureReason(FailureReason.GAVE_UP, "timed out").stored());
        TableView<InboxModel.Row> table = rows(robot);
        FxWait.runFx(inbox::refresh);
        FxWait.until(() -> status(table, id).equals("Failed"));

        select(table, id);
        FxWait.until(() -> FxWait.shown(robot, "#inbox-retry"));
        assertThat(text(robot, "#inbox-detail-history")).contains("Last failure: The store's system could not be reached (timed out); StoreDesk stopped trying.").contains("Sent once");
        assertThat(button(robot, "#inbox-approve").isDisabled()).isTrue();
        FxWait.runFx(() -> button(robot, "#inbox-retry").fire());
        FxWait.until(() -> status(table, id).equals("Approved"));
        assertThat(FxWait.shown(robot, "#inbox-retry")).isFalse();
    }

    @Test
    void aStoreManagerSeesTheirOwnStoreOnlyAndCannotDecideForTheDistrict(FxRobot robot) {
        List<ProposedAction> seeded = open(Language.ENGLISH, Role.STORE_MANAGER);
        TableView<InboxModel.Row> table = rows(robot);
        List<Long> inDowntown = seeded.stream().filter(a -> a.storeId() == downtown).map(ProposedAction::id).toList();
        FxWait.until(() -> table.getItems().size() == inDowntown.size());
        assertThat(table.getItems()).extracting(InboxModel.Row::id).containsExactlyInAnyOrderElementsOf(inDowntown);
        assertThat(text(robot, "#inbox-summary")).isEqualTo("3 shown, 2 awaiting your decision");

        select(table, seeded.get(3).id());
        FxWait.until(() -> text(robot, "#inbox-detail-routing").contains("District manager"));
        assertThat(button(robot, "#inbox-approve").isDisabled()).isTrue();
        assertThat(context.actions().awaitingDecision(context.session())).hasSize(2);
        assertThat(new InboxBadge(new UiContext(context, new Messages(Language.ENGLISH), tasks, shell)).read())
                .isEqualTo(2);
    }

    /**
     * A 20 % discount and a price change at Downtown (store manager), a markdown at the Mall (store
     * manager), a markdown of an expensive item at Downtown (district manager); oldest first.
     */
    private List<ProposedAction> seed() {
        Evidence evidence = Evidence.of(List.of(new Evidence.NamedFigure("action.figure.onHand", Figure.count(42)),
                new Evidence.NamedFigure("action.figure.daysOfCover", Figure.days(new BigDecimal("31.5")))))
                .withSeries("action.series.unitsPerDay", IntStream.range(0, 5)
                        .mapToObj(i -> new Evidence.Point(LocalDate.of(2026, 11, 18).plusDays(i),
                                BigDecimal.valueOf(new int[] {4, 3, 5, 2, 1}[i]))).toList());
        return List.of(
                propose(downtown, new ActionChange.SaleDiscount(null, 7, "GIF-0003", "Notebook", new BigDecimal("20"),
                        2_000, USD), evidence),
                propose(downtown, new ActionChange.PriceChange(9, "KIT-0004", "Dutch Oven", 8_000, 8_800, USD), evidence),
                propose(mall, new ActionChange.Markdown(8, "CHE-0002", "Aged Gouda", 2_000, 1_400, USD,
                        LocalDate.of(2026, 11, 25)), evidence),
                propose(downtown, new ActionChange.Markdown(12, "TV-0001", "Television 65 inch", 90_000, 80_000, USD,
                        LocalDate.of(2026, 11, 30)), evidence));
    }

    private ProposedAction propose(long store, ActionChange change, Evidence evidence) {
        return context.actions().propose(new Proposal(store, change,
                Rationale.of("action.rationale.clearance", Figure.text(change.target().equals("product:7") ? "Notebook" : "Item"), Figure.count(42), Figure.days(new BigDecimal("31.5")),
                        Figure.percent(new BigDecimal("20"))),
                evidence, Proposer.rule("clearance"), TestInstallation.NOW.plus(Duration.ofDays(2))));
    }

    /** Opens the inbox for a district manager of every store, or a store manager of Downtown, on the seeded actions. */
    private List<ProposedAction> open(Language language, Role role) {
        context = TestInstallation.create().language(language).open(false);
        TestInstallation.seedStores(context);
        List<StoreSummary> stores = context.stores().listStores();
        downtown = stores.stream().filter(s -> s.code().equals("DT01")).findFirst().orElseThrow().id();
        mall = stores.stream().filter(s -> s.code().equals("ML02")).findFirst().orElseThrow().id();
        context.useSession(role == Role.DISTRICT_MANAGER ? new UserSession("Dana", role, true, Set.of())
                : new UserSession("Sam", role, false, Set.of(downtown)));
        List<ProposedAction> seeded = seed();
        tasks = BackgroundTasks.withThreads(1);
        inbox = FxWait.onFx(() -> {
            InboxController controller = new InboxController(
                    new UiContext(context, new Messages(language), tasks, shell));
            Themes.apply(Theme.LIGHT);
            Scene scene = TestStage.show(stage, (Parent) controller.view(), 1060, 800);
            controller.onActivate();
            return controller;
        });
        return seeded;
    }
}

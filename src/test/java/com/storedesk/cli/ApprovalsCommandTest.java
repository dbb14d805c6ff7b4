package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.storedesk.StoreDesk;
import com.storedesk.actions.ActionChange;
import com.storedesk.actions.ActionRefusedException;
import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.ActionText;
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
import com.storedesk.app.DemoUsers;
import com.storedesk.config.AppHome;
import com.storedesk.config.SettingsFile;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code approvals list} reads with the file's access; deciding signs the user in, whose role and stores apply. */
class ApprovalsCommandTest {

    @TempDir
    Path temp;

    private String database;
    private long inS01;
    private long inS02;
    private final Map<String, String> environment = new HashMap<>();
    private final Messages messages = new Messages(new SettingsFile(AppHome.resolve()).load().language());

    @BeforeEach
    void aMarkdownWaitingInEachStore() {
        database = temp.resolve("approvals/storedesk").toString();
        CliRun seed = CliRun.of("demo", "seed", "--stores", "2", "--days", "8", "--db", database);
        assertThat(seed.exitCode()).as(seed.err()).isZero();
        try (AppContext context = DatabaseOption.open(database)) {
            inS01 = markdown(context, "S01").id();
            inS02 = markdown(context, "S02").id();
        }
        environment.put(SignedInUser.PASSWORD_ENV, DemoUsers.PASSWORD);
    }

    @Test
    void listsWithTheFilesAccessAsTextOrJsonByStatusAndStore() throws Exception {
        CliRun all = run("approvals", "list", "--db", database);
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).contains(messages.get("cli.approvals.column.change"),
                messages.get("action.status.proposed"));

        JsonNode s01 = new ObjectMapper().readTree(
                run("approvals", "list", "--status", "Proposed", "--store", "s01", "--json", "--db", database).out());
        assertThat(s01).hasSize(1);
        assertThat(s01.get(0).get("id").asLong()).isEqualTo(inS01);
        assertThat(s01.get(0).get("store").asText()).isEqualTo("S01");
        assertThat(s01.get(0).get("level").asText()).isEqualTo("STORE_MANAGER");

        CliRun none = run("approvals", "list", "--status", "confirmed", "--db", database);
        assertThat(none.out().strip()).isEqualTo(messages.get("cli.approvals.none"));
        CliRun nonsense = run("approvals", "list", "--status", "nonsense", "--db", database);
        assertThat(nonsense.exitCode()).isNotZero();
        assertThat(nonsense.err()).as("every status is offered, the newest too")
                .contains("nonsense", "proposed", "manual", "done_by_hand", "not_done", "handled");
    }

    @Test
    void aStoreManagerApprovesTheirStoresActionButNotAnotherStores() {
        CliRun own = run("approvals", "approve", Long.toString(inS01), "--user", DemoUsers.storeManager("S01"),
                "--db", database);
        CliRun other = run("approvals", "approve", Long.toString(inS02), "--user", DemoUsers.storeManager("S01"),
                "--db", database);

        assertThat(own.exitCode()).as(own.err()).isZero();
        assertThat(own.out()).startsWith(messages.get("cli.approvals.approved", Long.toString(inS01), "").substring(0, 8));
        assertThat(other.exitCode()).isEqualTo(1);
        assertThat(other.err()).contains(new ActionText(messages).refusal(ActionRefusedException.Reason.NOT_FOUND));
        try (AppContext context = DatabaseOption.open(database)) {
            assertThat(status(context, inS01)).isEqualTo(ActionStatus.APPROVED);
            assertThat(status(context, inS02)).isEqualTo(ActionStatus.PROPOSED);
            assertThat(context.actions().get(context.session(), inS01).decision().actor()).isNotBlank();
        }
    }

    @Test
    void theDistrictManagerRejectsWithAReasonAndAWrongPasswordChangesNothing() {
        environment.put(SignedInUser.PASSWORD_ENV, "not-the-password");
        CliRun wrong = run("approvals", "reject", Long.toString(inS02), "--user", DemoUsers.DISTRICT_MANAGER,
                "--reason", "Too deep", "--db", database);
        environment.put(SignedInUser.PASSWORD_ENV, DemoUsers.PASSWORD);
        CliRun rejected = run("approvals", "reject", Long.toString(inS02), "--user", DemoUsers.DISTRICT_MANAGER,
                "--reason", "Too deep", "--db", database);

        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).doesNotContain("not-the-password");
        assertThat(rejected.exitCode()).as(rejected.err()).isZero();
        try (AppContext context = DatabaseOption.open(database)) {
            ProposedAction action = context.actions().get(context.session(), inS02);
            assertThat(action.status()).isEqualTo(ActionStatus.REJECTED);
            assertThat(action.decision().reason()).isEqualTo("Too deep");
        }
    }

    @Test
    void anAdministratorMayNotApproveButAStoreManagerRetriesAFailedAction() {
        CliRun admin = run("approvals", "approve", Long.toString(inS01), "--user", DemoUsers.ADMINISTRATOR,
                "--db", database);
        assertThat(admin.exitCode()).isEqualTo(1);
        assertThat(admin.err()).contains(new ActionText(messages).refusal(ActionRefusedException.Reason.NOT_PERMITTED));

        run("approvals", "approve", Long.toString(inS01), "--user", DemoUsers.storeManager("S01"), "--db", database);
        try (AppContext context = DatabaseOption.open(database)) {
            context.actions().markSent(inS01);
            context.actions().markFailed(inS01, new FailureReason(FailureReason.REFUSED, "offline till").stored());
            JsonNode failed = listJson("failed");
            assertThat(failed.get(0).get("failureReason").asText()).contains("offline till");
        }
        CliRun retry = run("approvals", "retry", Long.toString(inS01), "--user", DemoUsers.storeManager("S01"),
                "--db", database);

        assertThat(retry.exitCode()).as(retry.err()).isZero();
        try (AppContext context = DatabaseOption.open(database)) {
            assertThat(status(context, inS01)).isEqualTo(ActionStatus.APPROVED);
        }
    }

    @Test
    void whatTheStoresPosCannotApplyIsApprovedAsHandWorkAndSaysSo() throws Exception {
        try (AppContext context = DatabaseOption.open(database);
                Connection connection = context.database().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE store SET source = 'clover:7R56PZ0Z0EAB1' WHERE code = 'S02'");
        }

        CliRun approved = run("approvals", "approve", Long.toString(inS02), "--user", DemoUsers.DISTRICT_MANAGER,
                "--db", database);

        assertThat(approved.exitCode()).as(approved.err()).isZero();
        String byHand = messages.get("cli.approvals.approvedByHand", "", "");
        assertThat(approved.out()).contains(byHand.substring(byHand.indexOf(". ") + 2));
        try (AppContext context = DatabaseOption.open(database)) {
            assertThat(status(context, inS02)).isEqualTo(ActionStatus.MANUAL);
            assertThat(context.actions().outboxDue()).isEmpty();
        }
    }

    @Test
    void handWorkIsMarkedDoneOrNotDoneFromTheCommandLineByWhoMayDecideIt() throws Exception {
        try (AppContext context = DatabaseOption.open(database);
                Connection connection = context.database().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE store SET source = 'clover:7R56PZ0Z0EAB1' WHERE code IN ('S01', 'S02')");
        }
        run("approvals", "approve", Long.toString(inS01), "--user", DemoUsers.DISTRICT_MANAGER, "--db", database);
        run("approvals", "approve", Long.toString(inS02), "--user", DemoUsers.DISTRICT_MANAGER, "--db", database);

        CliRun otherStore = run("approvals", "done", Long.toString(inS02), "--user", DemoUsers.storeManager("S01"),
                "--db", database);
        CliRun admin = run("approvals", "done", Long.toString(inS01), "--user", DemoUsers.ADMINISTRATOR,
                "--db", database);
        CliRun done = run("approvals", "done", Long.toString(inS01), "--user", DemoUsers.storeManager("S01"),
                "--db", database);
        CliRun again = run("approvals", "done", Long.toString(inS01), "--user", DemoUsers.storeManager("S01"),
                "--db", database);
        CliRun noReason = run("approvals", "not-done", Long.toString(inS02), "--user", DemoUsers.DISTRICT_MANAGER,
                "--db", database);
        CliRun notDone = run("approvals", "not-done", Long.toString(inS02), "--user", DemoUsers.DISTRICT_MANAGER,
                "--reason", "Item discontinued", "--db", database);

        assertThat(otherStore.exitCode()).isEqualTo(1);
        assertThat(otherStore.err()).contains(new ActionText(messages).refusal(ActionRefusedException.Reason.NOT_FOUND));
        assertThat(admin.exitCode()).isEqualTo(1);
        assertThat(admin.err()).contains(new ActionText(messages).refusal(ActionRefusedException.Reason.NOT_PERMITTED));
        assertThat(done.exitCode()).as(done.err()).isZero();
        String doneLine = messages.get("cli.approvals.doneByHand", Long.toString(inS01), "");
        assertThat(done.out()).startsWith(doneLine.substring(0, doneLine.length() - 1).strip());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains(
                new ActionText(messages).refusal(ActionRefusedException.Reason.ILLEGAL_TRANSITION));
        assertThat(noReason.exitCode()).as("--reason is required").isNotZero();
        assertThat(notDone.exitCode()).as(notDone.err()).isZero();
        try (AppContext context = DatabaseOption.open(database)) {
            assertThat(status(context, inS01)).isEqualTo(ActionStatus.DONE_BY_HAND);
            ProposedAction action = context.actions().get(context.session(), inS02);
            assertThat(action.status()).isEqualTo(ActionStatus.NOT_DONE);
            assertThat(action.failureReason()).isEqualTo("Item discontinued");
            assertThat(listJson("not_done").get(0).get("id").asLong()).isEqualTo(inS02);
            assertThat(context.auditQuery().count(new AuditFilter(null, null, Set.of(AuditAction.ACTION_DONE_BY_HAND),
                    null, null))).isEqualTo(2);
        }
    }

    private JsonNode listJson(String status) {
        try {
            return new ObjectMapper().readTree(run("approvals", "list", "--status", status, "--json", "--db", database)
                    .out());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 30 % markdown of the store's cheapest product: a store manager's decision. */
    private static ProposedAction markdown(AppContext context, String code) {
        StoreSummary store = context.stores().listStores().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow();
        ActionChange.Markdown change = new ActionChange.Markdown(1, "CHE-0002", "Aged Gouda", 1_000, 700,
                Currency.getInstance("USD"), LocalDate.of(2026, 11, 24));
        return context.actions().propose(new Proposal(store.id(), change,
                Rationale.of("action.rationale.clearance", Figure.text(code)), Evidence.of(List.of()),
                Proposer.rule("test"), context.clock().instant().plus(Duration.ofDays(1))));
    }

    private static ActionStatus status(AppContext context, long id) {
        return context.actions().get(context.session(), id).status();
    }

    private CliRun run(String... args) {
        Secrets secrets = Secrets.from(environment::get, null);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                if (type == ApprovalsApproveCommand.class) {
                    return (K) new ApprovalsApproveCommand(secrets);
                }
                if (type == ApprovalsRejectCommand.class) {
                    return (K) new ApprovalsRejectCommand(secrets);
                }
                if (type == ApprovalsDoneCommand.class) {
                    return (K) new ApprovalsDoneCommand(secrets);
                }
                if (type == ApprovalsNotDoneCommand.class) {
                    return (K) new ApprovalsNotDoneCommand(secrets);
                }
                return type == ApprovalsRetryCommand.class ? (K) new ApprovalsRetryCommand(secrets)
                        : CommandLine.defaultFactory().create(type);
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = StoreDesk.commandLine(factory);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}

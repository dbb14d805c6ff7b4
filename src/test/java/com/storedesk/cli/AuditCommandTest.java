package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.storedesk.app.AppContext;
import com.storedesk.app.AppSetup;
import com.storedesk.app.StartOptions;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storedesk audit verify | list | export} on a trail of five entries, intact and tampered with. */
class AuditCommandTest {

    @TempDir
    Path temp;

    @Test
    void verifyPrintsCountAndHeadAndNamesTheFirstBadEntryAfterTampering() throws Exception {
        String database = seed("verify");

        CliRun ok = CliRun.of("audit", "verify", "--db", database);
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        Matcher head = Pattern.compile("^ok: 5 entries, head ([0-9a-f]{64})$").matcher(ok.out().strip());
        assertThat(head.matches()).as(ok.out()).isTrue();
        assertThat(CliRun.of("audit", "verify", "--db", database, "--head", head.group(1)).exitCode()).isZero();

        sql(database, "UPDATE audit_log SET subject = 'action-99' WHERE seq = 4");
        CliRun changed = CliRun.of("audit", "verify", "--db", database);
        assertThat(changed.exitCode()).isEqualTo(AuditVerifyCommand.TAMPERED);
        assertThat(changed.err()).contains("Entry 4 was changed");
        assertThat(changed.out()).isEmpty();
    }

    @Test
    void verifyWithANotedHeadFindsEntriesRemovedFromTheEnd() throws Exception {
        String database = seed("truncated");
        String head = CliRun.of("audit", "verify", "--db", database).out().strip().replaceAll(".* ", "");

        sql(database, "DELETE FROM audit_log WHERE seq = 5");

        assertThat(CliRun.of("audit", "verify", "--db", database).exitCode()).as("the chain alone").isZero();
        CliRun withHead = CliRun.of("audit", "verify", "--db", database, "--head", head);
        assertThat(withHead.exitCode()).isEqualTo(AuditVerifyCommand.TAMPERED);
        assertThat(withHead.err()).contains(head).contains("removed from its end");
    }

    @Test
    void verifyNamesADeletedMiddleEntry() throws Exception {
        String database = seed("deleted");
        sql(database, "DELETE FROM audit_log WHERE seq = 2");

        CliRun broken = CliRun.of("audit", "verify", "--db", database);
        assertThat(broken.exitCode()).isEqualTo(AuditVerifyCommand.TAMPERED);
        assertThat(broken.err()).contains("Entry 2 is missing");
    }

    @Test
    void listShowsTheNewestFirstAsTextOrJsonWithFilters() throws Exception {
        String database = seed("list");

        CliRun text = CliRun.of("audit", "list", "--db", database, "--limit", "2");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.lines()).hasSize(3);
        assertThat(text.lines().get(0)).startsWith("No.").contains("User").contains("Action");
        assertThat(text.lines().get(1)).startsWith("5 ").contains("AI model call").contains("model=m1");

        CliRun json = CliRun.of("audit", "list", "--db", database, "--json", "--user", "ANN",
                "--action", "ACTION_APPROVED,SIGN_IN");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode entries = new ObjectMapper().readTree(json.out());
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("sequence").asLong()).isEqualTo(3);
        assertThat(entries.get(0).get("action").asText()).isEqualTo("ACTION_APPROVED");
        assertThat(entries.get(0).get("details").get("discount").asText()).isEqualTo("20%");
        assertThat(entries.get(1).get("hash").asText()).hasSize(64);

        CliRun none = CliRun.of("audit", "list", "--db", database, "--from", "2030-01-01");
        assertThat(none.out().strip()).isEqualTo("No audit entries.");
        CliRun badDate = CliRun.of("audit", "list", "--db", database, "--to", "yesterday");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("YYYY-MM-DD");
    }

    @Test
    void exportWritesTheMatchingEntriesAsCsv() throws Exception {
        String database = seed("export");
        Path csv = temp.resolve("out/audit.csv");
        Files.createDirectories(csv.getParent());

        CliRun export = CliRun.of("audit", "export", "--db", database, "--csv", csv.toString(), "--user", "bob",
                "--from", "2020-01-01", "--to", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("Exported 2 entries").contains(csv.toAbsolutePath().toString());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(3);
        assertThat(text).contains(",bob,Signed in,SIGN_IN,").contains(",bob,Action rejected,ACTION_REJECTED,");
    }

    @Test
    void auditAloneIsAUsageError() {
        assertThat(CliRun.of("audit").exitCode()).isEqualTo(2);
    }

    /** A trail of five entries, written now, in a database of its own. */
    private String seed(String name) {
        String database = temp.resolve(name + "/storedesk").toString();
        try (AppContext context = AppContext.open(AppSetup.prepare(new StartOptions(false, Optional.of(database))))) {
            context.audit().record(new AuditEvent("ann", AuditAction.SIGN_IN, null, "ann", Map.of()));
            context.audit().record(new AuditEvent("bob", AuditAction.SIGN_IN, null, "bob", Map.of()));
            context.audit().record(new AuditEvent("ann", AuditAction.ACTION_APPROVED, 1L, "action-1",
                    Map.of("discount", "20%")));
            context.audit().record(new AuditEvent("bob", AuditAction.ACTION_REJECTED, 1L, "action-2",
                    Map.of("reason", "too deep")));
            context.audit().record(new AuditEvent("system", AuditAction.LLM_CALL, null, "briefing",
                    Map.of("model", "m1", "promptVersion", "3")));
        }
        return database;
    }

    private static void sql(String database, String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
                Statement sql = connection.createStatement()) {
            assertThat(sql.executeUpdate(statement)).isEqualTo(1);
        }
    }
}

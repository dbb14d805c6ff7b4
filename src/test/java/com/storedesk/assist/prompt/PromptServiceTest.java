package com.storedesk.assist.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.assist.InputDigest;
import com.storedesk.assist.PromptRef;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEntry;
import com.storedesk.audit.AuditFilter;
import com.storedesk.audit.AuditQuery;
import com.storedesk.audit.DatabaseAuditTrail;
import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Prompt versions on H2; {@code PromptsOnPostgresTest} runs the same on PostgreSQL. */
class PromptServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:30:00Z"), ZoneOffset.UTC);
    private static final UserSession ADMIN = new UserSession("Ada", Role.ADMINISTRATOR, true, Set.of(), "admin");
    private static final UserSession MANAGER = new UserSession("Sam", Role.STORE_MANAGER, false, Set.of(1L), "sam");

    private Database database;
    private PromptService service;

    Database openDatabase() {
        return Database.open(new DatabaseLocation.H2File(
                Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk")), CLOCK);
    }

    @BeforeEach
    void open() {
        database = openDatabase();
        PromptRepository repository = new PromptRepository(database);
        service = new PromptService(new PromptRegistry(new ShippedPrompts(), repository), repository,
                new DatabaseAuditTrail(database, CLOCK), CLOCK);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theShippedDefaultIsInForceUntilAnAdministratorEditsIt() {
        PromptRegistry registry = service.registry();
        assertThat(registry.current("copilot-ask").ref()).isEqualTo(new PromptRef("copilot-ask", 1));

        String text = "[system]\nBe brief, in {{language}}.\n[user]\n{{question}}";
        PromptTemplate saved = service.edit(ADMIN, "copilot-ask", text);
        PromptTemplate again = service.edit(ADMIN, "copilot-ask", text + "\nThanks.");

        assertThat(saved.ref()).isEqualTo(new PromptRef("copilot-ask", 2));
        assertThat(again.ref()).isEqualTo(new PromptRef("copilot-ask", 3));
        assertThat(registry.current("copilot-ask")).isEqualTo(again);
        assertThat(registry.version(new PromptRef("copilot-ask", 2))).contains(saved);
        assertThat(registry.version(new PromptRef("copilot-ask", 1))).get()
                .isEqualTo(new ShippedPrompts().versions("copilot-ask").get(0));
        List<PromptVersion> history = registry.history("copilot-ask");
        assertThat(history).extracting(v -> v.template().ref().version()).containsExactly(1, 2, 3);
        assertThat(history).extracting(PromptVersion::author).containsExactly("", "admin", "admin");
        assertThat(history.get(1).createdAt()).isEqualTo(CLOCK.instant());
        assertThat(registry.current("receipt-summary").ref().version()).as("other prompts untouched").isEqualTo(1);
    }

    @Test
    void everyEditIsAuditedWithBothVersionsAndTheTextsDigest() {
        String text = "{{question}} in {{language}}";
        service.edit(ADMIN, "copilot-ask", text);

        List<AuditEntry> entries = new AuditQuery(database)
                .newest(new AuditFilter(null, null, Set.of(AuditAction.PROMPT_CHANGED), null, null), 0, 10);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.subject()).isEqualTo("copilot-ask@v2");
            assertThat(entry.details()).containsEntry("prompt", "copilot-ask").containsEntry("fromVersion", "1")
                    .containsEntry("toVersion", "2").containsEntry("textDigest", InputDigest.of(text));
        });
    }

    @Test
    void onlyAnAdministratorEditsAndOnlyWithTextTheCallersCanFill() {
        assertRefused(() -> service.edit(MANAGER, "copilot-ask", "{{question}}"),
                PromptEditRefusedException.Reason.NOT_PERMITTED, "");
        assertRefused(() -> service.edit(ADMIN, "no-such-prompt", "Hi"), PromptEditRefusedException.Reason.UNKNOWN_PROMPT,
                "no-such-prompt");
        assertRefused(() -> service.edit(ADMIN, "copilot-ask", "  \n"), PromptEditRefusedException.Reason.BLANK, "");
        assertRefused(() -> service.edit(ADMIN, "copilot-ask", "x".repeat(16_001)),
                PromptEditRefusedException.Reason.TOO_LONG, "16000");
        assertRefused(() -> service.edit(ADMIN, "copilot-ask", "{{question}} for {{customerEmail}}"),
                PromptEditRefusedException.Reason.UNKNOWN_VARIABLE, "customerEmail");
        assertThat(service.registry().current("copilot-ask").ref().version()).isEqualTo(1);
        assertThat(new AuditQuery(database).newest(AuditFilter.ALL, 0, 10)).isEmpty();
    }

    @Test
    void aVersionTakenMeanwhileIsNotOverwritten() {
        PromptRepository repository = new PromptRepository(database);
        PromptTemplate first = new PromptTemplate(new PromptRef("daily-briefing", 2), "{{facts}}");
        assertThat(repository.add(first, "admin", CLOCK.instant())).isTrue();
        assertThat(repository.add(new PromptTemplate(first.ref(), "other"), "eve", CLOCK.instant())).isFalse();
        assertThat(repository.versions("daily-briefing")).singleElement()
                .satisfies(v -> assertThat(v.template().text()).isEqualTo("{{facts}}"));
        assertThat(service.edit(ADMIN, "daily-briefing", "{{facts}} today").ref().version()).isEqualTo(3);
    }

    private static void assertRefused(Runnable edit, PromptEditRefusedException.Reason reason, String detail) {
        assertThatThrownBy(edit::run).isInstanceOfSatisfying(PromptEditRefusedException.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.detail()).isEqualTo(detail);
        });
    }
}

package com.storedesk.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEntry;
import com.storedesk.audit.AuditFilter;
import com.storedesk.audit.AuditQuery;
import com.storedesk.audit.AuditVerifier;
import com.storedesk.audit.DatabaseAuditTrail;
import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlmCallAuditTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:30:00Z"), ZoneOffset.UTC);

    private final Database database = Database.open(new DatabaseLocation.H2File(
            Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk")), CLOCK);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aCallIsRecordedWithItsPromptModelDigestLatencyAndOutcomeButNotItsText() {
        String request = "{\"messages\":[{\"role\":\"user\",\"content\":\"What did <CUSTOMER_1> buy last spring?\"}]}";
        LlmCallAudit audit = new LlmCallAudit(new DatabaseAuditTrail(database, CLOCK));

        audit.record(new LlmCall("associate.s01", 7L, new PromptRef("copilot-ask", 2), "gpt-4o-mini",
                InputDigest.of(request), Duration.ofMillis(1234), LlmOutcome.ANSWERED));
        audit.record(new LlmCall("system", null, new PromptRef("daily-briefing", 1), "llama3",
                InputDigest.of("{}"), Duration.ofSeconds(20), LlmOutcome.TIMED_OUT));

        List<AuditEntry> entries = new AuditQuery(database)
                .newest(new AuditFilter(null, null, Set.of(AuditAction.LLM_CALL), null, null), 0, 10);
        assertThat(entries).hasSize(2);
        AuditEntry answered = entries.get(1);
        assertThat(answered.actor()).isEqualTo("associate.s01");
        assertThat(answered.storeId()).isEqualTo(7L);
        assertThat(answered.subject()).isEqualTo("copilot-ask@v2");
        assertThat(answered.details()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "prompt", "copilot-ask", "promptVersion", "2", "model", "gpt-4o-mini",
                "inputDigest", InputDigest.of(request), "latencyMs", "1234", "outcome", "ANSWERED"));
        assertThat(answered.detailsJson()).doesNotContain("CUSTOMER_1").doesNotContain("spring");
        assertThat(entries.get(0).details()).containsEntry("outcome", "TIMED_OUT").containsEntry("latencyMs", "20000");
        assertThat(new AuditVerifier(database).verify().ok()).isTrue();
    }

    @Test
    void theDigestTellsInputsApartAndIsStable() {
        assertThat(InputDigest.of("abc"))
                .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(InputDigest.of("abd")).isNotEqualTo(InputDigest.of("abc"));
    }

    @Test
    void aPromptHasANameAndAVersionFromOne() {
        assertThat(new PromptRef("copilot-ask", 3)).hasToString("copilot-ask@v3");
        assertThatThrownBy(() -> new PromptRef("copilot-ask", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PromptRef(" ", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}

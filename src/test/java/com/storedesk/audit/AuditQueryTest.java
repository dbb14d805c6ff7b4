package com.storedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.testing.MovableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditQueryTest {

    private static final Instant DAY_ONE = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path temp;

    @Test
    void filtersCombineAndResultsComeNewestFirstInPages() {
        MovableClock clock = new MovableClock(DAY_ONE);
        try (AuditDatabase db = AuditDatabase.open(clock)) {
            db.trail.record(new AuditEvent("Ann.Lee", AuditAction.SIGN_IN, null, "Ann.Lee", Map.of()));
            db.trail.record(new AuditEvent("bob", AuditAction.ACTION_APPROVED, 1L, "action-7", Map.of("pct", "20")));
            clock.set(DAY_ONE.plusSeconds(86_400));
            db.trail.record(new AuditEvent("ann.lee", AuditAction.ACTION_REJECTED, 2L, "action-8", Map.of()));
            db.trail.record(new AuditEvent("system", AuditAction.LLM_CALL, 1L, "briefing", Map.of("model", "m")));
            db.trail.record(new AuditEvent("100%_sure", AuditAction.SIGN_IN, null, "x", Map.of()));

            assertThat(sequences(db, AuditFilter.ALL)).containsExactly(5L, 4L, 3L, 2L, 1L);
            assertThat(sequences(db, new AuditFilter("ANN", null, null, null, null))).containsExactly(3L, 1L);
            assertThat(sequences(db, new AuditFilter(null, 1L, null, null, null))).containsExactly(4L, 2L);
            assertThat(sequences(db, new AuditFilter(null, null,
                    Set.of(AuditAction.ACTION_APPROVED, AuditAction.ACTION_REJECTED), null, null)))
                    .containsExactly(3L, 2L);
            Instant dayTwo = DAY_ONE.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
            assertThat(sequences(db, new AuditFilter(null, null, null, dayTwo, null))).containsExactly(5L, 4L, 3L);
            assertThat(sequences(db, new AuditFilter(null, null, null, null, dayTwo))).containsExactly(2L, 1L);
            assertThat(sequences(db, new AuditFilter("ann", 2L, Set.of(AuditAction.ACTION_REJECTED), dayTwo, null)))
                    .containsExactly(3L);
            assertThat(sequences(db, new AuditFilter("0%_", null, null, null, null)))
                    .as("LIKE wildcards in the text are matched literally").containsExactly(5L);
            assertThat(db.query.newest(AuditFilter.ALL, 1, 2)).extracting(AuditEntry::sequence).containsExactly(4L, 3L);
            assertThat(db.query.count(new AuditFilter("ann", null, null, null, null))).isEqualTo(2);
        }
    }

    @Test
    void latestByActorGivesEachUsersLastTimeForOneActionOnly() {
        MovableClock clock = new MovableClock(DAY_ONE);
        try (AuditDatabase db = AuditDatabase.open(clock)) {
            db.trail.record(new AuditEvent("ann", AuditAction.SIGN_IN, null, "ann", Map.of()));
            db.trail.record(new AuditEvent("bob", AuditAction.SIGN_IN, null, "bob", Map.of()));
            clock.set(DAY_ONE.plusSeconds(3_600));
            db.trail.record(new AuditEvent("ann", AuditAction.SIGN_IN, null, "ann", Map.of()));
            clock.set(DAY_ONE.plusSeconds(7_200));
            db.trail.record(new AuditEvent("bob", AuditAction.SIGN_IN_FAILED, null, "bob", Map.of()));

            assertThat(db.query.latestByActor(AuditAction.SIGN_IN)).isEqualTo(Map.of(
                    "ann", DAY_ONE.plusSeconds(3_600), "bob", DAY_ONE));
            assertThat(db.query.latestByActor(AuditAction.USER_CREATED)).isEmpty();
        }
    }

    @Test
    void csvHasABomTranslatedHeadersQuotingAndEveryHashInChainOrder() throws Exception {
        try (AuditDatabase db = AuditDatabase.open()) {
            db.trail.record(new AuditEvent("ann", AuditAction.SETTINGS_CHANGED, null, "language",
                    Map.of("language.from", "en", "language.to", "de")));
            db.trail.record(new AuditEvent("=cmd()", AuditAction.ACTION_REJECTED, 3L, "said \"no\", twice",
                    Map.of("reason", "line one\nline two")));
            Path file = temp.resolve("audit.csv");

            long count = new AuditCsv(new AuditTexts(new Messages(Language.GERMAN)))
                    .export(db.query, AuditFilter.ALL, file);

            assertThat(count).isEqualTo(2);
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
            List<AuditEntry> entries = db.query.newest(AuditFilter.ALL, 0, 2);
            assertThat(csv).startsWith("Nr.,Zeit,Benutzer,Aktion,Aktionscode,Filiale,Gegenstand,Details,"
                    + "Vorheriger Hash,Hash\r\n");
            assertThat(csv).contains("\r\n1,2026-11-23T15:30:00.123456Z,ann,Einstellungen ge\u00e4ndert,SETTINGS_CHANGED,,"
                    + "language,\"{\"\"language.from\"\":\"\"en\"\",\"\"language.to\"\":\"\"de\"\"}\","
                    + AuditHash.GENESIS + "," + entries.get(1).hash() + "\r\n");
            assertThat(csv).contains("\r\n2,").contains(",'=cmd(),Aktion abgelehnt,ACTION_REJECTED,3,"
                    + "\"said \"\"no\"\", twice\",");
            assertThat(csv).endsWith(entries.get(1).hash() + "," + entries.get(0).hash() + "\r\n");
        }
    }

    private static List<Long> sequences(AuditDatabase db, AuditFilter filter) {
        return db.query.newest(filter, 0, 100).stream().map(AuditEntry::sequence).toList();
    }
}

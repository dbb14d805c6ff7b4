package com.storedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.testing.PostgresSchemas;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trail on a real PostgreSQL, where two StoreDesk processes may share one database: concurrent
 * appends through separate trails (separate locks) keep one chain, tampering is found, the queries
 * run. Runs when STOREDESK_TEST_PG_URL is set (CI), in a fresh schema dropped afterwards.
 */
class AuditOnPostgresTest {

    private final PostgresSchemas schemas = new PostgresSchemas("storedesk_audit");
    private AuditDatabase db;

    @BeforeEach
    void createSchema() {
        db = AuditDatabase.open(schemas.fresh(), Clock.systemUTC());
    }

    @AfterEach
    void dropSchema() {
        if (db != null) {
            db.close();
        }
        schemas.dropAll();
    }

    @Test
    void concurrentTrailsKeepOneChainAndTamperingIsNamed() {
        DatabaseAuditTrail other = new DatabaseAuditTrail(db.database, Clock.systemUTC());
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            DatabaseAuditTrail trail = w % 2 == 0 ? db.trail : other;
            String actor = "writer-" + w;
            writers.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 20; i++) {
                    trail.record(new AuditEvent(actor, AuditAction.LLM_CALL, (long) (i % 3), "call-" + i,
                            Map.of("model", "m", "note", "caf\u00e9 \"quoted\"")));
                }
            }));
        }
        writers.forEach(CompletableFuture::join);

        AuditVerification intact = db.verifier.verify();
        assertThat(intact.problem()).isEmpty();
        assertThat(intact.entries()).isEqualTo(120);
        assertThat(db.query.count(new AuditFilter("WRITER-1", 2L, Set.of(AuditAction.LLM_CALL),
                Instant.now().minusSeconds(3600), null))).isEqualTo(6);
        assertThat(db.query.newest(AuditFilter.ALL, 10, 5)).extracting(AuditEntry::sequence)
                .containsExactly(110L, 109L, 108L, 107L, 106L);

        db.execute("UPDATE audit_log SET details = '{\"model\":\"other\"}' WHERE seq = 50");
        assertThat(db.verifier.verify().problem()).contains(new AuditProblem(50, AuditProblem.Kind.CHANGED, 49));
        db.execute("DELETE FROM audit_log WHERE seq = 20");
        assertThat(db.verifier.verify().problem()).contains(new AuditProblem(20, AuditProblem.Kind.MISSING, 20));
    }
}

package com.storedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.DatabaseLocation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trail on a real PostgreSQL, where two StoreDesk processes may share one database: concurrent
 * appends through separate trails (separate locks) keep one chain, tampering is found, the queries
 * run. Runs when STOREDESK_TEST_PG_URL is set (CI), in a fresh schema dropped afterwards.
 */
class AuditOnPostgresTest {

    private static final String URL = System.getenv("STOREDESK_TEST_PG_URL");
    private static final String USER = System.getenv("STOREDESK_TEST_PG_USER");
    private static final String PASSWORD = System.getenv("STOREDESK_TEST_PG_PASSWORD");

    private String schema;
    private AuditDatabase db;

    @BeforeEach
    void createSchema() throws SQLException {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(), "STOREDESK_TEST_PG_URL is not set");
        schema = "storedesk_audit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        db = AuditDatabase.open(new DatabaseLocation.Jdbc(url, USER, PASSWORD), Clock.systemUTC());
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (db != null) {
            db.close();
        }
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
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

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

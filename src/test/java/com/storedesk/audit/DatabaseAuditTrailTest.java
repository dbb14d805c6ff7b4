package com.storedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DatabaseAuditTrailTest {

    @Test
    void entriesAreNumberedFromOneAndEachCarriesThePreviousHash() {
        try (AuditDatabase db = AuditDatabase.open()) {
            AuditEntry first = db.trail.append(new AuditEvent("ann", AuditAction.SIGN_IN, null, "ann", Map.of()));
            AuditEntry second = db.trail.append(new AuditEvent("ann", AuditAction.SETTINGS_CHANGED, 3L, "language",
                    Map.of("language.to", "de", "language.from", "en")));

            assertThat(first.sequence()).isEqualTo(1);
            assertThat(first.previousHash()).isEqualTo(AuditHash.GENESIS);
            assertThat(second.sequence()).isEqualTo(2);
            assertThat(second.previousHash()).isEqualTo(first.hash());
            assertThat(second.detailsJson()).isEqualTo("{\"language.from\":\"en\",\"language.to\":\"de\"}");
            assertThat(second.occurredAt()).as("the injected clock, to the microsecond")
                    .isEqualTo(Instant.parse("2026-11-23T15:30:00.123456Z"));
            List<AuditEntry> stored = db.query.newest(AuditFilter.ALL, 0, 10);
            assertThat(stored).containsExactly(second, first);
            assertThat(stored).allSatisfy(entry -> assertThat(entry.recomputedHash()).isEqualTo(entry.hash()));
        }
    }

    @Test
    void detailsNamingASecretAreRefusedAndNothingIsWritten() {
        try (AuditDatabase db = AuditDatabase.open()) {
            assertThatThrownBy(() -> db.trail.record(new AuditEvent("ann", AuditAction.USER_CHANGED, null, "bob",
                    Map.of("newPassword", "hunter2")))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("newPassword").hasMessageNotContaining("hunter2");
            assertThatThrownBy(() -> db.trail.record(new AuditEvent("ann", AuditAction.USER_CHANGED, null, "bob",
                    Map.of("pin", "1234")))).isInstanceOf(IllegalArgumentException.class);
            assertThat(db.query.count(AuditFilter.ALL)).isZero();
        }
    }

    @Test
    void manyThreadsOnTwoTrailsSharingADatabaseNeverForkTheChain() throws Exception {
        try (AuditDatabase db = AuditDatabase.open(Clock.systemUTC())) {
            // A second trail has its own in-process lock, like another process would: only the database serializes them.
            DatabaseAuditTrail other = new DatabaseAuditTrail(db.database, Clock.systemUTC());
            int threads = 8;
            int each = 25;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            try {
                for (int t = 0; t < threads; t++) {
                    DatabaseAuditTrail trail = t % 2 == 0 ? db.trail : other;
                    String actor = "thread-" + t;
                    done.add(pool.submit((Callable<Void>) () -> {
                        start.await();
                        for (int i = 0; i < each; i++) {
                            trail.record(new AuditEvent(actor, AuditAction.LLM_CALL, null, "call-" + i, Map.of()));
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> future : done) {
                    future.get();
                }
            } finally {
                pool.shutdownNow();
            }

            AuditVerification result = db.verifier.verify();
            assertThat(result.problem()).isEmpty();
            assertThat(result.entries()).isEqualTo((long) threads * each);
            assertThat(db.query.count(new AuditFilter("thread-3", null, null, null, null))).isEqualTo(each);
        }
    }

    @Test
    void tooLongFieldsAreRefusedBeforeTheDatabaseSeesThem() {
        try (AuditDatabase db = AuditDatabase.open(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))) {
            assertThatThrownBy(() -> db.trail.record(new AuditEvent("x".repeat(129), AuditAction.SIGN_IN, null, "s",
                    Map.of()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor");
        }
    }
}

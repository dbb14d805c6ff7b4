package com.storedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tampering with the table by hand is found, and the first bad entry is named. */
class AuditVerifierTest {

    @Test
    void anUntouchedChainVerifiesWithItsCountAndHead() {
        try (AuditDatabase db = AuditDatabase.open().withSignIns(5)) {
            AuditVerification result = db.verifier.verify();

            assertThat(result.ok()).isTrue();
            assertThat(result.entries()).isEqualTo(5);
            assertThat(result.headHash()).isEqualTo(db.query.newest(AuditFilter.ALL, 0, 1).get(0).hash());
        }
    }

    @Test
    void anEmptyTrailVerifiesWithTheGenesisHead() {
        try (AuditDatabase db = AuditDatabase.open()) {
            AuditVerification result = db.verifier.verify();
            assertThat(result.ok()).isTrue();
            assertThat(result.entries()).isZero();
            assertThat(result.headHash()).isEqualTo(AuditHash.GENESIS);
        }
    }

    @Test
    void aChangedDetailNamesThatEntry() {
        try (AuditDatabase db = AuditDatabase.open().withSignIns(5)) {
            assertThat(db.execute("UPDATE audit_log SET details = '{\"n\":\"30\"}' WHERE seq = 3")).isEqualTo(1);

            assertThat(db.verifier.verify().problem()).contains(new AuditProblem(3, AuditProblem.Kind.CHANGED, 2));
        }
    }

    @Test
    void aChangedActorOrTimeIsFoundToo() {
        try (AuditDatabase db = AuditDatabase.open().withSignIns(5)) {
            db.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 4");
            assertThat(db.verifier.verify().problem()).contains(new AuditProblem(4, AuditProblem.Kind.CHANGED, 3));
        }
        try (AuditDatabase db = AuditDatabase.open().withSignIns(5)) {
            db.execute("UPDATE audit_log SET occurred_at = occurred_at + INTERVAL '1' SECOND WHERE seq = 2");
            assertThat(db.verifier.verify().problem()).contains(new AuditProblem(2, AuditProblem.Kind.CHANGED, 1));
        }
    }

    @Test
    void aDeletedMiddleEntryIsNamedAsMissing() {
        try (AuditDatabase db = AuditDatabase.open().withSignIns(5)) {
            assertThat(db.execute("DELETE FROM audit_log WHERE seq = 3")).isEqualTo(1);

            AuditVerification result = db.verifier.verify();
            assertThat(result.problem()).contains(new AuditProblem(3, AuditProblem.Kind.MISSING, 3));
            assertThat(result.entries()).as("entries checked before the break").isEqualTo(2);
        }
    }

    @Test
    void deletingTheFirstEntriesIsFound() {
        try (AuditDatabase db = AuditDatabase.open().withSignIns(5)) {
            db.execute("DELETE FROM audit_log WHERE seq <= 2");
            assertThat(db.verifier.verify().problem()).contains(new AuditProblem(1, AuditProblem.Kind.MISSING, 2));
        }
    }

    @Test
    void swappedSequenceNumbersAreNamedAsOutOfOrder() {
        try (AuditDatabase db = AuditDatabase.open().withSignIns(6)) {
            db.execute("UPDATE audit_log SET seq = -1 WHERE seq = 2");
            db.execute("UPDATE audit_log SET seq = 2 WHERE seq = 5");
            db.execute("UPDATE audit_log SET seq = 5 WHERE seq = -1");

            assertThat(db.verifier.verify().problem()).contains(new AuditProblem(2, AuditProblem.Kind.OUT_OF_ORDER, 5));
        }
    }

    @Test
    void swappedNeighboursAreNamedAsOutOfOrder() {
        try (AuditDatabase db = AuditDatabase.open().withSignIns(4)) {
            db.execute("UPDATE audit_log SET seq = -1 WHERE seq = 2");
            db.execute("UPDATE audit_log SET seq = 2 WHERE seq = 3");
            db.execute("UPDATE audit_log SET seq = 3 WHERE seq = -1");

            assertThat(db.verifier.verify().problem()).contains(new AuditProblem(2, AuditProblem.Kind.OUT_OF_ORDER, 3));
        }
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheLinkOfTheNext() {
        try (AuditDatabase db = AuditDatabase.open().withSignIns(5)) {
            AuditEntry third = db.query.newest(AuditFilter.ALL, 2, 1).get(0);
            String forged = AuditHash.of(3, third.occurredAt(), "mallory", third.action(), third.storeId(),
                    third.subject(), third.detailsJson(), third.previousHash());
            db.execute("UPDATE audit_log SET actor = 'mallory', hash = '" + forged + "' WHERE seq = 3");

            assertThat(db.verifier.verify().problem()).contains(new AuditProblem(4, AuditProblem.Kind.BROKEN_LINK, 3));
        }
    }

    @Test
    void removingTheLastEntriesLeavesAValidChainButTheNotedHeadIsGone() {
        try (AuditDatabase db = AuditDatabase.open().withSignIns(5)) {
            AuditVerification before = db.verifier.verify();
            db.execute("DELETE FROM audit_log WHERE seq >= 4");

            AuditVerification after = db.verifier.verify();
            assertThat(after.ok()).as("a chain alone cannot see its end cut off").isTrue();
            assertThat(after.entries()).isEqualTo(3);
            assertThat(after.headHash()).isNotEqualTo(before.headHash());
            assertThat(db.verifier.containsHash(before.headHash())).isFalse();
            assertThat(db.verifier.containsHash(after.headHash())).isTrue();
        }
    }
}

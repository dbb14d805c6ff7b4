package com.storedesk.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.actions.outbox.Backoff;
import com.storedesk.actions.outbox.ExecutionOutcome;
import com.storedesk.actions.outbox.FailureReason;
import com.storedesk.actions.outbox.Outbox;
import com.storedesk.actions.outbox.OutboxWorker;
import com.storedesk.audit.AuditAction;
import com.storedesk.data.Database;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's passes with a POS that answers as told: confirm, retry with backoff, give up, resume.
 * On H2; {@code ActionsOnPostgresTest} runs the same on PostgreSQL.
 */
class OutboxWorkerTest {

    private final ServiceFixture fixture = new ServiceFixture(openDatabase());
    private final List<String> sentKeys = new ArrayList<>();
    private int outages;
    private String refusal;

    /** Fails {@link #outages} times, then refuses if {@link #refusal} is set, else applies. */
    private final OutboxWorker worker = new OutboxWorker(fixture.service, action -> {
        sentKeys.add(action.idempotencyKey());
        if (outages > 0) {
            outages--;
            return ExecutionOutcome.unavailable("timeout");
        }
        return refusal != null ? ExecutionOutcome.refused(refusal) : ExecutionOutcome.applied();
    }, Backoff.DEFAULT, fixture.clock);

    /** Called once per test, before the fields of a subclass are set. */
    Database openDatabase() {
        return ActionsDatabase.open();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anApprovedActionIsSentAndConfirmedOnce() {
        ProposedAction action = approved();

        assertThat(worker.runOnce()).isEqualTo(1);
        assertThat(worker.runOnce()).isZero();

        ProposedAction done = fixture.service.get(fixture.districtManager(), action.id());
        assertThat(done.status()).isEqualTo(ActionStatus.CONFIRMED);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(sentKeys).containsExactly(action.idempotencyKey());
        assertThat(fixture.auditedSteps()).endsWith(AuditAction.ACTION_SENT, AuditAction.ACTION_CONFIRMED);
    }

    @Test
    void outagesAreRetriedAfter30SecondsThen2MinutesWithTheSameKey() {
        ProposedAction action = approved();
        outages = 2;

        worker.runOnce();
        assertThat(status(action)).isEqualTo(ActionStatus.FAILED);
        assertThat(fixture.service.nextAttempt(fixture.districtManager(), action.id()))
                .contains(fixture.clock.instant().plusSeconds(30));
        fixture.clock.advance(Duration.ofSeconds(29));
        worker.runOnce();
        assertThat(sentKeys).hasSize(1);
        fixture.clock.advance(Duration.ofSeconds(1));
        worker.runOnce();
        assertThat(sentKeys).hasSize(2);
        fixture.clock.advance(Duration.ofSeconds(119));
        worker.runOnce();
        assertThat(sentKeys).hasSize(2);
        fixture.clock.advance(Duration.ofSeconds(1));
        assertThat(worker.runOnce()).isEqualTo(1);

        ProposedAction done = fixture.service.get(fixture.districtManager(), action.id());
        assertThat(done.status()).isEqualTo(ActionStatus.CONFIRMED);
        assertThat(done.attempts()).isEqualTo(3);
        assertThat(done.failureReason()).isNull();
        assertThat(sentKeys).containsOnly(action.idempotencyKey());
    }

    @Test
    void afterFiveOutagesAPersonDecidesAndTheirRetrySendsItAgain() {
        ProposedAction action = approved();
        outages = 5;
        for (int pass = 0; pass < 5; pass++) {
            worker.runOnce();
            fixture.clock.advance(Duration.ofMinutes(10));
        }
        worker.runOnce();
        assertThat(sentKeys).hasSize(5);
        ProposedAction failed = fixture.service.get(fixture.districtManager(), action.id());
        assertThat(failed.status()).isEqualTo(ActionStatus.FAILED);
        assertThat(FailureReason.parse(failed.failureReason()))
                .isEqualTo(new FailureReason(FailureReason.GAVE_UP, "timeout"));
        assertThat(fixture.service.nextAttempt(fixture.districtManager(), action.id())).isEmpty();

        fixture.service.retry(fixture.storeManager(fixture.storeA), action.id());
        assertThat(worker.runOnce()).isEqualTo(1);
        assertThat(status(action)).isEqualTo(ActionStatus.CONFIRMED);
    }

    @Test
    void aRefusalFailsAtOnceWithThePosReasonInTheReadersLanguage() {
        ProposedAction action = approved();
        refusal = "No product CHE-0002";

        worker.runOnce();
        fixture.clock.advance(Duration.ofHours(1));
        worker.runOnce();

        ProposedAction failed = fixture.service.get(fixture.districtManager(), action.id());
        assertThat(failed.status()).isEqualTo(ActionStatus.FAILED);
        assertThat(sentKeys).hasSize(1);
        assertThat(FailureReason.parse(failed.failureReason()).text(new Messages(Language.GERMAN)))
                .contains("No product CHE-0002").isNotEqualTo(failed.failureReason());
    }

    @Test
    void anActionLeftSentIsSentAgainWithTheSameKeyWithoutCountingAnAttempt() {
        ProposedAction action = approved();
        OutboxWorker dying = new OutboxWorker(fixture.service, sent -> {
            throw new IllegalStateException("the connection dropped before the answer");
        }, Backoff.DEFAULT, fixture.clock);

        dying.runOnce();
        assertThat(status(action)).isEqualTo(ActionStatus.SENT);
        worker.runOnce();

        ProposedAction done = fixture.service.get(fixture.districtManager(), action.id());
        assertThat(done.status()).isEqualTo(ActionStatus.CONFIRMED);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(sentKeys).containsExactly(action.idempotencyKey());
    }

    @Test
    void backoffGivesUpAfterItsAttempts() {
        Backoff backoff = Backoff.DEFAULT;
        var now = fixture.clock.instant();
        assertThat(backoff.next(1, now)).contains(now.plusSeconds(30));
        assertThat(backoff.next(2, now)).contains(now.plus(Duration.ofMinutes(2)));
        assertThat(backoff.next(4, now)).contains(now.plus(Duration.ofMinutes(10)));
        assertThat(backoff.next(5, now)).isEmpty();
    }

    @Test
    void theOutboxThreadSendsWhatIsApprovedAndStopsWhenClosed() throws Exception {
        ProposedAction action = approved();

        try (Outbox outbox = new Outbox(worker)) {
            outbox.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (status(action) != ActionStatus.CONFIRMED && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        ProposedAction later = approved(Changes.markdown(1_000, 850));
        Thread.sleep(100);

        assertThat(status(action)).isEqualTo(ActionStatus.CONFIRMED);
        assertThat(status(later)).as("no pass after close").isEqualTo(ActionStatus.APPROVED);
    }

    /** A markdown the policy approves at once. */
    private ProposedAction approved() {
        return approved(Changes.markdown(1_000, 800));
    }

    private ProposedAction approved(ActionChange change) {
        ProposedAction action = fixture.service.propose(fixture.proposal(fixture.storeA, change));
        assertThat(action.status()).isEqualTo(ActionStatus.APPROVED);
        return action;
    }

    private ActionStatus status(ProposedAction action) {
        return fixture.service.get(fixture.districtManager(), action.id()).status();
    }
}

package com.storedesk.actions;

import static com.storedesk.actions.Changes.discount;
import static com.storedesk.actions.Changes.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.actions.ActionRefusedException.Reason;

import com.storedesk.actions.outbox.Backoff;
import com.storedesk.actions.outbox.OutboxWorker;
import com.storedesk.actions.store.ActionRepository;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.security.UserSession;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the store's POS cannot apply is approved as work to do there by hand, never sent, and marked done (or
 * not) by whoever may decide it once a person has been to the till.
 */
class ManualActionsTest {

    private final ServiceFixture fixture = new ServiceFixture(ActionsDatabase.open());
    /** Store B's POS applies no purchase orders (as Clover); store A's applies everything. */
    private final PosCapabilities capabilities = (store, change) -> store == fixture.storeB
            && change.type() == ActionType.PURCHASE_ORDER ? Optional.of("source.clover") : Optional.empty();
    private final ActionService service = new ActionService(new ActionRepository(fixture.database), fixture.policies,
            new Approvers(), fixture.audited::add, fixture.clock, capabilities);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anOrderTheStoresPosCannotPlaceIsApprovedAsHandWorkAndNeverSent() {
        ProposedAction proposed = service.propose(fixture.proposal(fixture.storeB, order(400, 500)));
        assertThat(service.manualAt(proposed)).contains("source.clover");

        ProposedAction approved = service.approve(fixture.districtManager(), proposed.id());

        assertThat(approved.status()).isEqualTo(ActionStatus.MANUAL);
        AuditEvent audit = fixture.audited.get(fixture.audited.size() - 1);
        assertThat(audit.action()).isEqualTo(AuditAction.ACTION_APPROVED);
        assertThat(audit.details()).containsEntry("byHand", "true").containsEntry("status", "MANUAL");
        assertThat(service.outboxDue()).isEmpty();
        OutboxWorker worker = new OutboxWorker(service, action -> {
            throw new AssertionError("sent " + action.id());
        }, Backoff.DEFAULT, fixture.clock);
        assertThat(worker.runOnce()).isZero();
        assertThat(service.get(fixture.districtManager(), proposed.id()).status()).isEqualTo(ActionStatus.MANUAL);
    }

    @Test
    void whatThePosCanApplyIsApprovedForTheOutboxAsBefore() {
        ProposedAction proposed = service.propose(fixture.proposal(fixture.storeA, order(400, 500)));
        assertThat(service.manualAt(proposed)).isEmpty();

        ProposedAction approved = service.approve(fixture.districtManager(), proposed.id());

        assertThat(approved.status()).isEqualTo(ActionStatus.APPROVED);
        assertThat(service.outboxDue()).extracting(ProposedAction::id).containsExactly(proposed.id());
    }

    @Test
    void anAutomaticActionThePosCannotApplyWaitsForAPersonInsteadOfVanishing() {
        ProposedAction elsewhere = service.propose(fixture.proposal(fixture.storeA, order(1, 100)));
        ProposedAction byHand = service.propose(fixture.proposal(fixture.storeB, order(1, 100)));

        assertThat(elsewhere.status()).as("a small order applies automatically").isEqualTo(ActionStatus.APPROVED);
        assertThat(byHand.status()).isEqualTo(ActionStatus.PROPOSED);
        assertThat(service.approve(fixture.storeManager(fixture.storeB), byHand.id()).status())
                .isEqualTo(ActionStatus.MANUAL);
    }

    @Test
    void aStoreManagerMarksHandWorkDoneAtTheTillAndTheTrailSaysWhoAndWhen() {
        ProposedAction manual = approvedByHand(order(400, 500));

        ProposedAction done = service.markDoneByHand(fixture.storeManager(fixture.storeB), manual.id());

        assertThat(done.status()).isEqualTo(ActionStatus.DONE_BY_HAND);
        assertThat(done.decision().actor()).as("the approval stays as it was").isEqualTo("district");
        AuditEvent audit = fixture.audited.get(fixture.audited.size() - 1);
        assertThat(audit.action()).isEqualTo(AuditAction.ACTION_DONE_BY_HAND);
        assertThat(audit.actor()).isEqualTo(fixture.storeManager(fixture.storeB).auditName());
        assertThat(audit.subject()).isEqualTo("action:" + manual.id());
        assertThat(audit.details()).containsEntry("done", "true").containsEntry("status", "DONE_BY_HAND")
                .doesNotContainKey("reason");
        assertThat(service.outboxDue()).isEmpty();
        assertThatThrownBy(() -> service.markNotDone(fixture.districtManager(), manual.id(), "late"))
                .as("done is final").isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ILLEGAL_TRANSITION));
    }

    @Test
    void handWorkThatCouldNotBeDoneKeepsTheReasonWhichIsRequired() {
        ProposedAction manual = approvedByHand(order(400, 500));

        assertThatThrownBy(() -> service.markNotDone(fixture.districtManager(), manual.id(), "  "))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REASON_REQUIRED));
        ProposedAction notDone = service.markNotDone(fixture.districtManager(), manual.id(), " Supplier closed ");

        assertThat(notDone.status()).isEqualTo(ActionStatus.NOT_DONE);
        assertThat(notDone.failureReason()).isEqualTo("Supplier closed");
        AuditEvent audit = fixture.audited.get(fixture.audited.size() - 1);
        assertThat(audit.action()).isEqualTo(AuditAction.ACTION_DONE_BY_HAND);
        assertThat(audit.details()).containsEntry("done", "false").containsEntry("reason", "Supplier closed")
                .containsEntry("status", "NOT_DONE");
    }

    @Test
    void onlyWhoMayDecideTheActionMarksIt() {
        ProposedAction storeLevel = approvedByHand(order(400, 500));
        ProposedAction districtLevel = approvedByHand(order(2_000, 500));
        int audited = fixture.audited.size();

        for (UserSession session : List.of(fixture.associate(fixture.storeB), fixture.administrator(),
                fixture.storeManager(fixture.storeA))) {
            assertThatThrownBy(() -> service.markDoneByHand(session, storeLevel.id())).as(session.role().name())
                    .isInstanceOf(ActionRefusedException.class);
        }
        assertThatThrownBy(() -> service.markDoneByHand(fixture.storeManager(fixture.storeB), districtLevel.id()))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_PERMITTED));

        assertThat(fixture.audited).hasSize(audited);
        assertThat(service.get(fixture.districtManager(), storeLevel.id()).status()).isEqualTo(ActionStatus.MANUAL);
        assertThat(service.markDoneByHand(fixture.districtManager(), districtLevel.id()).status())
                .isEqualTo(ActionStatus.DONE_BY_HAND);
    }

    @Test
    void onlyHandWorkIsMarkedDoneByHand() {
        ProposedAction pending = service.propose(fixture.proposal(fixture.storeB, order(400, 500)));
        ProposedAction forTheOutbox = service.approve(fixture.districtManager(),
                service.propose(fixture.proposal(fixture.storeA, order(400, 500))).id());

        for (ProposedAction action : List.of(pending, forTheOutbox)) {
            assertThatThrownBy(() -> service.markDoneByHand(fixture.districtManager(), action.id()))
                    .isInstanceOfSatisfying(ActionRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.ILLEGAL_TRANSITION));
        }
        assertThat(service.get(fixture.districtManager(), pending.id()).status()).isEqualTo(ActionStatus.PROPOSED);
        assertThat(service.get(fixture.districtManager(), forTheOutbox.id()).status())
                .isEqualTo(ActionStatus.APPROVED);
    }

    @Test
    void handWorkIsFinal() {
        assertThat(ActionStatus.PROPOSED.canMoveTo(ActionStatus.MANUAL)).isTrue();
        assertThat(ActionStatus.MANUAL.next()).containsExactlyInAnyOrder(ActionStatus.DONE_BY_HAND,
                ActionStatus.NOT_DONE);
        assertThat(ActionStatus.DONE_BY_HAND.next()).isEmpty();
        assertThat(ActionStatus.NOT_DONE.next()).isEmpty();
        assertThat(ActionStatus.MANUAL.pending()).isFalse();
        assertThat(service.propose(fixture.proposal(fixture.storeB, discount("10"))).status())
                .as("store B's POS applies discounts").isNotEqualTo(ActionStatus.MANUAL);
    }

    /** An order store B's POS cannot place, approved by the district manager: hand work. */
    private ProposedAction approvedByHand(ActionChange change) {
        ProposedAction proposed = service.propose(fixture.proposal(fixture.storeB, change));
        ProposedAction approved = service.approve(fixture.districtManager(), proposed.id());
        assertThat(approved.status()).isEqualTo(ActionStatus.MANUAL);
        return approved;
    }
}

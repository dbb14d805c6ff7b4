package com.storedesk.actions;

import static com.storedesk.actions.Changes.discount;
import static com.storedesk.actions.Changes.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.actions.outbox.Backoff;
import com.storedesk.actions.outbox.OutboxWorker;
import com.storedesk.actions.store.ActionRepository;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the store's POS cannot apply is approved as work to do there by hand, and never sent. */
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
    void handWorkIsFinal() {
        assertThat(ActionStatus.PROPOSED.canMoveTo(ActionStatus.MANUAL)).isTrue();
        assertThat(ActionStatus.MANUAL.next()).isEmpty();
        assertThat(ActionStatus.MANUAL.pending()).isFalse();
        assertThat(service.propose(fixture.proposal(fixture.storeB, discount("10"))).status())
                .as("store B's POS applies discounts").isNotEqualTo(ActionStatus.MANUAL);
    }
}

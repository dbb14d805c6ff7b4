package com.storedesk.actions;

import static com.storedesk.actions.Changes.discount;
import static com.storedesk.actions.Changes.markdown;
import static com.storedesk.actions.Changes.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.actions.ActionRefusedException.Reason;
import com.storedesk.actions.policy.ApprovalLevel;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.data.Database;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The action service on H2; {@code ActionsOnPostgresTest} runs the same on PostgreSQL. */
class ActionServiceTest {

    private final ServiceFixture fixture = new ServiceFixture(openDatabase());
    private final ActionService service = fixture.service;

    /** Called once per test, before the fields of a subclass are set. */
    Database openDatabase() {
        return ActionsDatabase.open();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aProposalIsStoredRoutedAndReadBackWithEverythingItCarries() {
        Proposal proposal = fixture.proposal(fixture.storeA, discount("20"));
        ProposedAction action = service.propose(proposal);

        ProposedAction read = service.get(fixture.storeManager(fixture.storeA), action.id());
        assertThat(read.status()).isEqualTo(ActionStatus.PROPOSED);
        assertThat(read.change()).isEqualTo(proposal.change());
        assertThat(read.rationale()).isEqualTo(proposal.rationale());
        assertThat(read.evidence()).isEqualTo(proposal.evidence());
        assertThat(read.proposer()).isEqualTo(proposal.proposer());
        assertThat(read.expiresAt()).isEqualTo(proposal.expiresAt());
        assertThat(read.routing().level()).isEqualTo(ApprovalLevel.STORE_MANAGER);
        assertThat(read.routing().rule().describe()).isEqualTo("SALE_DISCOUNT.PERCENT>15");
        assertThat(read.idempotencyKey()).isNotBlank();
        assertThat(fixture.auditedSteps()).containsExactly(AuditAction.ACTION_PROPOSED);
        assertThat(fixture.audited.get(0).storeId()).isEqualTo(fixture.storeA);
        assertThat(fixture.audited.get(0).actor()).isEqualTo("test-rule");
    }

    @Test
    void aModelsProposalKeepsItsPromptIdAndVersion() {
        Proposal proposal = fixture.proposal(fixture.storeA, discount("20"));
        Proposer model = Proposer.model("briefing", "gpt-4o-mini", "markdown-advice", "3");
        ProposedAction action = service.propose(new Proposal(proposal.storeId(), proposal.change(),
                proposal.rationale(), proposal.evidence(), model, proposal.expiresAt()));

        assertThat(service.get(fixture.districtManager(), action.id()).proposer()).isEqualTo(model);
        assertThat(fixture.audited.get(0).details().get("proposer")).contains("gpt-4o-mini", "markdown-advice@3");
    }

    @Test
    void whatThePolicyLetsApplyAutomaticallyIsApprovedByThePolicyAtOnce() {
        ProposedAction action = service.propose(fixture.proposal(fixture.storeA, discount("15")));

        assertThat(action.status()).isEqualTo(ActionStatus.APPROVED);
        assertThat(action.decision().actor()).isEqualTo("policy");
        assertThat(action.routing().level()).isEqualTo(ApprovalLevel.AUTOMATIC);
        assertThat(fixture.auditedSteps()).containsExactly(AuditAction.ACTION_PROPOSED, AuditAction.ACTION_APPROVED);
    }

    @Test
    void theSameProposerProposingForTheSameTargetWhilePendingIsStoredOnce() {
        ProposedAction first = service.propose(fixture.proposal(fixture.storeA, discount("20")));
        ProposedAction again = service.propose(fixture.proposal(fixture.storeA, discount("25")));
        ProposedAction otherRule = service.propose(fixture.proposal(fixture.storeA, discount("20"), "other-rule"));
        ProposedAction otherStore = service.propose(fixture.proposal(fixture.storeB, discount("20")));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.idempotencyKey()).isEqualTo(first.idempotencyKey());
        assertThat(otherRule.id()).isNotEqualTo(first.id());
        assertThat(otherStore.id()).isNotEqualTo(first.id());
        assertThat(service.list(fixture.administrator(), ActionFilter.all())).hasSize(3);

        service.reject(fixture.storeManager(fixture.storeA), first.id(), "Not before the weekend");
        assertThat(service.propose(fixture.proposal(fixture.storeA, discount("20"))).id())
                .as("decided: the rule may suggest it again").isNotEqualTo(first.id());
    }

    @Test
    void aStoreManagerApprovesTheirOwnStoresActionsOnly() {
        ProposedAction inA = service.propose(fixture.proposal(fixture.storeA, discount("20")));
        ProposedAction inB = service.propose(fixture.proposal(fixture.storeB, discount("20")));

        assertRefused(() -> service.approve(fixture.storeManager(fixture.storeA), inB.id()), Reason.NOT_FOUND);
        assertRefused(() -> service.get(fixture.storeManager(fixture.storeA), inB.id()), Reason.NOT_FOUND);
        assertThat(service.list(fixture.storeManager(fixture.storeA), ActionFilter.all()))
                .extracting(ProposedAction::id).containsExactly(inA.id());
        assertThat(service.list(fixture.storeManager(fixture.storeA), ActionFilter.all().withStores(Set.of(fixture.storeB))))
                .as("asking for B's does not show them").isEmpty();

        ProposedAction approved = service.approve(fixture.storeManager(fixture.storeA), inA.id());
        assertThat(approved.status()).isEqualTo(ActionStatus.APPROVED);
        assertThat(approved.decision().actor()).isEqualTo("manager-" + fixture.storeA);
        assertThat(service.get(fixture.storeManager(fixture.storeB), inB.id()).status())
                .isEqualTo(ActionStatus.PROPOSED);
    }

    @Test
    void anAssociateNeitherSeesNorDecidesAndAnAdministratorSeesButDoesNotDecide() {
        ProposedAction action = service.propose(fixture.proposal(fixture.storeA, discount("20")));

        assertRefused(() -> service.list(fixture.associate(fixture.storeA), ActionFilter.all()), Reason.NOT_PERMITTED);
        assertRefused(() -> service.approve(fixture.associate(fixture.storeA), action.id()), Reason.NOT_FOUND);
        assertRefused(() -> service.reject(fixture.associate(fixture.storeA), action.id(), "no"), Reason.NOT_FOUND);
        assertThat(service.awaitingDecision(fixture.associate(fixture.storeA))).isEmpty();

        assertThat(service.list(fixture.administrator(), ActionFilter.all())).hasSize(1);
        assertRefused(() -> service.approve(fixture.administrator(), action.id()), Reason.NOT_PERMITTED);
        assertThat(service.get(fixture.administrator(), action.id()).status()).isEqualTo(ActionStatus.PROPOSED);
    }

    @Test
    void aDistrictLevelActionNeedsADistrictManager() {
        ProposedAction big = service.propose(fixture.proposal(fixture.storeA, order(600, 1_000)));
        assertThat(big.routing().level()).isEqualTo(ApprovalLevel.DISTRICT_MANAGER);

        assertRefused(() -> service.approve(fixture.storeManager(fixture.storeA), big.id()), Reason.NOT_PERMITTED);
        assertThat(service.awaitingDecision(fixture.storeManager(fixture.storeA))).isEmpty();
        assertThat(service.awaitingDecision(fixture.districtManager())).extracting(ProposedAction::id)
                .containsExactly(big.id());
        assertThat(service.approve(fixture.districtManager(), big.id()).status()).isEqualTo(ActionStatus.APPROVED);
    }

    @Test
    void mayDecideAnswersAsApprovalWouldAndRouteShowsWhereAnEditWouldGo() {
        ProposedAction storeLevel = service.propose(fixture.proposal(fixture.storeA, discount("20")));
        ProposedAction districtLevel = service.propose(fixture.proposal(fixture.storeA, markdown(60_000, 50_000)));

        assertThat(service.mayDecide(fixture.storeManager(fixture.storeA), storeLevel)).isTrue();
        assertThat(service.mayDecide(fixture.storeManager(fixture.storeB), storeLevel)).isFalse();
        assertThat(service.mayDecide(fixture.storeManager(fixture.storeA), districtLevel)).isFalse();
        assertThat(service.mayDecide(fixture.districtManager(), districtLevel)).isTrue();
        assertThat(service.mayDecide(fixture.administrator(), storeLevel)).isFalse();
        assertThat(service.route(discount("10")).level()).isEqualTo(ApprovalLevel.AUTOMATIC);
        assertThat(service.route(discount("16")).level()).isEqualTo(ApprovalLevel.STORE_MANAGER);
    }

    @Test
    void aRejectionNeedsAReasonAndKeepsIt() {
        ProposedAction action = service.propose(fixture.proposal(fixture.storeA, discount("20")));

        assertRefused(() -> service.reject(fixture.storeManager(fixture.storeA), action.id(), "  "),
                Reason.REASON_REQUIRED);
        ProposedAction rejected = service.reject(fixture.storeManager(fixture.storeA), action.id(), "Too deep");

        assertThat(rejected.status()).isEqualTo(ActionStatus.REJECTED);
        assertThat(rejected.decision().reason()).isEqualTo("Too deep");
        AuditEvent last = fixture.audited.get(fixture.audited.size() - 1);
        assertThat(last.action()).isEqualTo(AuditAction.ACTION_REJECTED);
        assertThat(last.details()).containsEntry("reason", "Too deep");
        assertRefused(() -> service.approve(fixture.storeManager(fixture.storeA), action.id()),
                Reason.ILLEGAL_TRANSITION);
    }

    @Test
    void anEditIsRoutedAgainAndTheEditorMustBeAllowedBothLevels() {
        ProposedAction action = service.propose(fixture.proposal(fixture.storeA, discount("20")));

        ProposedAction lowered = service.approveEdited(fixture.storeManager(fixture.storeA), action.id(),
                discount("10"));
        assertThat(lowered.status()).isEqualTo(ActionStatus.APPROVED);
        assertThat(lowered.proposed()).isEqualTo(discount("20"));
        assertThat(lowered.change()).isEqualTo(discount("10"));
        assertThat(lowered.routing().level()).as("10 % applies automatically").isEqualTo(ApprovalLevel.AUTOMATIC);

        ProposedAction order = service.propose(fixture.proposal(fixture.storeA, order(200, 1_000)));
        assertRefused(() -> service.approveEdited(fixture.storeManager(fixture.storeA), order.id(), order(600, 1_000)),
                Reason.NOT_PERMITTED);
        assertRefused(() -> service.approveEdited(fixture.storeManager(fixture.storeA), order.id(),
                markdown(1_000, 900)), Reason.EDIT_MISMATCH);
        assertThat(service.get(fixture.storeManager(fixture.storeA), order.id()).status())
                .isEqualTo(ActionStatus.PROPOSED);
    }

    @Test
    void bulkApprovalChecksEachAction() {
        ProposedAction small = service.propose(fixture.proposal(fixture.storeA, discount("20")));
        ProposedAction big = service.propose(fixture.proposal(fixture.storeA, order(600, 1_000)));
        ProposedAction elsewhere = service.propose(fixture.proposal(fixture.storeB, markdown(1_000, 500)));

        BulkApproval result = service.approveAll(fixture.storeManager(fixture.storeA),
                List.of(small.id(), big.id(), elsewhere.id()));

        assertThat(result.approved()).extracting(ProposedAction::id).containsExactly(small.id());
        assertThat(result.refused()).containsEntry(big.id(), Reason.NOT_PERMITTED)
                .containsEntry(elsewhere.id(), Reason.NOT_FOUND);
    }

    @Test
    void pendingActionsExpireWhenTheirTimeIsUpAndCannotBeApprovedAfter() {
        ProposedAction action = service.propose(fixture.proposal(fixture.storeA, discount("20")));
        assertThat(service.expireDue()).isZero();

        fixture.clock.advance(Duration.ofDays(2));
        assertRefused(() -> service.approve(fixture.storeManager(fixture.storeA), action.id()), Reason.EXPIRED);
        assertThat(service.expireDue()).isEqualTo(1);
        assertThat(service.expireDue()).isZero();

        assertThat(service.get(fixture.storeManager(fixture.storeA), action.id()).status())
                .isEqualTo(ActionStatus.EXPIRED);
        assertThat(fixture.auditedSteps()).endsWith(AuditAction.ACTION_EXPIRED);
    }

    @Test
    void theOutboxSendsConfirmsFailsAndRetriesWithTheSameKey() {
        ProposedAction action = service.propose(fixture.proposal(fixture.storeA, discount("20")));
        assertRefused(() -> service.markSent(action.id()), Reason.ILLEGAL_TRANSITION);
        service.approve(fixture.storeManager(fixture.storeA), action.id());

        assertThat(service.markSent(action.id()).attempts()).isEqualTo(1);
        ProposedAction failed = service.markFailed(action.id(), "POS timed out");
        assertThat(failed.status()).isEqualTo(ActionStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo("POS timed out");

        assertRefused(() -> service.retry(fixture.storeManager(fixture.storeB), action.id()), Reason.NOT_FOUND);
        assertThat(service.retry(fixture.storeManager(fixture.storeA), action.id()).status())
                .isEqualTo(ActionStatus.APPROVED);
        assertThat(service.markSent(action.id()).attempts()).isEqualTo(2);
        ProposedAction confirmed = service.markConfirmed(action.id());

        assertThat(confirmed.status()).isEqualTo(ActionStatus.CONFIRMED);
        assertThat(confirmed.failureReason()).isNull();
        assertThat(confirmed.idempotencyKey()).isEqualTo(action.idempotencyKey());
        assertRefused(() -> service.markFailed(action.id(), "late"), Reason.ILLEGAL_TRANSITION);
        assertThat(fixture.auditedSteps()).containsSubsequence(AuditAction.ACTION_SENT, AuditAction.ACTION_FAILED,
                AuditAction.ACTION_APPROVED, AuditAction.ACTION_SENT, AuditAction.ACTION_CONFIRMED);
    }

    @Test
    void theListFiltersByTypeStatusAndAgeNewestFirst() {
        ProposedAction older = service.propose(fixture.proposal(fixture.storeA, discount("20")));
        fixture.clock.advance(Duration.ofHours(3));
        ProposedAction newer = service.propose(fixture.proposal(fixture.storeA, markdown(1_000, 500)));
        ProposedAction automatic = service.propose(fixture.proposal(fixture.storeB, order(1, 100)));

        assertThat(service.list(fixture.districtManager(), ActionFilter.all())).extracting(ProposedAction::id)
                .containsExactly(automatic.id(), newer.id(), older.id());
        assertThat(service.list(fixture.districtManager(), ActionFilter.all().withTypes(Set.of(ActionType.MARKDOWN))))
                .extracting(ProposedAction::id).containsExactly(newer.id());
        assertThat(service.list(fixture.districtManager(), ActionFilter.pending())).extracting(ProposedAction::id)
                .containsExactly(newer.id(), older.id());
        assertThat(service.list(fixture.districtManager(), ActionFilter.all().since(fixture.clock.instant())))
                .extracting(ProposedAction::id).containsExactly(automatic.id(), newer.id());
    }

    private static void assertRefused(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOf(ActionRefusedException.class)
                .extracting(e -> ((ActionRefusedException) e).reason()).isEqualTo(reason);
    }
}

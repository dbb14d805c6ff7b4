package com.storedesk.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.actions.ActionRefusedException.Reason;
import com.storedesk.actions.help.Exchange;
import com.storedesk.actions.help.HelpCall;
import com.storedesk.actions.help.HelpRequest;
import com.storedesk.actions.help.HelpRequests;
import com.storedesk.actions.outbox.Backoff;
import com.storedesk.actions.outbox.OutboxWorker;
import com.storedesk.actions.policy.ApprovalLevel;
import com.storedesk.actions.policy.ApprovalPolicy;
import com.storedesk.actions.policy.Measure;
import com.storedesk.actions.store.ActionRepository;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An associate calls a manager from the copilot: a help request through the inbox, never to the POS. */
class HelpRequestsTest {

    private static final String QUESTION = "Can Mrs Jane Example return the opened kettle?";
    private static final String ANSWER = "Opened small appliances come back within 14 days with the receipt.";
    private static final String REASON = "Jane Example wants a price match";
    private static final String CARD = "LOY-99017";

    private final ServiceFixture fixture = new ServiceFixture(ActionsDatabase.open());
    private final HelpRequests help = new HelpRequests(fixture.service, new ActionRepository(fixture.database),
            fixture.clock);
    private final UserSession maria = new UserSession("Maria Lopez", Role.ASSOCIATE, false, Set.of(fixture.storeA),
            "maria");

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aCallPutsTheRequestInTheStoreManagersInboxWithTheConversation() {
        HelpCall call = help.call(maria, request(fixture.storeA));

        ProposedAction request = call.request();
        assertThat(call.alreadyOpen()).isFalse();
        assertThat(request.type()).isEqualTo(ActionType.ASSISTANCE);
        assertThat(request.status()).isEqualTo(ActionStatus.PROPOSED);
        assertThat(request.routing().level()).isEqualTo(ApprovalLevel.STORE_MANAGER);
        assertThat(request.routing().rule().measure()).isEqualTo(Measure.EVERY);
        assertThat(request.proposer()).isEqualTo(Proposer.person("maria"));
        assertThat(request.change()).isEqualTo(new ActionChange.AssistanceRequest("Maria Lopez", 41L, CARD, REASON));
        assertThat(request.evidence().figures()).extracting(f -> f.key() + "=" + f.figure().value()).containsExactly(
                "action.figure.customerCard=" + CARD, "action.figure.question=" + QUESTION,
                "action.figure.answer=" + ANSWER);
        assertThat(request.expiresAt()).isEqualTo(fixture.clock.instant().plus(HelpRequests.OPEN_FOR));

        assertThat(fixture.service.awaitingDecision(fixture.storeManager(fixture.storeA))).extracting(ProposedAction::id)
                .containsExactly(request.id());
        assertThat(fixture.service.awaitingDecision(fixture.storeManager(fixture.storeB))).isEmpty();
        assertThat(fixture.service.awaitingDecision(fixture.districtManager())).extracting(ProposedAction::id)
                .as("a district manager stands in").containsExactly(request.id());
        assertThat(fixture.service.awaitingDecision(maria)).as("associates see no inbox").isEmpty();
        assertThat(fixture.audited).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.ACTION_PROPOSED);
            assertThat(event.actor()).isEqualTo("maria");
            assertThat(event.subject()).isEqualTo("action:" + request.id());
        });
    }

    @Test
    void aSecondCallWhileOneWaitsAddsNothingAndAnAnsweredOneAllowsANewCall() {
        ProposedAction first = help.call(maria, request(fixture.storeA)).request();

        HelpCall again = help.call(maria, new HelpRequest(fixture.storeA, "Maria Lopez", null, null, "still here",
                List.of()));
        assertThat(again.alreadyOpen()).isTrue();
        assertThat(again.request().id()).isEqualTo(first.id());
        assertThat(fixture.service.list(fixture.districtManager(), ActionFilter.all())).hasSize(1);
        assertThat(fixture.auditedSteps()).containsExactly(AuditAction.ACTION_PROPOSED);

        UserSession colleague = new UserSession("Ben", Role.ASSOCIATE, false, Set.of(fixture.storeA), "ben");
        assertThat(help.call(colleague, request(fixture.storeA)).alreadyOpen()).as("another associate asks for themself")
                .isFalse();

        fixture.service.approve(fixture.storeManager(fixture.storeA), first.id());
        HelpCall after = help.call(maria, request(fixture.storeA));
        assertThat(after.alreadyOpen()).isFalse();
        assertThat(after.request().id()).isNotEqualTo(first.id());
    }

    @Test
    void onMyWayMarksItHandledAuditedAndTheAssociateSeesWhoIsComing() {
        ProposedAction request = help.call(maria, request(fixture.storeA)).request();
        UserSession sam = new UserSession("Sam Manager", Role.STORE_MANAGER, false, Set.of(fixture.storeA), "sam");

        ProposedAction handled = fixture.service.approve(sam, request.id());

        assertThat(handled.status()).isEqualTo(ActionStatus.HANDLED);
        assertThat(handled.decision().actor()).isEqualTo("Sam Manager");
        assertThat(fixture.auditedSteps()).containsExactly(AuditAction.ACTION_PROPOSED, AuditAction.ACTION_APPROVED);
        AuditEvent approved = fixture.audited.get(1);
        assertThat(approved.actor()).isEqualTo("sam");
        assertThat(approved.details()).containsEntry("status", "HANDLED").containsEntry("type", "ASSISTANCE");
        ProposedAction seen = help.follow(maria, request.id());
        assertThat(seen.status()).isEqualTo(ActionStatus.HANDLED);
        assertThat(help.waiting(seen)).isFalse();
        assertThat(fixture.service.awaitingDecision(sam)).isEmpty();
    }

    @Test
    void aHelpRequestNeverReachesTheOutboxNorAsksWhetherThePosCanApplyIt() {
        ActionService refusingPos = new ActionService(new ActionRepository(fixture.database), fixture.policies,
                new Approvers(), fixture.audited::add, fixture.clock, (store, change) -> Optional.of("source.clover"));
        HelpRequests helpAtClover = new HelpRequests(refusingPos, new ActionRepository(fixture.database), fixture.clock);
        ProposedAction request = helpAtClover.call(maria, request(fixture.storeA)).request();
        assertThat(refusingPos.manualAt(request)).as("no 'the POS cannot apply this' warning").isEmpty();

        ProposedAction handled = refusingPos.approve(fixture.storeManager(fixture.storeA), request.id());

        assertThat(handled.status()).isEqualTo(ActionStatus.HANDLED);
        assertThat(refusingPos.outboxDue()).isEmpty();
        OutboxWorker worker = new OutboxWorker(refusingPos, action -> {
            throw new AssertionError("A help request reached the POS");
        }, Backoff.DEFAULT, fixture.clock);
        assertThat(worker.runOnce()).isZero();
        assertThat(fixture.auditedSteps()).doesNotContain(AuditAction.ACTION_SENT);
        assertThatThrownBy(() -> refusingPos.markSent(request.id())).isInstanceOf(ActionRefusedException.class);
    }

    @Test
    void aPolicyWithoutRulesStillSendsHelpToAManagerNotToNoOne() {
        fixture.policies.update(fixture.administrator(), new ApprovalPolicy(List.of()));

        ProposedAction request = help.call(maria, request(fixture.storeA)).request();

        assertThat(request.status()).isEqualTo(ActionStatus.PROPOSED);
        assertThat(request.routing().level()).isEqualTo(ApprovalLevel.STORE_MANAGER);
    }

    @Test
    void withNoManagerToAnswerItWaitsInTheQueueUntilItExpires() {
        ProposedAction request = help.call(maria, request(fixture.storeA)).request();
        fixture.clock.advance(Duration.ofHours(7));
        assertThat(fixture.service.expireDue()).isZero();
        assertThat(fixture.service.awaitingDecision(fixture.storeManager(fixture.storeA))).hasSize(1);

        fixture.clock.advance(Duration.ofHours(1));
        assertThat(fixture.service.expireDue()).isOne();
        assertThat(help.follow(maria, request.id()).status()).isEqualTo(ActionStatus.EXPIRED);
    }

    @Test
    void declinedWithAReasonTheAssociateReadsButTheAuditDoesNotCopy() {
        ProposedAction request = help.call(maria, request(fixture.storeA)).request();

        fixture.service.reject(fixture.storeManager(fixture.storeA), request.id(), "With Jane Example's husband now");

        assertThat(help.follow(maria, request.id()).decision().reason()).isEqualTo("With Jane Example's husband now");
        assertThat(fixture.audited.get(1).details()).containsEntry("reasonGiven", "true").doesNotContainKey("reason");
    }

    @Test
    void theAuditTrailRefersToTheRequestAndCopiesNothingTheAssociateOrCustomerSaid() {
        ProposedAction request = help.call(maria, request(fixture.storeA)).request();
        fixture.service.reject(fixture.storeManager(fixture.storeA), request.id(), "Busy with " + REASON);

        assertThat(fixture.audited).hasSize(2).allSatisfy(event -> {
            assertThat(event.subject()).isEqualTo("action:" + request.id());
            assertThat(String.join(" ", event.details().values())).doesNotContain("Jane", "kettle", "price match",
                    CARD);
        });
        assertThat(request.change().toString()).doesNotContain("Jane", CARD, "Maria");
    }

    @Test
    void helpIsAnsweredOneAtATimeAndNeverEdited() {
        ProposedAction request = help.call(maria, request(fixture.storeA)).request();
        UserSession manager = fixture.storeManager(fixture.storeA);

        BulkApproval bulk = fixture.service.approveAll(manager, List.of(request.id()));
        assertThat(bulk.approved()).isEmpty();
        assertThat(bulk.refused()).containsEntry(request.id(), Reason.ONE_AT_A_TIME);
        assertThatThrownBy(() -> fixture.service.approveEdited(manager, request.id(),
                new ActionChange.AssistanceRequest("Maria Lopez", null, null, "other")))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.EDIT_MISMATCH));
        assertThat(help.follow(maria, request.id()).status()).isEqualTo(ActionStatus.PROPOSED);
    }

    @Test
    void onlyTheAskerAndTheStoresManagersFollowARequestAndNoOneCallsForAnotherStore() {
        ProposedAction request = help.call(maria, request(fixture.storeA)).request();
        UserSession ben = new UserSession("Ben", Role.ASSOCIATE, false, Set.of(fixture.storeA), "ben");

        assertThat(help.follow(fixture.storeManager(fixture.storeA), request.id()).id()).isEqualTo(request.id());
        assertThatThrownBy(() -> help.follow(ben, request.id())).isInstanceOfSatisfying(ActionRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        assertThatThrownBy(() -> help.follow(fixture.storeManager(fixture.storeB), request.id()))
                .isInstanceOf(ActionRefusedException.class);
        assertThatThrownBy(() -> help.call(maria, request(fixture.storeB)))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_PERMITTED));
        assertThatThrownBy(() -> help.call(UserSession.signedOut(), request(fixture.storeA)))
                .isInstanceOf(ActionRefusedException.class);
    }

    @Test
    void aLongConversationKeepsTheLatestExchangesCutToALengthTheDatabaseHolds() {
        String longAnswer = String.join("", Collections.nCopies(500, "\"quoted\" "));
        List<Exchange> many = IntStream.range(0, 20).mapToObj(i -> new Exchange("Question " + i + " " + "x".repeat(900),
                longAnswer)).toList();

        ProposedAction request = help.call(maria, new HelpRequest(fixture.storeA, "Maria Lopez", null, null,
                "a".repeat(400), many)).request();

        List<Evidence.NamedFigure> figures = request.evidence().figures();
        assertThat(figures.get(0).key()).isEqualTo("action.figure.earlierQuestions");
        assertThat(figures.get(0).figure().value()).isEqualTo(Integer.toString(20 - HelpRequests.MOST_EXCHANGES));
        assertThat(figures).hasSize(1 + 2 * HelpRequests.MOST_EXCHANGES);
        assertThat(figures.get(1).figure().value()).startsWith("Question 14 ").endsWith("\u2026").hasSizeLessThan(400);
        assertThat(((ActionChange.AssistanceRequest) request.change()).reason())
                .hasSize(ActionChange.AssistanceRequest.REASON_LENGTH);
    }

    private static HelpRequest request(long store) {
        return new HelpRequest(store, "Maria Lopez", 41L, CARD, REASON, List.of(new Exchange(QUESTION, ANSWER)));
    }
}

package com.storedesk.actions;

import com.storedesk.actions.ActionRefusedException.Reason;
import com.storedesk.actions.policy.ApprovalLevel;
import com.storedesk.actions.policy.PolicyRouter;
import com.storedesk.actions.policy.PolicyService;
import com.storedesk.actions.policy.Routing;
import com.storedesk.actions.store.ActionRepository;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.audit.AuditTrail;
import com.storedesk.security.UserSession;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Proposed actions through their life. Proposers call {@link #propose}; people list, approve, edit
 * and reject through the methods taking a {@link UserSession}, each checking the session's role
 * and stores ({@link Approvers}); the outbox moves approved actions through sent, confirmed and
 * failed. Every step is recorded in the audit trail. Blocking: call it off the FX thread.
 */
public final class ActionService {

    /** The audit actor for steps no person took: expiry. */
    public static final String SYSTEM = "system";
    /** The audit actor for the outbox's moves. */
    public static final String OUTBOX = "outbox";

    private final ActionRepository repository;
    private final PolicyService policies;
    private final PolicyRouter router = new PolicyRouter();
    private final Approvers approvers;
    private final AuditTrail audit;
    private final Clock clock;
    private final PosCapabilities capabilities;

    /** A service for stores whose POS applies every change. */
    public ActionService(ActionRepository repository, PolicyService policies, Approvers approvers, AuditTrail audit,
            Clock clock) {
        this(repository, policies, approvers, audit, clock, PosCapabilities.EVERYTHING);
    }

    /** A service that approves what the store's POS cannot apply as {@link ActionStatus#MANUAL}. */
    public ActionService(ActionRepository repository, PolicyService policies, Approvers approvers, AuditTrail audit,
            Clock clock, PosCapabilities capabilities) {
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.approvers = Objects.requireNonNull(approvers, "approvers");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores a proposal routed by the policy in force; one the policy lets apply automatically is
     * approved at once. If the same proposer already has a pending proposal for the same target at
     * the store, that one is returned and nothing is stored.
     */
    public ProposedAction propose(Proposal proposal) {
        Instant now = clock.instant();
        if (!proposal.expiresAt().isAfter(now)) {
            throw new IllegalArgumentException("A proposal that has already expired: " + proposal.expiresAt());
        }
        Routing routing = router.route(policies.current(), proposal.change());
        String key = UUID.randomUUID().toString();
        OptionalLong id = repository.insert(proposal, routing, key, now);
        if (id.isEmpty()) {
            return repository.findPending(ActionRepository.pendingKey(proposal)).orElseThrow();
        }
        ProposedAction stored = repository.find(id.getAsLong()).orElseThrow();
        record(proposal.proposer().name(), AuditAction.ACTION_PROPOSED, stored, Map.of(
                "proposer", proposal.proposer().kind() + ":" + proposal.proposer().name()
                        + (proposal.proposer().model() == null ? "" : " " + proposal.proposer().model() + " "
                                + proposal.proposer().promptId() + "@" + proposal.proposer().promptVersion())));
        // What the POS cannot apply waits for a person even under an automatic rule: someone has to do it by hand.
        if (routing.level() == ApprovalLevel.AUTOMATIC && stored.type().reachesPos() && manualAt(stored).isEmpty()
                && repository.decide(stored.id(), ActionStatus.APPROVED, new Decision(Decision.POLICY, now, null),
                        null, routing)) {
            stored = repository.find(stored.id()).orElseThrow();
            record(Decision.POLICY, AuditAction.ACTION_APPROVED, stored, Map.of());
        }
        return stored;
    }

    /** The actions the filter asks for in the stores the session may see, newest first. */
    public List<ProposedAction> list(UserSession session, ActionFilter filter) {
        if (!approvers.mayList(session)) {
            throw new ActionRefusedException(Reason.NOT_PERMITTED, "This role does not see proposed actions");
        }
        return repository.list(filter, session.allStores() ? null : session.storeIds());
    }

    /** The pending actions this session may decide: the inbox badge's count and bulk approval's choice. */
    public List<ProposedAction> awaitingDecision(UserSession session) {
        if (!approvers.mayList(session)) {
            return List.of();
        }
        return list(session, ActionFilter.pending()).stream()
                .filter(action -> approvers.mayDecide(session, action.routing().level(), action.storeId()))
                .toList();
    }

    /**
     * Whether the session may decide (approve, reject, edit, retry) this action by its level and
     * store, whatever its status: what a screen asks before offering the buttons.
     */
    public boolean mayDecide(UserSession session, ProposedAction action) {
        return approvers.mayDecide(session, action.routing().level(), action.storeId());
    }

    /** Where the policy in force would send {@code edited}: shown before an edit is approved. */
    public Routing route(ActionChange edited) {
        return router.route(policies.current(), edited);
    }

    public ProposedAction get(UserSession session, long id) {
        return repository.find(id).filter(action -> approvers.maySee(session, action.storeId()))
                .orElseThrow(() -> new ActionRefusedException(Reason.NOT_FOUND, "No proposed action " + id));
    }

    /**
     * Approves a pending action: for the outbox to send, or, when the store's POS cannot apply it,
     * recorded as {@link ActionStatus#MANUAL} for a person to do at the POS by hand.
     */
    public ProposedAction approve(UserSession session, long id) {
        ProposedAction action = decidable(session, id);
        return decide(session, action, approved(action.storeId(), action.change()), null, action.routing(), null);
    }

    /**
     * The bundle key of the store's POS platform's name when it cannot apply the action's change, so
     * approving it records the decision only; empty when the outbox will send it.
     */
    public Optional<String> manualAt(ProposedAction action) {
        return action.type().reachesPos() ? capabilities.cannotApply(action.storeId(), action.change())
                : Optional.empty();
    }

    /** Approved for the outbox, by hand when the POS cannot apply it, or handled when it is no POS change at all. */
    private ActionStatus approved(long storeId, ActionChange change) {
        if (!change.type().reachesPos()) {
            return ActionStatus.HANDLED;
        }
        return capabilities.cannotApply(storeId, change).isPresent() ? ActionStatus.MANUAL : ActionStatus.APPROVED;
    }

    /** Rejects a pending action; the reason is required and kept with the decision. */
    public ProposedAction reject(UserSession session, long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ActionRefusedException(Reason.REASON_REQUIRED, "A rejection needs a reason");
        }
        ProposedAction action = decidable(session, id);
        return decide(session, action, ActionStatus.REJECTED, null, action.routing(), reason.strip());
    }

    /**
     * Approves an edited version of a pending action (the same type and target, other values). The
     * edit is routed again, and the session must be allowed to decide both the action as proposed
     * and as edited: lowering a discount may make it automatic, raising an order may put it beyond
     * a store manager.
     */
    public ProposedAction approveEdited(UserSession session, long id, ActionChange edited) {
        ProposedAction action = decidable(session, id);
        if (!action.type().reachesPos() || edited.type() != action.type()
                || !edited.target().equals(action.proposed().target())) {
            throw new ActionRefusedException(Reason.EDIT_MISMATCH, "An edit changes values, not what is changed");
        }
        Routing routing = router.route(policies.current(), edited);
        if (!approvers.mayDecide(session, routing.level(), action.storeId())) {
            throw new ActionRefusedException(Reason.NOT_PERMITTED, "The edited action needs " + routing.level());
        }
        return decide(session, action, approved(action.storeId(), edited), edited, routing, null);
    }

    /**
     * Approves each action the session may approve; the others are listed with the reason. A help
     * request is answered on its own: a manager says "on my way" to one associate at a time.
     */
    public BulkApproval approveAll(UserSession session, Collection<Long> ids) {
        List<ProposedAction> approved = new ArrayList<>();
        Map<Long, Reason> refused = new LinkedHashMap<>();
        for (long id : ids) {
            try {
                if (!get(session, id).type().reachesPos()) {
                    throw new ActionRefusedException(Reason.ONE_AT_A_TIME, "Help request " + id + " is answered alone");
                }
                approved.add(approve(session, id));
            } catch (ActionRefusedException e) {
                refused.put(id, e.reason());
            }
        }
        return new BulkApproval(approved, refused);
    }

    /** Moves every pending action whose time is up to expired; returns how many. */
    public int expireDue() {
        Instant now = clock.instant();
        int expired = 0;
        for (long id : repository.dueToExpire(now)) {
            if (repository.expire(id, now)) {
                record(SYSTEM, AuditAction.ACTION_EXPIRED, repository.find(id).orElseThrow(), Map.of());
                expired++;
            }
        }
        return expired;
    }

    /** The outbox hands an approved (or failed) action to the POS; counts the attempt. */
    public ProposedAction markSent(long id) {
        return outboxMove(id, AuditAction.ACTION_SENT, repository.sent(id, clock.instant()), Map.of());
    }

    public ProposedAction markConfirmed(long id) {
        return outboxMove(id, AuditAction.ACTION_CONFIRMED, repository.confirmed(id, clock.instant()), Map.of());
    }

    /** Failed for good: the action waits for a person's {@link #retry}. */
    public ProposedAction markFailed(long id, String reason) {
        return markFailed(id, reason, null);
    }

    /** Failed; the outbox sends it again by itself at {@code retryAt}, or never when it is null. */
    public ProposedAction markFailed(long id, String reason, Instant retryAt) {
        Objects.requireNonNull(reason, "reason");
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reason", reason);
        if (retryAt != null) {
            details.put("retryAt", retryAt.toString());
        }
        return outboxMove(id, AuditAction.ACTION_FAILED, repository.failed(id, reason, retryAt, clock.instant()),
                details);
    }

    /** What the outbox has to handle now, oldest first: approved, sent without an answer, failed and due again. */
    public List<ProposedAction> outboxDue() {
        return repository.outboxDue(clock.instant()).stream().map(repository::find).flatMap(Optional::stream)
                .toList();
    }

    /**
     * The outbox sends again an action it sent before without hearing back (it stopped in between),
     * with the same idempotency key; recorded as sent, not counted as a new attempt.
     */
    public ProposedAction markResent(long id) {
        ProposedAction action = repository.find(id)
                .orElseThrow(() -> new ActionRefusedException(Reason.NOT_FOUND, "No proposed action " + id));
        if (action.status() != ActionStatus.SENT) {
            throw new ActionRefusedException(Reason.ILLEGAL_TRANSITION,
                    "Only a sent action is sent again, action " + id + " is " + action.status());
        }
        record(OUTBOX, AuditAction.ACTION_SENT, action,
                Map.of("attempts", Integer.toString(action.attempts()), "resumed", "true"));
        return action;
    }

    /**
     * When the outbox will send a failed action again by itself; empty when it waits for a person
     * (or is not failed). For the inbox to say "trying again at ...".
     */
    public Optional<Instant> nextAttempt(UserSession session, long id) {
        return repository.nextAttempt(get(session, id).id());
    }

    /**
     * A person puts a failed action back to approved, for the outbox to send again with the same
     * idempotency key; allowed to whoever may decide its level.
     */
    public ProposedAction retry(UserSession session, long id) {
        ProposedAction action = get(session, id);
        if (!approvers.mayDecide(session, action.routing().level(), action.storeId())) {
            throw new ActionRefusedException(Reason.NOT_PERMITTED, "This session may not retry action " + id);
        }
        if (!repository.retried(id, clock.instant())) {
            throw illegal(action, ActionStatus.APPROVED);
        }
        ProposedAction retried = repository.find(id).orElseThrow();
        record(session.auditName(), AuditAction.ACTION_APPROVED, retried, Map.of("retry", "true"));
        return retried;
    }

    /**
     * A person did hand work ({@link ActionStatus#MANUAL}) at the POS: it becomes
     * {@link ActionStatus#DONE_BY_HAND}. Allowed to whoever may decide its level in its store; who and
     * when go to the audit trail.
     */
    public ProposedAction markDoneByHand(UserSession session, long id) {
        return handWork(session, id, ActionStatus.DONE_BY_HAND, null);
    }

    /**
     * A person could not do hand work at the POS (the item is gone, the till refused): it becomes
     * {@link ActionStatus#NOT_DONE} with the reason, which is required.
     */
    public ProposedAction markNotDone(UserSession session, long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ActionRefusedException(Reason.REASON_REQUIRED, "Saying it could not be done needs a reason");
        }
        return handWork(session, id, ActionStatus.NOT_DONE, reason.strip());
    }

    private ProposedAction handWork(UserSession session, long id, ActionStatus to, String reason) {
        ProposedAction action = get(session, id);
        if (!approvers.mayDecide(session, action.routing().level(), action.storeId())) {
            throw new ActionRefusedException(Reason.NOT_PERMITTED, "Action " + id + " needs " + action.routing().level());
        }
        if (!repository.doneByHand(id, to, reason, clock.instant())) {
            throw illegal(repository.find(id).orElse(action), to);
        }
        ProposedAction done = repository.find(id).orElseThrow();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("done", Boolean.toString(to == ActionStatus.DONE_BY_HAND));
        if (reason != null) {
            details.put("reason", reason);
        }
        record(session.auditName(), AuditAction.ACTION_DONE_BY_HAND, done, details);
        return done;
    }

    private ProposedAction decidable(UserSession session, long id) {
        ProposedAction action = get(session, id);
        if (!approvers.mayDecide(session, action.routing().level(), action.storeId())) {
            throw new ActionRefusedException(Reason.NOT_PERMITTED,
                    "Action " + id + " needs " + action.routing().level());
        }
        if (action.status() != ActionStatus.PROPOSED) {
            throw illegal(action, ActionStatus.APPROVED);
        }
        if (action.expiredAt(clock.instant())) {
            throw new ActionRefusedException(Reason.EXPIRED, "Action " + id + " expired at " + action.expiresAt());
        }
        return action;
    }

    private ProposedAction decide(UserSession session, ProposedAction action, ActionStatus to, ActionChange edited,
            Routing routing, String reason) {
        Decision decision = new Decision(session.displayName(), clock.instant(), reason);
        if (!repository.decide(action.id(), to, decision, edited, routing)) {
            throw illegal(repository.find(action.id()).orElse(action), to);
        }
        ProposedAction decided = repository.find(action.id()).orElseThrow();
        Map<String, String> details = new LinkedHashMap<>();
        if (reason != null) {
            // A help request's answer may name the customer: the trail says one was given, the inbox keeps it.
            details.put(action.type().reachesPos() ? "reason" : "reasonGiven",
                    action.type().reachesPos() ? reason : "true");
        }
        if (edited != null) {
            details.put("edited", "true");
            details.put("proposedLevel", action.routing().level().name());
        }
        if (to == ActionStatus.MANUAL) {
            details.put("byHand", "true");
        }
        record(session.auditName(), to == ActionStatus.REJECTED ? AuditAction.ACTION_REJECTED
                : AuditAction.ACTION_APPROVED, decided, details);
        return decided;
    }

    private ProposedAction outboxMove(long id, AuditAction step, boolean moved, Map<String, String> details) {
        ProposedAction action = repository.find(id)
                .orElseThrow(() -> new ActionRefusedException(Reason.NOT_FOUND, "No proposed action " + id));
        if (!moved) {
            throw new ActionRefusedException(Reason.ILLEGAL_TRANSITION,
                    step + " is not a move from " + action.status() + " (action " + id + ")");
        }
        Map<String, String> all = new LinkedHashMap<>(details);
        all.put("attempts", Integer.toString(action.attempts()));
        record(OUTBOX, step, action, all);
        return action;
    }

    private static ActionRefusedException illegal(ProposedAction action, ActionStatus to) {
        return new ActionRefusedException(Reason.ILLEGAL_TRANSITION,
                "Action " + action.id() + " is " + action.status() + ", it cannot become " + to);
    }

    private void record(String actor, AuditAction step, ProposedAction action, Map<String, String> extra) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("type", action.type().name());
        details.put("target", action.change().target());
        details.put("status", action.status().name());
        details.put("level", action.routing().level().name());
        details.put("rule", action.routing().rule() == null ? "none" : action.routing().rule().describe());
        details.put("idempotencyKey", action.idempotencyKey());
        details.putAll(extra);
        audit.record(new AuditEvent(actor, step, action.storeId(), "action:" + action.id(), details));
    }
}

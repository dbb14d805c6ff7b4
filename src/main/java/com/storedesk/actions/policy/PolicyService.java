package com.storedesk.actions.policy;

import com.storedesk.actions.ActionRefusedException;
import com.storedesk.actions.store.PolicyRepository;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.audit.AuditTrail;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The approval policy in force, and the one way to change it: by an administrator, recorded as
 * {@code POLICY_CHANGED} with the rules before and after. Blocking: call it off the FX thread.
 */
public final class PolicyService {

    private final PolicyRepository repository;
    private final AuditTrail audit;

    public PolicyService(PolicyRepository repository, AuditTrail audit) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    public ApprovalPolicy current() {
        return repository.load();
    }

    /** Replaces every rule; refused unless the session is an administrator's. */
    public void update(UserSession session, ApprovalPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (session.role() != Role.ADMINISTRATOR) {
            throw new ActionRefusedException(ActionRefusedException.Reason.NOT_PERMITTED,
                    "Only an administrator changes the approval policy");
        }
        ApprovalPolicy before = repository.load();
        repository.replace(policy);
        audit.record(new AuditEvent(session.auditName(), AuditAction.POLICY_CHANGED, null, "approval-policy",
                Map.of("before", describe(before), "after", describe(policy))));
    }

    private static String describe(ApprovalPolicy policy) {
        return policy.rules().stream().map(rule -> rule.describe() + "=" + rule.level())
                .collect(Collectors.joining(", "));
    }
}

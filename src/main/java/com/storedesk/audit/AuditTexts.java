package com.storedesk.audit;

import com.storedesk.i18n.Messages;
import java.util.Objects;

/** The trail's words in the user's language: action names and what verification found. */
public final class AuditTexts {

    private final Messages messages;

    public AuditTexts(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public Messages messages() {
        return messages;
    }

    /** The translated name of a stored action, or the stored text itself when this StoreDesk does not know it. */
    public String action(AuditEntry entry) {
        return entry.knownAction().map(this::action).orElse(entry.action());
    }

    public String action(AuditAction action) {
        return messages.get(switch (action) {
            case SIGN_IN -> "audit.action.SIGN_IN";
            case SIGN_IN_FAILED -> "audit.action.SIGN_IN_FAILED";
            case ACCOUNT_LOCKED -> "audit.action.ACCOUNT_LOCKED";
            case USER_CREATED -> "audit.action.USER_CREATED";
            case USER_CHANGED -> "audit.action.USER_CHANGED";
            case SETTINGS_CHANGED -> "audit.action.SETTINGS_CHANGED";
            case POLICY_CHANGED -> "audit.action.POLICY_CHANGED";
            case ACTION_PROPOSED -> "audit.action.ACTION_PROPOSED";
            case ACTION_APPROVED -> "audit.action.ACTION_APPROVED";
            case ACTION_REJECTED -> "audit.action.ACTION_REJECTED";
            case ACTION_EXPIRED -> "audit.action.ACTION_EXPIRED";
            case ACTION_SENT -> "audit.action.ACTION_SENT";
            case ACTION_CONFIRMED -> "audit.action.ACTION_CONFIRMED";
            case ACTION_FAILED -> "audit.action.ACTION_FAILED";
            case ACTION_DONE_BY_HAND -> "audit.action.ACTION_DONE_BY_HAND";
            case LLM_CALL -> "audit.action.LLM_CALL";
            case PROMPT_CHANGED -> "audit.action.PROMPT_CHANGED";
            case WEBHOOK_REJECTED -> "audit.action.WEBHOOK_REJECTED";
            case POS_CONNECTION_CHANGED -> "audit.action.POS_CONNECTION_CHANGED";
            case COUNT_STARTED -> "audit.action.COUNT_STARTED";
            case COUNT_FINISHED -> "audit.action.COUNT_FINISHED";
            case PLANOGRAM_IMPORTED -> "audit.action.PLANOGRAM_IMPORTED";
            case PLANOGRAM_EDITED -> "audit.action.PLANOGRAM_EDITED";
        });
    }

    /** The details on one line: {@code model=gpt, tokens=12}. */
    public static String detailsLine(AuditEntry entry) {
        return String.join(", ", entry.details().entrySet().stream()
                .map(detail -> detail.getKey() + "=" + detail.getValue()).toList());
    }

    /** One sentence naming the first bad entry and what is wrong with it. */
    public String problem(AuditProblem problem) {
        String sequence = Long.toString(problem.sequence());
        String other = Long.toString(problem.other());
        return switch (problem.kind()) {
            case CHANGED -> messages.get("audit.problem.changed", sequence);
            case MISSING -> problem.other() == problem.sequence()
                    ? messages.get("audit.problem.missingOne", sequence)
                    : messages.get("audit.problem.missing", sequence, other);
            case OUT_OF_ORDER -> messages.get("audit.problem.outOfOrder", sequence, other);
            case BROKEN_LINK -> messages.get("audit.problem.brokenLink", sequence, other);
        };
    }

    /** "ok: 12 entries, head 3f2a…" or the first problem. */
    public String verification(AuditVerification result) {
        return result.problem().map(this::problem)
                .orElseGet(() -> messages.get("audit.verify.ok", Long.toString(result.entries()), result.headHash()));
    }
}

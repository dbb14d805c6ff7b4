package com.storedesk.assist;

import com.storedesk.assist.privacy.MaskingContext;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One question for the assistant: which prompt, the values for its slots (masked before they
 * leave), the customers whose data may be in them, and the caller's deterministic answer for when
 * the model cannot give one.
 *
 * @param actor who asks, for the audit trail ({@code system} for scheduled work)
 * @param storeId the store it is about, or null
 */
public record AssistRequest(String promptId, Map<String, String> variables, MaskingContext masking,
        Supplier<String> fallback, String actor, Long storeId) {

    public AssistRequest {
        Objects.requireNonNull(promptId, "promptId");
        variables = Map.copyOf(variables);
        Objects.requireNonNull(masking, "masking");
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(actor, "actor");
    }

    public static AssistRequest of(String promptId, Map<String, String> variables, Supplier<String> fallback) {
        return new AssistRequest(promptId, variables, MaskingContext.none(), fallback, "system", null);
    }

    public AssistRequest masking(MaskingContext context) {
        return new AssistRequest(promptId, variables, context, fallback, actor, storeId);
    }

    public AssistRequest by(String who, Long store) {
        return new AssistRequest(promptId, variables, masking, fallback, who, store);
    }

    /** Slot names only: the values may be personal. */
    @Override
    public String toString() {
        return "AssistRequest[" + promptId + ", slots=" + variables.keySet() + ", " + masking + "]";
    }
}

package com.storedesk.assist;

import java.time.Duration;
import java.util.Objects;

/**
 * One call to a language model as the audit trail keeps it. The request itself is not kept, only
 * its digest: it was masked before it left the machine, but even masked it is a customer's story,
 * and the digest is enough to show later that two calls were given the same input.
 *
 * @param actor who asked (a username), or {@code system} for a scheduled briefing
 * @param storeId the store the question was about, or null
 * @param inputDigest {@link InputDigest#of} the request body as sent
 */
public record LlmCall(String actor, Long storeId, PromptRef prompt, String model, String inputDigest,
        Duration latency, LlmOutcome outcome) {

    public LlmCall {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(inputDigest, "inputDigest");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(outcome, "outcome");
    }
}

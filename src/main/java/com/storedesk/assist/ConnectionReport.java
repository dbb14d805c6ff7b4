package com.storedesk.assist;

import java.util.List;
import java.util.Optional;

/**
 * What Settings' test found, step by step. {@code endpoint} is empty when none is configured;
 * {@link #modelAnswers} is what counts, listing the models is informative (not every
 * OpenAI-compatible server lists them).
 */
public record ConnectionReport(Optional<LlmEndpoint> endpoint, List<ConnectionCheck> checks) {

    public ConnectionReport {
        checks = List.copyOf(checks);
    }

    public boolean modelAnswers() {
        return checks.stream().anyMatch(c -> c.step() == ConnectionCheck.Step.MODEL_ANSWERED && c.ok());
    }
}

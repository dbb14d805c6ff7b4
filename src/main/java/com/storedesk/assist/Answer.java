package com.storedesk.assist;

import java.util.Objects;
import java.util.Optional;

/**
 * What the assistant said, who said it, and how the model call ended ({@code outcome} is empty when
 * no endpoint is configured, so no call was made). Holds a customer-facing text: never log it.
 */
public record Answer(String text, AnswerMode mode, Optional<LlmOutcome> outcome, PromptRef prompt) {

    public Answer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(prompt, "prompt");
    }

    @Override
    public String toString() {
        return "Answer[" + mode + ", " + outcome.map(Enum::name).orElse("no endpoint") + ", " + prompt + "]";
    }
}

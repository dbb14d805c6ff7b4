package com.storedesk.assist;

import java.util.Objects;
import java.util.Optional;

/**
 * One step of Settings' test of the model endpoint and how it went.
 *
 * @param value what the step found, when it worked: how many models were listed, the model's
 *     name, the milliseconds an answer took
 */
public record ConnectionCheck(Step step, boolean ok, String value, Optional<CallProblem> problem) {

    public enum Step {
        /** Which endpoint and model are in force, and whether a key is set. */
        CONFIGURED,
        /** The server answered the model list. */
        SERVER_REACHED,
        /** The configured model is in that list. */
        MODEL_LISTED,
        /** The model answered a one-word prompt. */
        MODEL_ANSWERED
    }

    public ConnectionCheck {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(problem, "problem");
    }

    static ConnectionCheck worked(Step step, String value) {
        return new ConnectionCheck(step, true, value, Optional.empty());
    }

    static ConnectionCheck failed(Step step, String value, CallProblem problem) {
        return new ConnectionCheck(step, false, value, Optional.of(problem));
    }
}

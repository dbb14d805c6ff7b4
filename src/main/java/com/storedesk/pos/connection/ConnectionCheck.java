package com.storedesk.pos.connection;

import java.util.List;

/**
 * What "Test connection" found, step by step in the order they depend on each other: reached the
 * server, token accepted, account found (and, for Shopify, its location). Each step is a translated
 * sentence with its arguments.
 */
public record ConnectionCheck(List<Step> steps) {

    public enum Outcome { PASSED, FAILED, NOT_TRIED }

    /** One finding; {@code args} are filled into the sentence of {@code messageKey}. */
    public record Step(Outcome outcome, String messageKey, List<String> args) {

        public Step {
            args = List.copyOf(args);
        }

        static Step passed(String key, String... args) {
            return new Step(Outcome.PASSED, key, List.of(args));
        }

        static Step failed(String key, String... args) {
            return new Step(Outcome.FAILED, key, List.of(args));
        }

        static Step notTried(String key, String... args) {
            return new Step(Outcome.NOT_TRIED, key, List.of(args));
        }
    }

    public ConnectionCheck {
        steps = List.copyOf(steps);
    }

    static ConnectionCheck of(Step... steps) {
        return new ConnectionCheck(List.of(steps));
    }

    /** True when every step passed. */
    public boolean passed() {
        return !steps.isEmpty() && steps.stream().allMatch(step -> step.outcome() == Outcome.PASSED);
    }
}

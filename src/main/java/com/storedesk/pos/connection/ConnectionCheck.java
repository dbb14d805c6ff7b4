package com.storedesk.pos.connection;

import com.storedesk.security.vault.Secret;
import java.util.List;
import java.util.Optional;

/**
 * What "Test connection" found, step by step in the order they depend on each other: reached the
 * server, token accepted, account found (and, for Shopify, its location). Each step is a translated
 * sentence with its arguments.
 *
 * @param renewedCredential the typed credential as the test left it, when testing renewed it (a
 *     Lightspeed refresh token is single-use): the form keeps this one, so saving stores what works
 */
public record ConnectionCheck(List<Step> steps, Optional<Secret> renewedCredential) {

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
        renewedCredential = renewedCredential == null ? Optional.empty() : renewedCredential;
    }

    public ConnectionCheck(List<Step> steps) {
        this(steps, Optional.empty());
    }

    ConnectionCheck withRenewedCredential(Secret renewed) {
        return new ConnectionCheck(steps, Optional.of(renewed));
    }

    static ConnectionCheck of(Step... steps) {
        return new ConnectionCheck(List.of(steps));
    }

    /** True when every step passed. */
    public boolean passed() {
        return !steps.isEmpty() && steps.stream().allMatch(step -> step.outcome() == Outcome.PASSED);
    }
}

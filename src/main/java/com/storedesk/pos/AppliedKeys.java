package com.storedesk.pos;

import java.time.Clock;
import java.util.Objects;

/**
 * The idempotency keys a connector applied, for platforms that accept no key of their own: each
 * entry in the {@link CommandLedger} starts with the key, so a key sent again is found and answered
 * {@link ExecutionResult.Outcome#ALREADY_APPLIED} without a second write.
 *
 * <p>A key is recorded after the platform confirmed the change, not before: a crash between the
 * two sends the change once more (see docs/decisions/0019-write-back-everywhere.md), while
 * recording first would lose a change that never arrived.
 */
public final class AppliedKeys {

    private static final char SEPARATOR = '\t';

    private final CommandLedger ledger;
    private final String source;
    private final Clock clock;

    public AppliedKeys(CommandLedger ledger, String source, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public boolean applied(String key) {
        String prefix = key + SEPARATOR;
        return ledger.entries(source).stream().anyMatch(entry -> entry.startsWith(prefix));
    }

    /** Records the key with what was done (no secret, no personal data). */
    public void record(String key, String what) {
        ledger.record(source, key, key + SEPARATOR + what, clock.instant());
    }
}

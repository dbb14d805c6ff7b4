package com.storedesk.pos.shopify;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Where a pull over a Shopify location stands, as the text HistorySync keeps between runs; the
 * same design as Square's (decision 0012).
 *
 * <p>A pass covers what was updated in {@code [since, until]}: {@code since} is the previous pass's
 * {@code until} less {@link #OVERLAP} (null on the first pass: all history), {@code until} is fixed
 * when the pass starts. Orders are searched within both bounds, so an order updated after the
 * reference phases ran waits for the next pass; reference data (products, customers, stock) is
 * asked from {@code since} on without an upper bound, so what an order of the window names is
 * never left out for having changed again since.
 *
 * <p>{@code page} is Shopify's {@code endCursor} inside the phase; it is only valid with the same
 * query, which the pass's fixed bounds guarantee.
 *
 * <p>Text form: {@code sh1|PHASE|since|until|page}, instants in ISO-8601, "-" for none, Shopify's
 * cursor last and verbatim.
 */
record SyncCursor(Phase phase, Instant since, Instant until, String page) {

    static final Duration OVERLAP = Duration.ofMinutes(5);
    private static final String VERSION = "sh1";

    SyncCursor {
        Objects.requireNonNull(phase, "phase");
    }

    /** The first pass: all of history up to {@code now}. */
    static SyncCursor firstPass(Instant now) {
        return new SyncCursor(Phase.values()[0], null, now, null);
    }

    /** The same phase, on Shopify's next page. */
    SyncCursor nextPage(String endCursor) {
        return new SyncCursor(phase, since, until, endCursor);
    }

    /** The start of the next phase; null after the last. */
    SyncCursor nextPhase() {
        Phase next = phase.next();
        return next == null ? null : new SyncCursor(next, since, until, null);
    }

    /** Where the next pass begins once this one is complete; its {@code until} is set when it starts. */
    SyncCursor followingPass() {
        return new SyncCursor(Phase.values()[0], until.minus(OVERLAP), null, null);
    }

    /** This cursor with the pass's end fixed now, if it was not yet. */
    SyncCursor started(Instant now) {
        return until != null ? this : new SyncCursor(phase, since, now, page);
    }

    String encode() {
        return String.join("|", VERSION, phase.name(), instant(since), instant(until), page == null ? "" : page);
    }

    /**
     * @throws IllegalArgumentException when {@code text} is not a cursor this connector wrote
     */
    static SyncCursor parse(String text) {
        String[] parts = text.split("\\|", 5);
        if (parts.length != 5 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("not a Shopify sync cursor");
        }
        try {
            return new SyncCursor(Phase.valueOf(parts[1]), instant(parts[2]), instant(parts[3]),
                    parts[4].isEmpty() ? null : parts[4]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a Shopify sync cursor", e);
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? "-" : instant.toString();
    }

    private static Instant instant(String text) {
        return text.equals("-") ? null : Instant.parse(text);
    }
}

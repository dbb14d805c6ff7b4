package com.storedesk.pos.square;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Where a pull over a Square location stands, as the text HistorySync keeps between runs.
 *
 * <p>A pass covers everything updated in {@code [since, until]}: {@code since} is the previous
 * pass's {@code until} less {@link #OVERLAP} (null on the first pass: all history), and
 * {@code until} is fixed when the pass starts. Fixing it is what makes a pass consistent: an order
 * updated after the customer and catalog phases ran waits for the next pass, by which time the
 * customer and products it names have been pulled too. The overlap covers clock skew between this
 * machine and Square; what it delivers twice, ingest takes once.
 *
 * <p>{@code page} is Square's own cursor inside the phase; Square requires the same request body
 * with it, which the pass's fixed bounds guarantee.
 *
 * <p>Text form: {@code sq1|PHASE|since|until|page}, instants in ISO-8601, "-" for none, Square's
 * cursor last and verbatim (it may contain any character, and this way nothing has to be escaped).
 */
record SyncCursor(Phase phase, Instant since, Instant until, String page) {

    static final Duration OVERLAP = Duration.ofMinutes(5);
    private static final String VERSION = "sq1";

    SyncCursor {
        Objects.requireNonNull(phase, "phase");
    }

    /** The first pass: all of history up to {@code now}. */
    static SyncCursor firstPass(Instant now) {
        return new SyncCursor(Phase.values()[0], null, now, null);
    }

    /** The same phase, on Square's next page. */
    SyncCursor nextPage(String squareCursor) {
        return new SyncCursor(phase, since, until, squareCursor);
    }

    /** The start of the next phase; null after the last. */
    SyncCursor nextPhase() {
        Phase next = phase.next();
        return next == null ? null : new SyncCursor(next, since, until, null);
    }

    /** The start of this phase again (Square forgot its cursor). */
    SyncCursor restartPhase() {
        return new SyncCursor(phase, since, until, null);
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
            throw new IllegalArgumentException("not a Square sync cursor");
        }
        try {
            return new SyncCursor(Phase.valueOf(parts[1]), instant(parts[2]), instant(parts[3]),
                    parts[4].isEmpty() ? null : parts[4]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a Square sync cursor", e);
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? "-" : instant.toString();
    }

    private static Instant instant(String text) {
        return text.equals("-") ? null : Instant.parse(text);
    }
}

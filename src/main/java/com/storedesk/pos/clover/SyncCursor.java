package com.storedesk.pos.clover;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Where a pull over a Clover merchant stands, as the text HistorySync keeps between runs. The design
 * is the Square connector's (decision 0012): a pass covers {@code [since, until]}, {@code until} fixed
 * when it starts; orders are asked for inside those bounds, reference data for everything changed
 * since {@code since}.
 *
 * <p>Clover answers order queries for at most 90 days, so orders are pulled in windows of
 * {@link #WINDOW} from {@code window} on. Listings sorted by {@code modifiedTime} are paged by moving
 * the lower bound to the last element's time ({@code lower}, epoch ms) and skipping the {@code skip}
 * elements already seen at exactly that time: an element changed while its listing is paged moves to
 * the end instead of shifting every later offset past one unseen element. Other listings page by
 * {@code skip} as a plain offset.
 *
 * <p>Text form: {@code cl1|PHASE|since|until|window|lower|skip}, instants in ISO-8601, "-" for none.
 */
record SyncCursor(Phase phase, Instant since, Instant until, Instant window, Long lower, int skip) {

    static final Duration OVERLAP = Duration.ofMinutes(5);
    /** Clover's longest time range for order queries. */
    static final Duration WINDOW = Duration.ofDays(90);
    private static final String VERSION = "cl1";

    SyncCursor {
        Objects.requireNonNull(phase, "phase");
        if (skip < 0) {
            throw new IllegalArgumentException("skip is negative");
        }
    }

    static SyncCursor firstPass(Instant now) {
        return new SyncCursor(Phase.values()[0], null, now, null, null, 0);
    }

    SyncCursor started(Instant now) {
        return until != null ? this : new SyncCursor(phase, since, now, window, lower, skip);
    }

    SyncCursor nextPage(Long newLower, int newSkip) {
        return new SyncCursor(phase, since, until, window, newLower, newSkip);
    }

    /** The end of the current order window: 90 days on, or the pass's end. */
    Instant windowEnd() {
        Instant end = window.plus(WINDOW);
        return end.isBefore(until) ? end : until;
    }

    /** The next order window, or the next phase after the last. Null after the last phase. */
    SyncCursor afterListing() {
        if (phase == Phase.ORDERS && windowEnd().isBefore(until)) {
            return new SyncCursor(phase, since, until, windowEnd().plusMillis(1), null, 0);
        }
        Phase following = phase.next();
        return following == null ? null : new SyncCursor(following, since, until, null, null, 0);
    }

    SyncCursor withWindow(Instant start) {
        return new SyncCursor(phase, since, until, start, lower, skip);
    }

    SyncCursor followingPass() {
        return new SyncCursor(Phase.values()[0], until.minus(OVERLAP), null, null, null, 0);
    }

    String encode() {
        return String.join("|", VERSION, phase.name(), instant(since), instant(until), instant(window),
                lower == null ? "-" : lower.toString(), String.valueOf(skip));
    }

    /**
     * @throws IllegalArgumentException when {@code text} is not a cursor this connector wrote
     */
    static SyncCursor parse(String text) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 7 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("not a Clover sync cursor");
        }
        try {
            return new SyncCursor(Phase.valueOf(parts[1]), instant(parts[2]), instant(parts[3]), instant(parts[4]),
                    parts[5].equals("-") ? null : Long.valueOf(parts[5]), Integer.parseInt(parts[6]));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a Clover sync cursor", e);
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? "-" : instant.toString();
    }

    private static Instant instant(String text) {
        return text.equals("-") ? null : Instant.parse(text);
    }
}

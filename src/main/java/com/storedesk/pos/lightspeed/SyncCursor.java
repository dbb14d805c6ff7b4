package com.storedesk.pos.lightspeed;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Where a pull over a Lightspeed account stands, as the text HistorySync keeps between runs. The
 * design is the Square connector's (decision 0012): a pass covers {@code [since, until]}, {@code until}
 * fixed when the pass starts; sales are asked for inside those bounds, reference data for everything
 * changed since {@code since}, so a sale never names an item or customer the pass has not delivered.
 *
 * <p>{@code next} is the path and query of Lightspeed's {@code @attributes.next} URL: Lightspeed asks
 * clients to follow that URL as given rather than craft its {@code after} token into a request.
 *
 * <p>Text form: {@code ls1|PHASE|since|until|next}, instants in ISO-8601, "-" for none, the next page
 * last and verbatim.
 */
record SyncCursor(Phase phase, Instant since, Instant until, String next) {

    /** Clock skew between this machine and Lightspeed; what the overlap delivers twice, ingest takes once. */
    static final Duration OVERLAP = Duration.ofMinutes(5);
    private static final String VERSION = "ls1";

    SyncCursor {
        Objects.requireNonNull(phase, "phase");
    }

    static SyncCursor firstPass(Instant now) {
        return new SyncCursor(Phase.values()[0], null, now, null);
    }

    SyncCursor nextPage(String nextPath) {
        return new SyncCursor(phase, since, until, nextPath);
    }

    /** The start of the next phase; null after the last. */
    SyncCursor nextPhase() {
        Phase following = phase.next();
        return following == null ? null : new SyncCursor(following, since, until, null);
    }

    SyncCursor followingPass() {
        return new SyncCursor(Phase.values()[0], until.minus(OVERLAP), null, null);
    }

    SyncCursor started(Instant now) {
        return until != null ? this : new SyncCursor(phase, since, now, next);
    }

    String encode() {
        return String.join("|", VERSION, phase.name(), instant(since), instant(until), next == null ? "" : next);
    }

    /**
     * @throws IllegalArgumentException when {@code text} is not a cursor this connector wrote
     */
    static SyncCursor parse(String text) {
        String[] parts = text.split("\\|", 5);
        if (parts.length != 5 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("not a Lightspeed sync cursor");
        }
        try {
            return new SyncCursor(Phase.valueOf(parts[1]), instant(parts[2]), instant(parts[3]),
                    parts[4].isEmpty() ? null : parts[4]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a Lightspeed sync cursor", e);
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? "-" : instant.toString();
    }

    private static Instant instant(String text) {
        return text.equals("-") ? null : Instant.parse(text);
    }
}

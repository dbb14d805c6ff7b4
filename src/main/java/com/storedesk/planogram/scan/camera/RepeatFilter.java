package com.storedesk.planogram.scan.camera;

import com.storedesk.planogram.scan.ScannedCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the codes seen frame after frame into codes accepted once each. A camera sees a label in
 * every frame while it is held in front of it; the label counts once when {@code confirmations}
 * frames, none further apart than {@code goneAfter}, have read it, which also keeps a single frame's
 * misread out (decision 0027). It counts again only after it has been out of view
 * for {@code goneAfter}: the same product scanned twice on purpose. Not thread-safe: one per scan.
 */
public final class RepeatFilter {

    /** Long enough to bridge a few frames that missed a label, short enough for a deliberate rescan. */
    public static final Duration GONE_AFTER = Duration.ofMillis(800);
    public static final int CONFIRMATIONS = 2;

    private final long goneAfterNanos;
    private final int confirmations;
    private final Map<String, Sighting> inView = new HashMap<>();

    public RepeatFilter() {
        this(GONE_AFTER, CONFIRMATIONS);
    }

    public RepeatFilter(Duration goneAfter, int confirmations) {
        if (goneAfter.isNegative() || goneAfter.isZero() || confirmations < 1) {
            throw new IllegalArgumentException("goneAfter must be positive and confirmations at least 1");
        }
        this.goneAfterNanos = goneAfter.toNanos();
        this.confirmations = confirmations;
    }

    /**
     * The codes of one frame taken at {@code nanos} (monotonic); returns those accepted now, in the
     * frame's order (left to right).
     */
    public List<ScannedCode> frame(List<ScannedCode> codes, long nanos) {
        inView.values().removeIf(sighting -> nanos - sighting.lastNanos > goneAfterNanos);
        List<ScannedCode> accepted = new ArrayList<>();
        for (ScannedCode code : codes) {
            Sighting sighting = inView.computeIfAbsent(code.symbology() + ":" + code.text(), key -> new Sighting());
            if (sighting.frames > 0 && sighting.lastNanos == nanos) {
                continue;
            }
            sighting.frames++;
            sighting.lastNanos = nanos;
            if (!sighting.accepted && sighting.frames >= confirmations) {
                sighting.accepted = true;
                accepted.add(code);
            }
        }
        return accepted;
    }

    private static final class Sighting {
        int frames;
        long lastNanos;
        boolean accepted;
    }
}

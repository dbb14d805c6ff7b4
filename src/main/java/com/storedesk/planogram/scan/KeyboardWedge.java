package com.storedesk.planogram.scan;

import java.time.Duration;
import java.util.Optional;

/**
 * Tells a handheld scanner from a person by pace. A scanner in keyboard mode ("keyboard wedge")
 * types a whole code in a few milliseconds per character and ends it with Enter; a person, even a
 * fast one, leaves 80 ms or more between keys. A run of at least {@link #MIN_LENGTH} characters, each
 * within {@link #MAX_GAP} of the one before and ended by Enter or Tab as quickly, is a scan; anything
 * slower starts the run again from the slow character. Not thread-safe: one per input source.
 */
public final class KeyboardWedge {

    /** The longest pause between two characters of one scan (USB scanners type every 1 to 20 ms). */
    public static final Duration MAX_GAP = Duration.ofMillis(50);
    /** Shorter runs (EAN-8 is the shortest barcode a store scans) are a person's quick double key. */
    public static final int MIN_LENGTH = 6;
    private static final int MAX_LENGTH = 64;

    private final long maxGapNanos;
    private final StringBuilder run = new StringBuilder();
    private long lastNanos;

    public KeyboardWedge() {
        this(MAX_GAP);
    }

    public KeyboardWedge(Duration maxGap) {
        if (maxGap.isNegative() || maxGap.isZero()) {
            throw new IllegalArgumentException("maxGap must be positive");
        }
        this.maxGapNanos = maxGap.toNanos();
    }

    /**
     * One typed character at {@code nanos} (a monotonic time, such as {@link System#nanoTime()}).
     *
     * @return the scanned code when this keystroke ends a scanner's run; empty otherwise
     */
    public Optional<String> typed(char character, long nanos) {
        boolean quick = run.length() > 0 && nanos - lastNanos <= maxGapNanos;
        lastNanos = nanos;
        if (character == '\r' || character == '\n' || character == '\t') {
            String code = quick && run.length() >= MIN_LENGTH ? run.toString() : null;
            run.setLength(0);
            return Optional.ofNullable(code);
        }
        if (Character.isISOControl(character)) {
            run.setLength(0);
            return Optional.empty();
        }
        if (!quick || run.length() >= MAX_LENGTH) {
            run.setLength(0);
        }
        run.append(character);
        return Optional.empty();
    }

    /** How many characters of a possible scan are held: what the scanner has typed so far. */
    public int pending() {
        return run.length();
    }
}

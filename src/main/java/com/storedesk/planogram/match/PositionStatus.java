package com.storedesk.planogram.match;

/** What a check found at a planogram position. */
public enum PositionStatus {
    /** The expected product is there. */
    CORRECT,
    /** The expected product is elsewhere on the fixture. */
    MISPLACED,
    /** The expected product was not scanned anywhere on the fixture: a gap or out of stock. */
    MISSING;

    /** The word the JSON output uses. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package com.storedesk.audit;

/**
 * The first entry where the chain breaks, and how.
 *
 * @param sequence the first bad entry's sequence number (for {@link Kind#MISSING}, the first missing number)
 * @param kind     what is wrong there
 * @param other    for {@link Kind#MISSING} the last missing number, for {@link Kind#OUT_OF_ORDER} the
 *                 position the entry was written at, otherwise the entry before it (0 for none)
 */
public record AuditProblem(long sequence, Kind kind, long other) {

    public enum Kind {
        /** The entry's fields no longer hash to its stored hash: a field was changed. */
        CHANGED,
        /** Sequence numbers {@code sequence..other} are gone: entries were removed. */
        MISSING,
        /** The entry is intact but was written at position {@code other}: rows were reordered. */
        OUT_OF_ORDER,
        /**
         * The entry does not carry the hash of the entry before it ({@code other}): that one was
         * rewritten with a new hash, or entries were removed and the rest renumbered.
         */
        BROKEN_LINK
    }
}

package com.storedesk.planogram.store;

import com.storedesk.planogram.match.PositionStatus;

/** A stored check's outcome at one planogram position; {@code foundShelf}/{@code foundPosition} only when misplaced. */
public record PositionOutcome(int shelf, int position, PositionStatus status, Integer foundShelf,
        Integer foundPosition) {
}

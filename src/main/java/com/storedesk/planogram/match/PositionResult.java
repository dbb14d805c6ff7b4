package com.storedesk.planogram.match;

import com.storedesk.planogram.model.PlanogramPosition;

/** One planogram position's outcome; {@code foundAt} is where a misplaced product is, else null. */
public record PositionResult(PlanogramPosition expected, PositionStatus status, Place foundAt) {
}
